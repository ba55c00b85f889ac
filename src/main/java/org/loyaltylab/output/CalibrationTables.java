package org.loyaltylab.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.loyaltylab.calibration.CalibrationResult;
import org.loyaltylab.calibration.Evaluation;
import org.loyaltylab.calibration.Prior;
import org.loyaltylab.calibration.Target;
import org.loyaltylab.output.io.AtomicFiles;
import org.loyaltylab.stats.ConfidenceInterval;

/**
 * The tables of a calibration: {@code fit.csv} (each target against the best parameter set's
 * figure, with its 95 % CI across replications and the distance in standard errors),
 * {@code accepted.csv} (every evaluated set whose figures all fall within tolerance),
 * {@code evaluations.csv} (every evaluated set, in order) and {@code calibrated.yaml} (the best
 * set as a {@code parameters:} block an experiment file can use).
 */
public final class CalibrationTables {
    private CalibrationTables() {
    }

    /** Writes the four files into {@code dir}. */
    public static void write(CalibrationResult result, Path dir) throws IOException {
        AtomicFiles.writeString(dir.resolve("fit.csv"), fit(result));
        AtomicFiles.writeString(dir.resolve("accepted.csv"), sets(result, result.accepted()));
        AtomicFiles.writeString(dir.resolve("evaluations.csv"), sets(result, result.evaluations()));
        AtomicFiles.writeString(dir.resolve("calibrated.yaml"), calibratedYaml(result));
    }

    /** @return fit.csv */
    public static String fit(CalibrationResult result) {
        StringBuilder b = new StringBuilder(CsvCells.line("target", "observable", "problem_size", "outcome", "value",
                "standard_error", "tolerance", "model", "model_low", "model_high", "distance_se", "within_tolerance")).append('\n');
        List<Target> targets = result.spec().targets();
        Evaluation best = result.best();
        for (int t = 0; t < targets.size(); t++) {
            Target g = targets.get(t);
            ConfidenceInterval ci = best.interval(t);
            b.append(CsvCells.line(g.name(), g.observable().label(), g.size() == null ? "" : g.size().label(),
                    g.outcome() == null ? "" : g.outcome().label(), g.value(), g.standardError(), g.tolerance(),
                    ci.mean(), ci.lower(), ci.upper(), g.distance(ci.mean()), g.matches(ci.mean()) ? 1 : 0)).append('\n');
        }
        return b.toString();
    }

    /** @return one row per evaluation: its number, the parameters, each target's mean figure, the objective */
    public static String sets(CalibrationResult result, List<Evaluation> evaluations) {
        List<Object> header = new ArrayList<>();
        header.add("evaluation");
        result.spec().priors().forEach(p -> header.add(p.key()));
        result.spec().targets().forEach(t -> header.add(t.name()));
        header.add("objective");
        StringBuilder b = new StringBuilder(CsvCells.line(header.toArray())).append('\n');
        for (Evaluation e : evaluations) {
            List<Object> row = new ArrayList<>();
            row.add(e.index());
            for (double v : e.parameters()) {
                row.add(v);
            }
            for (int t = 0; t < result.spec().targets().size(); t++) {
                row.add(e.mean(t));
            }
            row.add(e.objective());
            b.append(CsvCells.line(row.toArray())).append('\n');
        }
        return b.toString();
    }

    /** @return calibrated.yaml: the best set, nested by area, rounded to 4 significant digits */
    public static String calibratedYaml(CalibrationResult result) {
        Map<String, Map<String, String>> byArea = new LinkedHashMap<>();
        List<Prior> priors = result.spec().priors();
        for (int i = 0; i < priors.size(); i++) {
            String key = priors.get(i).key();
            int dot = key.indexOf('.');
            byArea.computeIfAbsent(key.substring(0, dot), a -> new LinkedHashMap<>())
                    .put(key.substring(dot + 1), rounded(result.best().parameters()[i]));
        }
        StringBuilder b = new StringBuilder("# Fitted by ./loyaltylab calibrate " + result.spec().file().getFileName()
                + " (evaluation " + result.best().index() + " of " + result.evaluations().size() + ", objective "
                + rounded(result.best().objective()) + ").\n# Paste into an experiment file, or merge into its own "
                + "parameters: block.\nparameters:\n");
        byArea.forEach((area, values) -> {
            b.append("  ").append(area).append(":\n");
            values.forEach((k, v) -> b.append("    ").append(k).append(": ").append(v).append('\n'));
        });
        return b.toString();
    }

    /** @return {@code v} to 4 significant digits, as plain decimal text */
    static String rounded(double v) {
        return new java.math.BigDecimal(v).round(new java.math.MathContext(4)).stripTrailingZeros().toPlainString();
    }
}

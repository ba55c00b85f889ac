package org.loyaltylab.output.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;
import org.loyaltylab.output.charts.SweepCharts;
import org.loyaltylab.output.charts.Table;
import org.loyaltylab.sweep.Factor;
import org.loyaltylab.sweep.SweepSpec;

/**
 * The {@code report.html} of a sweep: the design, the sensitivity of each headline figure to the
 * factors (with a warning wherever a standardised regression coefficient rests on a linear fit
 * that explains little, R<sup>2</sup> below {@value #R_SQUARED_ENOUGH}), the heatmaps with each
 * cell's value and interval, the tables, and the command that repeats the sweep. Reads
 * {@code sensitivity.csv} from the folder; links only to files that are there.
 */
public final class SweepReport {
    /** Below this R squared the linear summary explains too little for its coefficients to rank the factors. */
    public static final double R_SQUARED_ENOUGH = 0.5;
    private static final List<String> TABLES = List.of("points.csv", "runs.csv", "points-summary.csv",
            "sensitivity.csv");

    private SweepReport() {
    }

    /**
     * Writes {@code dir/report.html} and the charts into {@code dir/charts/}.
     *
     * @param experiment  the experiment's name
     * @param description its question
     * @param sweep       the sweep
     * @param points      the design's number of points
     * @param arms        the arm names
     * @param days        the horizon
     * @param seed        the master seed
     * @param command     the command that repeats the sweep, or null (a merge of shards)
     * @param charts      the charts, in order
     */
    public static void write(Path dir, String experiment, String description, SweepSpec sweep, int points,
                             List<String> arms, int days, long seed, String command, List<SweepCharts.Chart> charts)
            throws IOException {
        ShortReport report = new ShortReport(dir, "Parameter sweep", experiment, description.isBlank()
                ? "How do the results change across the factors of the sweep?" : description);
        List<List<String>> design = new ArrayList<>();
        design.add(List.of("design", sweep.design().label()));
        for (Factor f : sweep.factors()) {
            design.add(List.of("factor `" + f.key() + "`", f.categorical() ? "levels " + f.levels()
                    : String.format(Locale.ROOT, "%s to %s", f.min(), f.max()) + (sweep.design().label().equals("grid")
                    ? " in " + f.gridValues().size() + " steps" : "")));
        }
        design.add(List.of("points", String.format(Locale.ROOT, "%,d", points)));
        design.add(List.of("arms", String.join(", ", arms)));
        design.add(List.of("replications per point and arm", Integer.toString(sweep.replications())));
        design.add(List.of("simulated days", String.format(Locale.ROOT, "%,d", days)));
        design.add(List.of("master seed", Long.toString(seed)));
        report.table("Design", null, List.of("", ""), design);
        sensitivity(dir, report);
        for (SweepCharts.Chart c : charts) {
            report.drawnChart(c.name(), c.figure(), c.caption());
        }
        List<String> present = TABLES.stream().filter(t -> Files.exists(dir.resolve(t))).toList();
        report.links("Tables", "In this folder, long format (one row per run, point or estimate), for R or pandas:",
                present);
        if (command != null) {
            report.command("How to reproduce", "In the project folder (the sweep writes to results/" + experiment
                    + "/ unless --out says otherwise):", command);
        }
        report.write();
    }

    /** Adds the sensitivity section: SRCs with their R squared and a warning where it is low, and Sobol indices. */
    static void sensitivity(Path dir, ShortReport report) throws IOException {
        Table t = Table.readIfPresent(dir.resolve("sensitivity.csv"));
        if (t == null || t.rows().isEmpty()) {
            return;
        }
        List<List<String>> src = new ArrayList<>();
        List<List<String>> sobol = new ArrayList<>();
        Set<String> weak = new LinkedHashSet<>();
        Set<String> flat = new LinkedHashSet<>();
        for (CSVRecord r : t.rows()) {
            String arm = Table.text(r, "arm");
            String metric = Table.text(r, "metric");
            String factor = "`" + Table.text(r, "factor") + "`";
            double estimate = Table.number(r, "estimate");
            if (Table.text(r, "method").equals("src")) {
                double r2 = Table.number(r, "r_squared");
                String fit = metric + " under " + arm;
                if (Double.isNaN(r2)) {
                    flat.add(fit);
                } else if (r2 < R_SQUARED_ENOUGH) {
                    weak.add(fit + " (R\u00b2 = " + number(r2) + ")");
                }
                src.add(List.of(arm, metric, factor, number(estimate), Double.isNaN(r2) ? "n/a: the figure does not vary"
                        : number(r2) + (r2 < R_SQUARED_ENOUGH ? " \u26a0 explains little" : "")));
            } else {
                sobol.add(List.of(arm, metric, factor, Table.text(r, "method").replace("sobol_", ""),
                        number(estimate), number(Table.number(r, "ci_low")) + " to "
                        + number(Table.number(r, "ci_high"))));
            }
        }
        if (!src.isEmpty()) {
            List<String> warnings = new ArrayList<>();
            if (!weak.isEmpty()) {
                warnings.add("The linear fit explains little (R\u00b2 below " + R_SQUARED_ENOUGH + ") for "
                        + String.join(", ", weak) + ": there the standardised regression coefficients do not rank the "
                        + "factors. Read the heatmaps, or run a Saltelli design for Sobol indices.");
            }
            if (!flat.isEmpty()) {
                warnings.add("No coefficient for " + String.join(", ", flat) + ": the figure is the same at every "
                        + "point.");
            }
            if (!warnings.isEmpty()) {
                report.findings("Read with care", warnings);
            }
            report.table("Sensitivity: standardised regression coefficients", "The change of the figure, in its "
                    + "standard deviations, per standard deviation of the factor, from a linear fit over the points' "
                    + "means; meaningful only where R\u00b2 is high.", List.of("Arm", "Metric", "Factor", "SRC", "R\u00b2"),
                    src);
        }
        if (!sobol.isEmpty()) {
            report.table("Sensitivity: Sobol indices", "Share of the figure's variance carried by each factor alone "
                    + "(first) and with its interactions (total), with bootstrap 95 % intervals.",
                    List.of("Arm", "Metric", "Factor", "Index", "Estimate", "95 % CI"), sobol);
        }
    }

    private static String number(double v) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.3g", v);
    }
}

package org.loyaltylab.output;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.loyaltylab.BadInputException;
import org.loyaltylab.analysis.Ablation;
import org.loyaltylab.experiment.Contrast;
import org.loyaltylab.model.metric.SummaryMetrics;
import org.loyaltylab.output.io.AtomicFiles;
import org.loyaltylab.stats.ConfidenceInterval;
import org.loyaltylab.sweep.WorldDesign;

/**
 * Writes {@code ablation.csv} of a {@code run --ablation}: one row per contrast, metric and
 * mechanism, with the contrast with every mechanism on and with this one off, the gain
 * the mechanism carries and its share of the full gain, each with its 95 % interval. Atomic.
 */
public final class AblationTable {
    /** The file's name. */
    public static final String FILE = "ablation.csv";

    private AblationTable() {
    }

    /**
     * Reads back the rows {@link #write} wrote for some contrasts, e.g. to draw them in a worlds
     * report.
     *
     * @param file      an {@code ablation.csv}
     * @param contrasts the contrasts wanted; rows of others (by name and definition) are skipped
     * @return the rows, in file order
     * @throws BadInputException if the file is not an {@code ablation.csv} of this version
     * @throws IOException       if it cannot be read
     */
    public static List<Ablation> read(Path file, List<Contrast> contrasts) throws IOException {
        List<String> lines = Files.readAllLines(file);
        if (lines.isEmpty() || !lines.get(0).startsWith("contrast,contrast_definition,metric,mechanism,")) {
            throw new BadInputException(file + " is not an ablation.csv written by run --ablation of this version");
        }
        List<Ablation> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            List<String> c = WorldDesign.cells(line);
            Contrast contrast = contrasts.stream().filter(k -> k.name().equals(c.get(0))
                    && k.definition().equals(c.get(1))).findFirst().orElse(null);
            if (contrast == null) {
                continue;
            }
            try {
                int n = Integer.parseInt(c.get(4));
                rows.add(new Ablation(contrast, SummaryMetrics.ALL.parse(c.get(2)), c.get(3), interval(c, 5, n),
                        interval(c, 8, n), interval(c, 11, n), interval(c, 14, n)));
            } catch (RuntimeException e) {
                throw new BadInputException(file + ": a row that does not read (" + e.getMessage() + "): " + line);
            }
        }
        return rows;
    }

    /** @return the interval in cells {@code at} (mean), {@code at + 1} and {@code at + 2} (bounds; empty is NaN) */
    private static ConfidenceInterval interval(List<String> cells, int at, int n) {
        double[] v = new double[3];
        for (int i = 0; i < 3; i++) {
            v[i] = cells.get(at + i).isEmpty() ? Double.NaN : Double.parseDouble(cells.get(at + i));
        }
        return new ConfidenceInterval(v[0], v[1], v[2], (v[2] - v[1]) / 2, n, 0.95);
    }

    /** Writes the rows into {@code dir}. */
    public static void write(Path dir, List<Ablation> rows) throws IOException {
        AtomicFiles.writeText(dir.resolve(FILE), w -> {
            w.write("contrast,contrast_definition,metric,mechanism,replications,full_gain,full_gain_ci_low,full_gain_ci_high,"
                    + "gain_off,gain_off_ci_low,gain_off_ci_high,carried,carried_ci_low,carried_ci_high,share,"
                    + "share_ci_low,share_ci_high\n");
            for (Ablation r : rows) {
                w.write(CsvCells.line(r.contrast().name(), r.contrast().definition(), r.metric().key(), r.mechanism(), r.fullGain().n(),
                        r.fullGain().mean(), r.fullGain().lower(), r.fullGain().upper(), r.gainOff().mean(),
                        r.gainOff().lower(), r.gainOff().upper(), r.carried().mean(), r.carried().lower(),
                        r.carried().upper(), r.share().mean(), r.share().lower(), r.share().upper()) + "\n");
            }
        });
    }
}

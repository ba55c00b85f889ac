package org.loyaltylab.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.loyaltylab.analysis.Ablation;
import org.loyaltylab.output.io.AtomicFiles;

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

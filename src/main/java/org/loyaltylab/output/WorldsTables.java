package org.loyaltylab.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.loyaltylab.analysis.ContrastSensitivity;
import org.loyaltylab.analysis.Robustness;
import org.loyaltylab.analysis.Scenario;
import org.loyaltylab.analysis.WorldResults;
import org.loyaltylab.analysis.WorldRun;
import org.loyaltylab.model.metric.Metric;
import org.loyaltylab.model.metric.SummaryMetrics;
import org.loyaltylab.output.io.AtomicFiles;
import org.loyaltylab.stats.SobolIndices;

/**
 * Writes the tables of a {@code run --worlds}: {@code worlds.csv} (one row per world, arm and
 * replication: the world's drawn parameters and the run's summary figures), {@code robustness.csv}
 * (one row per contrast and metric: how often and by how much the contrast is above 0 across
 * worlds), {@code scenarios.csv} (one row per parameter of the box where it is below 0) and,
 * after a Saltelli design, {@code sobol.csv} (one row per contrast, metric and parameter: the
 * Sobol indices of the contrast). Long format, atomic.
 */
public final class WorldsTables {
    private WorldsTables() {
    }

    /** Writes {@code worlds.csv}. */
    public static void writeWorlds(Path dir, WorldResults worlds) throws IOException {
        double[][] values = worlds.values();
        AtomicFiles.writeText(dir.resolve("worlds.csv"), w -> {
            List<Object> header = new ArrayList<>(List.of("world", "arm", "replication", "seed"));
            header.addAll(worlds.keys());
            header.addAll(SummaryMetrics.ALL.keys());
            w.write(CsvCells.line(header.toArray()) + "\n");
            for (int world = 0; world < worlds.size(); world++) {
                for (WorldRun r : worlds.world(world)) {
                    List<Object> row = new ArrayList<>(List.of(world + 1, r.arm(), r.replication(), r.seed()));
                    for (double v : values[world]) {
                        row.add(v);
                    }
                    for (Metric m : SummaryMetrics.ALL.all()) {
                        row.add(r.summary().get(m));
                    }
                    w.write(CsvCells.line(row.toArray()) + "\n");
                }
            }
        });
    }

    /** Writes {@code robustness.csv}. */
    public static void writeRobustness(Path dir, List<Robustness> rows) throws IOException {
        AtomicFiles.writeText(dir.resolve("robustness.csv"), w -> {
            w.write("contrast,contrast_definition,metric,worlds,wins,share,share_ci_low,share_ci_high,median_gain,gain_p05,"
                    + "gain_p95,worst_regret\n");
            for (Robustness r : rows) {
                w.write(CsvCells.line(r.contrast().name(), r.contrast().definition(), r.metric().key(), r.wins().n(), r.wins().successes(),
                        r.wins().share(), r.wins().lower(), r.wins().upper(), r.medianGain(), r.gainP05(),
                        r.gainP95(), r.worstRegret()) + "\n");
            }
        });
    }

    /** Writes {@code scenarios.csv}; a contrast without a box has no row, a box with no restriction one blank row. */
    public static void writeScenarios(Path dir, List<Scenario> scenarios) throws IOException {
        AtomicFiles.writeText(dir.resolve("scenarios.csv"), w -> {
            w.write("contrast,contrast_definition,metric,losing_worlds,parameter,lower,upper,coverage,density,worlds_in_box\n");
            for (Scenario s : scenarios) {
                if (s.box() == null) {
                    continue;
                }
                List<Scenario.Range> ranges = s.ranges().isEmpty()
                        ? List.of(new Scenario.Range("", Double.NaN, Double.NaN, false, false)) : s.ranges();
                for (Scenario.Range r : ranges) {
                    w.write(CsvCells.line(s.contrast().name(), s.contrast().definition(), s.metric().key(), s.losing(), r.key(), r.lower(),
                            r.upper(), s.box().coverage(), s.box().density(), s.box().points()) + "\n");
                }
            }
        });
    }

    /** Writes {@code sobol.csv}. */
    public static void writeSobol(Path dir, List<ContrastSensitivity> rows) throws IOException {
        AtomicFiles.writeText(dir.resolve("sobol.csv"), w -> {
            w.write("contrast,contrast_definition,metric,parameter,first_order,first_ci_low,first_ci_high,total,total_ci_low,"
                    + "total_ci_high\n");
            for (ContrastSensitivity c : rows) {
                for (int j = 0; j < c.keys().size(); j++) {
                    SobolIndices.Index i = c.indices().get(j);
                    w.write(CsvCells.line(c.contrast().name(), c.contrast().definition(), c.metric().key(),
                            c.keys().get(j), i.first(),
                            i.firstLow(), i.firstHigh(), i.total(), i.totalLow(), i.totalHigh()) + "\n");
                }
            }
        });
    }
}

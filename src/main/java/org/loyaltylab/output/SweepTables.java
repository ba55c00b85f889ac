package org.loyaltylab.output;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.loyaltylab.analysis.Sensitivity;
import org.loyaltylab.stats.ConfidenceInterval;
import org.loyaltylab.sweep.Factor;
import org.loyaltylab.sweep.SweepSpec;
import org.loyaltylab.sweep.SweepStore;
import org.loyaltylab.output.io.AtomicFiles;
import org.loyaltylab.output.io.ParallelWrites;

/**
 * Writes a sweep's tables from its store, in long format that R and pandas read as is:
 * {@code points.csv} (one row per point), {@code runs.csv} (point x arm x replication, with the
 * parameters, seed and metrics), {@code points-summary.csv} (point x arm x metric: mean and
 * 95 % CI) and {@code sensitivity.csv}. No wall-clock columns: the same sweep always writes the
 * same rows, whatever the threads, shards or resumptions.
 */
public final class SweepTables {
    private SweepTables() {
    }

    /** @return the jobs that write every table into {@code dir}, one a table */
    public static List<ParallelWrites.Job> jobs(Path dir, SweepSpec sweep, List<Map<String, Object>> points,
                                                List<String> arms, List<SweepStore.Row> rows) {
        List<Factor> factors = sweep.factors();
        String factorHeader = String.join(",", factors.stream().map(Factor::key).toList());
        return List.of(() -> AtomicFiles.writeText(dir.resolve("points.csv"), w -> {
            w.write("point," + factorHeader + "\n");
            for (int p = 0; p < points.size(); p++) {
                w.write(p + "," + values(points.get(p), factors) + "\n");
            }
        }), () -> AtomicFiles.writeText(dir.resolve("runs.csv"), w -> {
            w.write("point,arm,replication,seed," + factorHeader + "," + String.join(",", sweep.metrics()) + "\n");
            for (SweepStore.Row r : rows) {
                StringBuilder b = new StringBuilder(CsvCells.line(r.point(), arms.get(r.arm()), r.replication(),
                        Long.toString(r.seed()))).append(',').append(values(points.get(r.point()), factors));
                for (double v : r.metrics()) {
                    b.append(',').append(CsvCells.number(v));
                }
                w.write(b.append('\n').toString());
            }
        }), () -> AtomicFiles.writeText(dir.resolve("points-summary.csv"), w -> {
            w.write("point,arm," + factorHeader + ",metric,n,mean,ci_low,ci_high\n");
            for (int p = 0; p < points.size(); p++) {
                for (int a = 0; a < arms.size(); a++) {
                    for (int m = 0; m < sweep.metrics().size(); m++) {
                        double[] sample = sample(rows, p, a, m);
                        if (sample.length == 0) {
                            continue;
                        }
                        ConfidenceInterval ci = ConfidenceInterval.studentT(sample, 0.95);
                        w.write(CsvCells.line(p, arms.get(a)) + "," + values(points.get(p), factors) + ","
                                + CsvCells.line(sweep.metrics().get(m), ci.n(), ci.mean(), ci.lower(), ci.upper()) + "\n");
                    }
                }
            }
        }), () -> AtomicFiles.writeText(dir.resolve("sensitivity.csv"), w -> {
            w.write("arm,metric,factor,method,estimate,ci_low,ci_high,r_squared\n");
            for (Sensitivity.Row r : Sensitivity.of(sweep, points, arms, rows)) {
                w.write(CsvCells.line(r.arm(), r.metric().key(), r.factor(), r.method(), r.estimate(), r.low(), r.high(),
                        r.rSquared()) + "\n");
            }
        }));
    }

    private static double[] sample(List<SweepStore.Row> rows, int point, int arm, int metric) {
        return rows.stream().filter(r -> r.point() == point && r.arm() == arm).mapToDouble(r -> r.metrics()[metric])
                .toArray();
    }

    private static String values(Map<String, Object> point, List<Factor> factors) {
        Object[] cells = factors.stream().map(f -> point.get(f.key())).toArray();
        return CsvCells.line(cells);
    }
}

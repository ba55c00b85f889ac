package org.loyaltylab.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.loyaltylab.stats.ConfidenceInterval;
import org.loyaltylab.sweep.Factor;
import org.loyaltylab.sweep.SweepStore;

/**
 * A grid sweep seen over two of its factors: per cell (x level, y level), the mean over
 * replications (and over the levels of any other factor) of one metric for one arm, or of the
 * difference between two arms paired by point and replication (common random numbers), and its
 * 95 % interval over the cell's runs.
 */
public final class GridCells {
    private GridCells() {
    }

    /**
     * @param points   the sweep's points (factor key to value), indexed as in the rows
     * @param rows     the runs
     * @param fx       the factor along x
     * @param fy       the factor along y
     * @param metric   the metric's index in the rows
     * @param arm      the arm's index
     * @param baseline the arm to pair with and subtract, or -1 for the arm's own values: each run is
     *                 paired with the baseline's run of the same point and replication (runs without
     *                 one left out)
     * @return [x level][y level] the Student-t 95 % interval of the mean over the cell's runs; mean NaN
     *         for a cell without runs, bounds NaN with fewer than 2
     */
    public static ConfidenceInterval[][] intervals(List<Map<String, Object>> points, List<SweepStore.Row> rows,
                                                   Factor fx, Factor fy, int metric, int arm, int baseline) {
        List<Double>[][] runs = runs(points, rows, fx, fy, metric, arm, baseline);
        ConfidenceInterval[][] out = new ConfidenceInterval[runs.length][];
        for (int i = 0; i < runs.length; i++) {
            out[i] = new ConfidenceInterval[runs[i].length];
            for (int j = 0; j < runs[i].length; j++) {
                out[i][j] = ConfidenceInterval.studentT(runs[i][j].stream().mapToDouble(Double::doubleValue).toArray(),
                        0.95);
            }
        }
        return out;
    }

    /** @return [x level][y level] the values of the cell's runs (differences from the paired baseline run if b >= 0) */
    @SuppressWarnings("unchecked")
    private static List<Double>[][] runs(List<Map<String, Object>> points, List<SweepStore.Row> rows, Factor fx,
                                         Factor fy, int m, int a, int b) {
        List<Object> xs = fx.gridValues();
        List<Object> ys = fy.gridValues();
        List<Double>[][] cells = new List[xs.size()][ys.size()];
        for (List<Double>[] column : cells) {
            for (int j = 0; j < column.length; j++) {
                column[j] = new ArrayList<>();
            }
        }
        Map<String, SweepStore.Row> byKey = new HashMap<>();
        for (SweepStore.Row r : rows) {
            byKey.put(SweepStore.key(r.point(), r.arm(), r.replication()), r);
        }
        for (SweepStore.Row r : rows) {
            if (r.arm() != a) {
                continue;
            }
            double v = r.metrics()[m];
            if (b >= 0) {
                SweepStore.Row other = byKey.get(SweepStore.key(r.point(), b, r.replication()));
                if (other == null) {
                    continue;
                }
                v -= other.metrics()[m];
            }
            int i = xs.indexOf(points.get(r.point()).get(fx.key()));
            int j = ys.indexOf(points.get(r.point()).get(fy.key()));
            cells[i][j].add(v);
        }
        return cells;
    }
}

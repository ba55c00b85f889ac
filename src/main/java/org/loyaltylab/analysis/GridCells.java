package org.loyaltylab.analysis;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.loyaltylab.sweep.Factor;
import org.loyaltylab.sweep.SweepStore;

/**
 * A grid sweep seen over two of its factors: per cell (x level, y level), the mean over
 * replications (and over the levels of any other factor) of one metric for one arm, or of the
 * difference between two arms paired by point and replication (common random numbers).
 */
public final class GridCells {
    private GridCells() {
    }

    /**
     * @param points the sweep's points (factor key to value), indexed as in the rows
     * @param rows   the runs
     * @param fx     the factor along x
     * @param fy     the factor along y
     * @param metric the metric's index in the rows
     * @param arm    the arm's index
     * @return [x level][y level] the mean of the arm's metric, NaN for a cell without runs
     */
    public static double[][] means(List<Map<String, Object>> points, List<SweepStore.Row> rows, Factor fx, Factor fy,
                                   int metric, int arm) {
        return cells(points, rows, fx, fy, metric, arm, -1);
    }

    /**
     * @return [x level][y level] the mean of arm minus baseline, each run paired with the
     *         baseline's run of the same point and replication (runs without one left out);
     *         NaN for a cell without pairs
     * @see #means
     */
    public static double[][] differences(List<Map<String, Object>> points, List<SweepStore.Row> rows, Factor fx,
                                         Factor fy, int metric, int arm, int baseline) {
        return cells(points, rows, fx, fy, metric, arm, baseline);
    }

    private static double[][] cells(List<Map<String, Object>> points, List<SweepStore.Row> rows, Factor fx, Factor fy,
                                    int m, int a, int b) {
        List<Object> xs = fx.gridValues();
        List<Object> ys = fy.gridValues();
        double[][] sum = new double[xs.size()][ys.size()];
        int[][] n = new int[xs.size()][ys.size()];
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
            sum[i][j] += v;
            n[i][j]++;
        }
        for (int i = 0; i < xs.size(); i++) {
            for (int j = 0; j < ys.size(); j++) {
                sum[i][j] = n[i][j] == 0 ? Double.NaN : sum[i][j] / n[i][j];
            }
        }
        return sum;
    }
}

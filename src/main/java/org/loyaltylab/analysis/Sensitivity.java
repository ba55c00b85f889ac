package org.loyaltylab.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.random.Well19937c;
import org.loyaltylab.model.metric.Metric;
import org.loyaltylab.stats.SobolIndices;
import org.loyaltylab.stats.StandardisedRegression;
import org.loyaltylab.sweep.DesignKind;
import org.loyaltylab.sweep.Factor;
import org.loyaltylab.sweep.SweepSpec;
import org.loyaltylab.sweep.SweepStore;

/**
 * Which parameters matter most: for every arm and metric, standardised regression coefficients
 * of the point means on the factors (any design; list factors enter by the position of their
 * level), and for a Saltelli design first-order and total Sobol indices with bootstrap 95 %
 * intervals.
 */
public final class Sensitivity {
    /**
     * One estimate.
     *
     * @param arm      the arm
     * @param metric   the metric
     * @param factor   the parameter
     * @param method   sobol_first, sobol_total or src
     * @param estimate the index or coefficient
     * @param low      lower 95 % bound (NaN for SRC)
     * @param high     upper 95 % bound (NaN for SRC)
     * @param rSquared the linear fit's R squared (SRC only, else NaN)
     */
    public record Row(String arm, Metric metric, String factor, String method, double estimate, double low,
                      double high, double rSquared) {
    }

    private static final int RESAMPLES = 1000;

    private Sensitivity() {
    }

    /**
     * @param sweep  the sweep
     * @param points the design's points
     * @param arms   the arm names
     * @param rows   every stored run
     * @return the estimates, by arm, metric, method, factor
     */
    public static List<Row> of(SweepSpec sweep, List<Map<String, Object>> points, List<String> arms,
                               List<SweepStore.Row> rows) {
        List<Row> out = new ArrayList<>();
        int k = sweep.factors().size();
        for (int a = 0; a < arms.size(); a++) {
            double[][] means = pointMeans(points.size(), a, sweep.metrics().size(), rows);
            for (int m = 0; m < sweep.metrics().size(); m++) {
                Metric metric = sweep.figures().get(m);
                double[] y = new double[points.size()];
                for (int p = 0; p < y.length; p++) {
                    y[p] = means[p][m];
                }
                if (sweep.design() == DesignKind.SALTELLI && !hasGaps(y)) {
                    int n = sweep.points();
                    double[] fA = java.util.Arrays.copyOfRange(y, 0, n);
                    double[] fB = java.util.Arrays.copyOfRange(y, n, 2 * n);
                    double[][] fAB = new double[k][];
                    for (int i = 0; i < k; i++) {
                        fAB[i] = java.util.Arrays.copyOfRange(y, (2 + i) * n, (3 + i) * n);
                    }
                    SobolIndices.Index[] idx = SobolIndices.estimate(fA, fB, fAB, RESAMPLES, new Well19937c(sweep.seed()));
                    for (int i = 0; i < k; i++) {
                        String f = sweep.factors().get(i).key();
                        out.add(new Row(arms.get(a), metric, f, "sobol_first", idx[i].first(), idx[i].firstLow(),
                                idx[i].firstHigh(), Double.NaN));
                        out.add(new Row(arms.get(a), metric, f, "sobol_total", idx[i].total(), idx[i].totalLow(),
                                idx[i].totalHigh(), Double.NaN));
                    }
                }
                double[][] x = design(sweep.factors(), points, y);
                StandardisedRegression src = x.length > k + 1 ? StandardisedRegression.fit(x, clean(y)) : null;
                for (int i = 0; i < k; i++) {
                    out.add(new Row(arms.get(a), metric, sweep.factors().get(i).key(), "src",
                            src == null ? Double.NaN : src.coefficients()[i], Double.NaN, Double.NaN,
                            src == null ? Double.NaN : src.rSquared()));
                }
            }
        }
        return out;
    }

    /** @return per point, per metric, the mean over the stored replications of one arm (NaN if none) */
    static double[][] pointMeans(int points, int arm, int metrics, List<SweepStore.Row> rows) {
        double[][] sum = new double[points][metrics];
        int[] n = new int[points];
        for (SweepStore.Row r : rows) {
            if (r.arm() == arm) {
                n[r.point()]++;
                for (int m = 0; m < metrics; m++) {
                    sum[r.point()][m] += r.metrics()[m];
                }
            }
        }
        for (int p = 0; p < points; p++) {
            for (int m = 0; m < metrics; m++) {
                sum[p][m] = n[p] == 0 ? Double.NaN : sum[p][m] / n[p];
            }
        }
        return sum;
    }

    private static boolean hasGaps(double[] y) {
        for (double v : y) {
            if (Double.isNaN(v)) {
                return true;
            }
        }
        return false;
    }

    private static double[] clean(double[] y) {
        return java.util.Arrays.stream(y).filter(v -> !Double.isNaN(v)).toArray();
    }

    private static double[][] design(List<Factor> factors, List<Map<String, Object>> points, double[] y) {
        List<double[]> rows = new ArrayList<>();
        for (int p = 0; p < points.size(); p++) {
            if (Double.isNaN(y[p])) {
                continue;
            }
            double[] row = new double[factors.size()];
            for (int j = 0; j < factors.size(); j++) {
                Factor f = factors.get(j);
                Object v = points.get(p).get(f.key());
                row[j] = f.categorical() ? f.levels().indexOf(v) : ((Number) v).doubleValue();
            }
            rows.add(row);
        }
        return rows.toArray(new double[0][]);
    }
}

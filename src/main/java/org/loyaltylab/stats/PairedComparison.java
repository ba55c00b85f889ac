package org.loyaltylab.stats;

import java.util.Arrays;
import org.apache.commons.math3.stat.inference.TTest;
import org.apache.commons.math3.stat.inference.WilcoxonSignedRankTest;

/**
 * A treatment compared with a baseline on paired observations (e.g. replications under common
 * random numbers): the mean difference with its Student-t interval, the two-sided paired t-test
 * and Wilcoxon signed-rank test, and the relative change of the means. Pairs with a NaN on either
 * side are dropped; below two pairs the interval bounds and both p-values are NaN.
 * <p>
 * The signed-rank statistic and its normal approximation (above 30 pairs) come from Commons Math.
 * Up to 30 pairs the p-value is exact, from the same null distribution Commons Math enumerates
 * over all 2<sup>n</sup> sign patterns, here counted in O(n<sup>3</sup>), and capped at 1.
 *
 * @param difference     the interval of the mean of treatment - baseline
 * @param pairedTP       the paired t-test p-value (1 if every difference is 0)
 * @param wilcoxonP      the Wilcoxon signed-rank p-value (1 if every difference is 0)
 * @param relativeChange the mean difference over the baseline mean (NaN if the baseline mean is 0)
 */
public record PairedComparison(ConfidenceInterval difference, double pairedTP, double wilcoxonP,
                               double relativeChange) {
    private static final int EXACT_WILCOXON_MAX_PAIRS = 30;

    /**
     * Compares paired samples.
     *
     * @param treatment the treatment's observations
     * @param baseline  the baseline's observations, paired by position
     * @param level     the confidence level of the interval, in (0, 1)
     * @return the comparison
     * @throws IllegalArgumentException if the lengths differ or {@code level} is not in (0, 1)
     */
    public static PairedComparison of(double[] treatment, double[] baseline, double level) {
        if (treatment.length != baseline.length) {
            throw new IllegalArgumentException("paired samples differ in length: " + treatment.length + " and "
                    + baseline.length);
        }
        double[] x = new double[treatment.length];
        double[] y = new double[treatment.length];
        int n = 0;
        for (int i = 0; i < treatment.length; i++) {
            if (!Double.isNaN(treatment[i]) && !Double.isNaN(baseline[i])) {
                x[n] = treatment[i];
                y[n++] = baseline[i];
            }
        }
        x = Arrays.copyOf(x, n);
        y = Arrays.copyOf(y, n);
        double[] diff = new double[n];
        for (int i = 0; i < n; i++) {
            diff[i] = x[i] - y[i];
        }
        ConfidenceInterval ci = ConfidenceInterval.studentT(diff, level);
        double baselineMean = Arrays.stream(y).average().orElse(Double.NaN);
        double tP = Double.NaN;
        double wP = Double.NaN;
        if (n >= 2) {
            boolean allZero = Arrays.stream(diff).allMatch(d -> d == 0);
            tP = allZero ? 1 : new TTest().pairedTTest(x, y);
            wP = allZero ? 1 : wilcoxonP(x, y);
        }
        return new PairedComparison(ci, tP, wP, baselineMean == 0 ? Double.NaN : ci.mean() / baselineMean);
    }

    private static double wilcoxonP(double[] x, double[] y) {
        WilcoxonSignedRankTest test = new WilcoxonSignedRankTest();
        int n = x.length;
        if (n > EXACT_WILCOXON_MAX_PAIRS) {
            return test.wilcoxonSignedRankTest(x, y, false);
        }
        int maxSum = n * (n + 1) / 2;
        long[] patterns = new long[maxSum + 1];
        patterns[0] = 1;
        for (int rank = 1; rank <= n; rank++) {
            for (int sum = maxSum; sum >= rank; sum--) {
                patterns[sum] += patterns[sum - rank];
            }
        }
        long atLeast = 0;
        for (int sum = (int) Math.ceil(test.wilcoxonSignedRank(x, y)); sum <= maxSum; sum++) {
            atLeast += patterns[sum];
        }
        return Math.min(1, Math.scalb((double) atLeast, 1 - n));
    }
}

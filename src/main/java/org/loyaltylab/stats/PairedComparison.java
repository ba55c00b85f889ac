package org.loyaltylab.stats;

import org.apache.commons.math3.stat.inference.TTest;
import org.apache.commons.math3.stat.inference.WilcoxonSignedRankTest;

/**
 * A treatment compared with a baseline on paired observations (the same replications under
 * common random numbers): the mean difference with its Student-t interval, the paired t-test
 * and the Wilcoxon signed-rank test (exact up to 30 pairs), and the relative change of means.
 *
 * @param difference     the interval of the mean of (treatment - baseline)
 * @param pairedTP       two-sided p-value of the paired t-test (NaN below 2 pairs)
 * @param wilcoxonP      two-sided p-value of the Wilcoxon signed-rank test (1 if every difference is 0)
 * @param relativeChange mean difference over the baseline mean (NaN if the baseline mean is 0)
 */
public record PairedComparison(ConfidenceInterval difference, double pairedTP, double wilcoxonP,
                               double relativeChange) {

    /**
     * @param treatment the treatment's observations
     * @param baseline  the baseline's observations, paired by position
     * @param level     the confidence level of the interval
     * @return the comparison
     */
    public static PairedComparison of(double[] treatment, double[] baseline, double level) {
        if (treatment.length != baseline.length) {
            throw new IllegalArgumentException("paired samples must have the same length");
        }
        int n = treatment.length;
        double[] diff = new double[n];
        double baseSum = 0;
        boolean allZero = true;
        for (int i = 0; i < n; i++) {
            diff[i] = treatment[i] - baseline[i];
            baseSum += baseline[i];
            allZero &= diff[i] == 0;
        }
        ConfidenceInterval ci = ConfidenceInterval.studentT(diff, level);
        double t = Double.NaN;
        double w = Double.NaN;
        if (n >= 2) {
            t = allZero ? 1 : new TTest().pairedTTest(treatment, baseline);
            w = allZero ? 1 : new WilcoxonSignedRankTest().wilcoxonSignedRankTest(treatment, baseline, n <= 30);
        }
        double baseMean = n == 0 ? Double.NaN : baseSum / n;
        return new PairedComparison(ci, t, w, baseMean == 0 ? Double.NaN : ci.mean() / baseMean);
    }
}

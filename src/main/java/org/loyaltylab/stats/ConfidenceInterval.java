package org.loyaltylab.stats;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;

/**
 * A mean with its two-sided Student-t confidence interval. With fewer than two observations
 * the bounds are NaN.
 *
 * @param mean      the sample mean
 * @param lower     lower bound
 * @param upper     upper bound
 * @param halfWidth half the interval's width
 * @param n         the sample size
 * @param level     the confidence level, e.g. 0.95
 */
public record ConfidenceInterval(double mean, double lower, double upper, double halfWidth, int n, double level) {

    /**
     * @param sample the observations (NaN values are ignored)
     * @param level  the confidence level in (0, 1)
     * @return the Student-t interval of the mean
     */
    public static ConfidenceInterval studentT(double[] sample, double level) {
        SummaryStatistics s = new SummaryStatistics();
        for (double x : sample) {
            if (!Double.isNaN(x)) {
                s.addValue(x);
            }
        }
        int n = (int) s.getN();
        double mean = n == 0 ? Double.NaN : s.getMean();
        if (n < 2) {
            return new ConfidenceInterval(mean, Double.NaN, Double.NaN, Double.NaN, n, level);
        }
        double t = new TDistribution(n - 1).inverseCumulativeProbability(0.5 + level / 2);
        double half = t * s.getStandardDeviation() / Math.sqrt(n);
        return new ConfidenceInterval(mean, mean - half, mean + half, half, n, level);
    }

    /** @return the half-width relative to the absolute mean (NaN if the mean is 0) */
    public double relativeHalfWidth() {
        return mean == 0 ? Double.NaN : halfWidth / Math.abs(mean);
    }

    /** @return true if {@code x} lies within the bounds */
    public boolean covers(double x) {
        return x >= lower && x <= upper;
    }

    /** @return true if the interval lies wholly above or wholly below zero */
    public boolean excludesZero() {
        return lower > 0 || upper < 0;
    }
}

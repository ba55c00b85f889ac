package org.loyaltylab.stats;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;

/**
 * A sample mean with a two-sided confidence interval.
 *
 * @param mean      the sample mean (NaN for an empty sample)
 * @param lower     the lower bound (NaN below two observations)
 * @param upper     the upper bound (NaN below two observations)
 * @param halfWidth half the interval's width (NaN below two observations)
 * @param n         the number of observations used
 * @param level     the confidence level, e.g. 0.95
 */
public record ConfidenceInterval(double mean, double lower, double upper, double halfWidth, int n, double level) {

    /**
     * Computes the Student-t interval of the mean, mean &plusmn; t<sub>n-1, (1+level)/2</sub> s / &radic;n.
     * NaN observations are ignored; with fewer than two left the bounds and half-width are NaN.
     *
     * @param sample the observations
     * @param level  the confidence level, in (0, 1)
     * @return the interval
     * @throws IllegalArgumentException if {@code level} is not in (0, 1)
     */
    public static ConfidenceInterval studentT(double[] sample, double level) {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("confidence level must be in (0, 1), got " + level);
        }
        SummaryStatistics s = new SummaryStatistics();
        for (double x : sample) {
            if (!Double.isNaN(x)) {
                s.addValue(x);
            }
        }
        int n = (int) s.getN();
        if (n < 2) {
            return new ConfidenceInterval(s.getMean(), Double.NaN, Double.NaN, Double.NaN, n, level);
        }
        double t = new TDistribution(n - 1).inverseCumulativeProbability((1 + level) / 2);
        double half = t * s.getStandardDeviation() / Math.sqrt(n);
        return new ConfidenceInterval(s.getMean(), s.getMean() - half, s.getMean() + half, half, n, level);
    }

    /**
     * Returns the half-width relative to the size of the mean.
     *
     * @return halfWidth / |mean| (NaN if the mean is 0)
     */
    public double relativeHalfWidth() {
        return mean == 0 ? Double.NaN : halfWidth / Math.abs(mean);
    }

    /**
     * Tells whether a value lies within the interval.
     *
     * @param x the value
     * @return true if lower &le; x &le; upper (false when the bounds are NaN)
     */
    public boolean covers(double x) {
        return x >= lower && x <= upper;
    }

    /**
     * Tells whether the interval lies wholly on one side of zero.
     *
     * @return true if lower &gt; 0 or upper &lt; 0 (false when the bounds are NaN)
     */
    public boolean excludesZero() {
        return lower > 0 || upper < 0;
    }
}

package org.loyaltylab.output.charts;

import org.loyaltylab.stats.ConfidenceInterval;

/**
 * A mean with the 95 % band drawn around it: the {@link ConfidenceInterval} of the mean across
 * replications, collapsed onto the mean where it has no bounds (one replication: there is no
 * spread to show); with no value at all the mean is NaN.
 *
 * @param mean the sample mean
 * @param low  lower bound of the band
 * @param high upper bound of the band
 * @param n    the number of replications (non-missing values)
 */
public record Band(double mean, double low, double high, int n) {
    /** The confidence level of every band and whisker. */
    public static final double LEVEL = 0.95;

    /** @return the mean and 95 % Student-t band of the non-NaN values */
    public static Band of(double[] values) {
        return of(ConfidenceInterval.studentT(values, LEVEL));
    }

    /** @return the interval as a band, its missing bounds collapsed onto the mean */
    public static Band of(ConfidenceInterval ci) {
        if (ci.n() == 0) {
            return new Band(Double.NaN, Double.NaN, Double.NaN, 0);
        }
        return filled(ci.mean(), ci.lower(), ci.upper(), ci.n());
    }

    /** @return a band read back from a table, a missing (NaN) bound collapsed onto the mean */
    public static Band filled(double mean, double low, double high, int n) {
        return new Band(mean, Double.isNaN(low) ? mean : low, Double.isNaN(high) ? mean : high, n);
    }

    /** @return the band scaled by a factor (for units) and clamped to [floor, ceiling] */
    public Band scaled(double factor, double floor, double ceiling) {
        double a = low * factor;
        double b = high * factor;
        return new Band(mean * factor, Math.max(floor, Math.min(a, b)), Math.min(ceiling, Math.max(a, b)), n);
    }

    /** @return half the band's width */
    public double halfWidth() {
        return (high - low) / 2;
    }
}

package org.loyaltylab.output.charts;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * A mean across replications with its two-sided 95 % Student-t band:
 * mean +- t(0.975, n - 1) x sd / sqrt(n). With one replication the band collapses onto the mean
 * (there is no spread to show); with none the mean is NaN.
 *
 * @param mean the sample mean
 * @param low  lower bound of the band
 * @param high upper bound of the band
 * @param n    the number of replications (non-missing values)
 */
public record Band(double mean, double low, double high, int n) {
    /** The confidence level of every band and whisker. */
    public static final double LEVEL = 0.95;

    /** @return the mean and 95 % band of the non-NaN values */
    public static Band of(double[] values) {
        int n = 0;
        double sum = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                n++;
                sum += v;
            }
        }
        if (n == 0) {
            return new Band(Double.NaN, Double.NaN, Double.NaN, 0);
        }
        double mean = sum / n;
        if (n == 1) {
            return new Band(mean, mean, mean, 1);
        }
        double ss = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                ss += (v - mean) * (v - mean);
            }
        }
        double sd = Math.sqrt(ss / (n - 1));
        double half = new TDistribution(n - 1).inverseCumulativeProbability(0.5 + LEVEL / 2) * sd / Math.sqrt(n);
        return new Band(mean, mean - half, mean + half, n);
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

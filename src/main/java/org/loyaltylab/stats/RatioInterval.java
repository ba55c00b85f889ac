package org.loyaltylab.stats;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * The ratio of two means of paired observations with Fieller's interval (Fieller 1954): the set
 * of ratios r for which mean(x) - r mean(y) is not significantly different from 0, allowing for
 * the covariance of x and y. Unlike a delta-method interval it is exact under normality and
 * asymmetric where it should be. When the denominator's mean is not significantly different from
 * 0 the set is unbounded and the bounds are NaN.
 */
public final class RatioInterval {
    private RatioInterval() {
    }

    /**
     * @param numerator   the observations x
     * @param denominator the observations y, paired with x by position
     * @param level       the confidence level, in (0, 1)
     * @return mean(x) / mean(y) with Fieller's interval (NaN bounds below two pairs or when unbounded;
     *         the half-width is half the interval's width)
     * @throws IllegalArgumentException if the lengths differ or the level is not in (0, 1)
     */
    public static ConfidenceInterval fieller(double[] numerator, double[] denominator, double level) {
        if (numerator.length != denominator.length) {
            throw new IllegalArgumentException("paired samples differ in length");
        }
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("confidence level must be in (0, 1), got " + level);
        }
        int n = numerator.length;
        double a = mean(numerator);
        double b = mean(denominator);
        double ratio = a / b;
        if (n < 2) {
            return new ConfidenceInterval(ratio, Double.NaN, Double.NaN, Double.NaN, n, level);
        }
        double vxx = 0;
        double vyy = 0;
        double vxy = 0;
        for (int i = 0; i < n; i++) {
            double dx = numerator[i] - a;
            double dy = denominator[i] - b;
            vxx += dx * dx;
            vyy += dy * dy;
            vxy += dx * dy;
        }
        double scale = 1.0 / ((n - 1) * (double) n);
        double t = new TDistribution(n - 1).inverseCumulativeProbability((1 + level) / 2);
        double t2 = t * t;
        double qa = b * b - t2 * vyy * scale;
        double qb = a * b - t2 * vxy * scale;
        double qc = a * a - t2 * vxx * scale;
        double disc = qb * qb - qa * qc;
        if (!(qa > 0) || disc < 0) {
            return new ConfidenceInterval(ratio, Double.NaN, Double.NaN, Double.NaN, n, level);
        }
        double lower = (qb - Math.sqrt(disc)) / qa;
        double upper = (qb + Math.sqrt(disc)) / qa;
        return new ConfidenceInterval(ratio, lower, upper, (upper - lower) / 2, n, level);
    }

    private static double mean(double[] x) {
        double sum = 0;
        for (double v : x) {
            sum += v;
        }
        return sum / x.length;
    }
}

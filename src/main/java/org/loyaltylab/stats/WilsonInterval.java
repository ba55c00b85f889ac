package org.loyaltylab.stats;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * A share of successes with Wilson's score interval (Wilson 1927), which stays inside [0, 1] and
 * keeps close to its nominal coverage for small samples and shares near 0 or 1, where the
 * normal-approximation interval does not (Brown, Cai and DasGupta 2001).
 *
 * @param successes the successes
 * @param n         the trials
 * @param share     successes / n (NaN when n is 0)
 * @param lower     the lower bound (NaN when n is 0)
 * @param upper     the upper bound (NaN when n is 0)
 * @param level     the confidence level
 */
public record WilsonInterval(int successes, int n, double share, double lower, double upper, double level) {

    /**
     * @param successes successes, 0 to n
     * @param n         trials, at least 0
     * @param level     confidence level in (0, 1)
     * @return the share with its interval
     * @throws IllegalArgumentException if the counts or the level are out of range
     */
    public static WilsonInterval of(int successes, int n, double level) {
        if (n < 0 || successes < 0 || successes > n || !(level > 0 && level < 1)) {
            throw new IllegalArgumentException("need 0 <= successes <= n and level in (0, 1), got "
                    + successes + ", " + n + ", " + level);
        }
        if (n == 0) {
            return new WilsonInterval(0, 0, Double.NaN, Double.NaN, Double.NaN, level);
        }
        double z = new NormalDistribution().inverseCumulativeProbability(0.5 + level / 2);
        double p = (double) successes / n;
        double z2n = z * z / n;
        double centre = (p + z2n / 2) / (1 + z2n);
        double half = z / (1 + z2n) * Math.sqrt(p * (1 - p) / n + z2n / (4.0 * n));
        return new WilsonInterval(successes, n, p, Math.max(0, centre - half), Math.min(1, centre + half), level);
    }
}

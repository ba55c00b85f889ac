package org.loyaltylab.model.random;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;

/**
 * Acklam's approximation against the exact quantile, centre and both tails. The reference is
 * one Newton step on Commons Math's normal CDF (accurate in the tails, where its quantile,
 * computed from erfInv(2p - 1), is not).
 */
class NormalQuantileTest {
    @Test
    void matchesTheNormalQuantileToItsStatedRelativeError() {
        NormalDistribution normal = new NormalDistribution(null, 0, 1);
        double[] ps = {1e-300, 1e-15, 1e-9, 1e-4, 0.02, 0.02425, 0.1, 0.3, 0.5 + 1e-9, 0.7, 0.9, 0.97575, 0.99, 1 - 1e-6};
        for (double p : ps) {
            double q = NormalQuantile.of(p);
            double exact = q - (normal.cumulativeProbability(q) - p) / normal.density(q);
            assertEquals(exact, q, 1.2e-9 * Math.abs(exact) + 1e-15, "p = " + p);
        }
        assertEquals(0, NormalQuantile.of(0.5), 1e-15);
    }
}

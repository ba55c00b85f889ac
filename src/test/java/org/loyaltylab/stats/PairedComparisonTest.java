package org.loyaltylab.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.apache.commons.math3.stat.inference.WilcoxonSignedRankTest;
import org.junit.jupiter.api.Test;

/** Paired comparisons against hand computation, Commons Math's exact enumeration and edge cases. */
class PairedComparisonTest {

    @Test
    void matchesAHandComputedExample() {
        // differences 2, 3, 4: mean 3, s = 1, t = 3 sqrt(3) on 2 df, P(|T| > t) = 1 - t / sqrt(2 + t^2)
        PairedComparison p = PairedComparison.of(new double[] {3, 5, 7}, new double[] {1, 2, 3}, 0.95);
        assertEquals(3, p.difference().mean(), 1e-15);
        assertEquals(4.302652729749464 / Math.sqrt(3), p.difference().halfWidth(), 1e-8); // t quantile to 1e-9
        assertEquals(1 - Math.sqrt(27.0 / 29), p.pairedTP(), 1e-12);
        // all three ranks positive: W = 6, P(W >= 6) = 1/8, two-sided 1/4
        assertEquals(0.25, p.wilcoxonP(), 1e-15);
        assertEquals(1.5, p.relativeChange(), 1e-15);
    }

    @Test
    void exactWilcoxonEqualsCommonsMathEnumeration() {
        Random random = new Random(7);
        for (int n : new int[] {2, 5, 9, 14}) {
            double[] x = new double[n];
            double[] y = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = Math.round(4 * random.nextGaussian() + 1);
                y[i] = Math.round(4 * random.nextGaussian());
            }
            double enumerated = new WilcoxonSignedRankTest().wilcoxonSignedRankTest(x, y, true);
            assertEquals(Math.min(1, enumerated), PairedComparison.of(x, y, 0.95).wilcoxonP(), 1e-15, "n = " + n);
        }
    }

    @Test
    void switchesToTheNormalApproximationAboveThirtyPairs() {
        Random random = new Random(11);
        double[] x = new double[40];
        double[] y = new double[40];
        for (int i = 0; i < x.length; i++) {
            x[i] = random.nextGaussian() + 0.3;
            y[i] = random.nextGaussian();
        }
        assertEquals(new WilcoxonSignedRankTest().wilcoxonSignedRankTest(x, y, false),
                PairedComparison.of(x, y, 0.95).wilcoxonP(), 1e-15);
        double exact30 = PairedComparison.of(java.util.Arrays.copyOf(x, 30), java.util.Arrays.copyOf(y, 30), 0.95)
                .wilcoxonP();
        assertTrue(exact30 > 0 && exact30 <= 1);
    }

    @Test
    void handlesZeroDifferencesSinglePairsAndGaps() {
        PairedComparison same = PairedComparison.of(new double[] {1, 2, 3}, new double[] {1, 2, 3}, 0.95);
        assertEquals(1, same.pairedTP(), 0);
        assertEquals(1, same.wilcoxonP(), 0);
        assertEquals(0, same.difference().halfWidth(), 0);
        PairedComparison one = PairedComparison.of(new double[] {3, Double.NaN}, new double[] {2, 5}, 0.95);
        assertEquals(1, one.difference().n());
        assertEquals(0.5, one.relativeChange(), 1e-15);
        assertTrue(Double.isNaN(one.pairedTP()) && Double.isNaN(one.wilcoxonP()) && Double.isNaN(one.difference().lower()));
        assertTrue(Double.isNaN(PairedComparison.of(new double[] {1, 2}, new double[] {1, -1}, 0.95).relativeChange()));
        assertTrue(Double.isNaN(PairedComparison.of(new double[0], new double[0], 0.95).relativeChange()));
        assertThrows(IllegalArgumentException.class, () -> PairedComparison.of(new double[2], new double[3], 0.95));
    }
}

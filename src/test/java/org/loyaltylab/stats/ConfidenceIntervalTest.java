package org.loyaltylab.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The Student-t interval against a tabulated quantile, and its edge cases. */
class ConfidenceIntervalTest {

    /** Commons Math inverts the t distribution to an absolute accuracy of 1e-9. */
    private static final double QUANTILE_ACCURACY = 1e-8;

    @Test
    void usesTheStudentTQuantile() {
        // mean 2.5, s = sqrt(5/3), t(3, 0.975) = 3.182446305284263
        ConfidenceInterval ci = ConfidenceInterval.studentT(new double[] {1, 2, 3, 4}, 0.95);
        double half = 3.182446305284263 * Math.sqrt(5.0 / 3) / 2;
        assertEquals(2.5, ci.mean(), 1e-15);
        assertEquals(half, ci.halfWidth(), QUANTILE_ACCURACY);
        assertEquals(2.5 - half, ci.lower(), QUANTILE_ACCURACY);
        assertEquals(2.5 + half, ci.upper(), QUANTILE_ACCURACY);
        assertEquals(4, ci.n());
        assertEquals(0.95, ci.level(), 0);
        assertEquals(half / 2.5, ci.relativeHalfWidth(), QUANTILE_ACCURACY);
        assertTrue(ci.covers(0.5) && !ci.covers(0.4) && ci.excludesZero());
        // t(9, 0.995) = 3.249835541592
        ConfidenceInterval wide = ConfidenceInterval.studentT(new double[] {-1, 1, -1, 1, -1, 1, -1, 1, -1, 1}, 0.99);
        assertEquals(3.249835541592 * Math.sqrt(10.0 / 9) / Math.sqrt(10), wide.halfWidth(), QUANTILE_ACCURACY);
        assertFalse(wide.excludesZero());
        assertTrue(Double.isNaN(ConfidenceInterval.studentT(new double[] {-1, 1}, 0.95).relativeHalfWidth()));
    }

    @Test
    void ignoresNaNAndHasNaNBoundsBelowTwoObservations() {
        ConfidenceInterval one = ConfidenceInterval.studentT(new double[] {Double.NaN, 7}, 0.95);
        assertEquals(7, one.mean(), 0);
        assertEquals(1, one.n());
        assertTrue(Double.isNaN(one.lower()) && Double.isNaN(one.upper()) && Double.isNaN(one.halfWidth()));
        assertFalse(one.covers(7) || one.excludesZero());
        ConfidenceInterval none = ConfidenceInterval.studentT(new double[0], 0.95);
        assertTrue(Double.isNaN(none.mean()));
        assertEquals(0, none.n());
        assertThrows(IllegalArgumentException.class, () -> ConfidenceInterval.studentT(new double[] {1, 2}, 1));
    }
}

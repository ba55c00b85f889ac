package org.loyaltylab.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Fieller's interval of a ratio of paired means. */
class RatioIntervalTest {
    @Test
    void aDenominatorWithoutVarianceGivesTheStudentIntervalOfTheNumeratorScaled() {
        double[] x = {1.0, 1.4, 0.7, 1.9, 1.2};
        double[] y = {2, 2, 2, 2, 2};
        ConfidenceInterval t = ConfidenceInterval.studentT(x, 0.95);
        ConfidenceInterval r = RatioInterval.fieller(x, y, 0.95);
        assertEquals(t.mean() / 2, r.mean(), 1e-12);
        assertEquals(t.lower() / 2, r.lower(), 1e-12);
        assertEquals(t.upper() / 2, r.upper(), 1e-12);
    }

    @Test
    void theIntervalHoldsTheRatioAndIsAsymmetricWhenTheDenominatorVaries() {
        double[] x = {0.5, 0.7, 0.4, 0.6};
        double[] y = {1.0, 1.3, 0.8, 1.2};
        ConfidenceInterval r = RatioInterval.fieller(x, y, 0.95);
        assertEquals(2.2 / 4.3, r.mean(), 1e-12);
        assertTrue(r.lower() < r.mean() && r.mean() < r.upper());
        assertTrue(Math.abs((r.upper() - r.mean()) - (r.mean() - r.lower())) > 1e-6, "asymmetric");
    }

    @Test
    void aDenominatorIndistinguishableFromZeroLeavesTheIntervalUnbounded() {
        double[] x = {1, 2, 1.5};
        double[] y = {0.5, -0.4, 0.1};
        ConfidenceInterval r = RatioInterval.fieller(x, y, 0.95);
        assertTrue(Double.isNaN(r.lower()) && Double.isNaN(r.upper()));
    }
}

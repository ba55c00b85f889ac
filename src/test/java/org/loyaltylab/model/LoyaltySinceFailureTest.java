package org.loyaltylab.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.loyaltylab.model.customer.FailureExperience;

/** Lag binning, the stratum-matched reference and the gap of the event-time recovery view. */
class LoyaltySinceFailureTest {
    private static final FailureExperience RECOVERED = FailureExperience.RECOVERED;
    private static final FailureExperience UNRESOLVED = FailureExperience.UNRESOLVED;

    @Test
    void binsAreAsWideAsTheObservationIntervalAndCoverTheHorizon() {
        LoyaltySinceFailure l = new LoyaltySinceFailure(7, 730, 5);
        assertEquals(105, l.bins());
        l.add(RECOVERED, 0, 0, 0.8);
        l.add(RECOVERED, 0, 6.99, 0.6);
        l.add(RECOVERED, 0, 7, 0.5);
        l.add(RECOVERED, 0, 730, 0.4);
        l.closeObservation(new double[] {0.5, 0.5, 0.5, 0.5, 0.5}, 0.5);
        assertEquals(2, l.count(RECOVERED, 0));
        assertEquals(0.7, l.meanLoyalty(RECOVERED, 0), 1e-12);
        assertEquals(1, l.count(RECOVERED, 1));
        assertEquals(1, l.count(RECOVERED, 104));
        assertTrue(Double.isNaN(l.meanLoyalty(UNRESOLVED, 0)));
    }

    @Test
    void eachCustomerIsComparedWithNeverFailedCustomersOfItsOwnStratumOnTheSameDay() {
        LoyaltySinceFailure l = new LoyaltySinceFailure(7, 28, 2);
        l.add(RECOVERED, 0, 1, 0.9);
        l.add(RECOVERED, 1, 2, 0.5);
        l.closeObservation(new double[] {0.6, 0.3}, 0.45);
        // gap: ((0.9 - 0.6) + (0.5 - 0.3)) / 2
        assertEquals(0.25, l.meanGap(RECOVERED, 0), 1e-12);
        l.add(UNRESOLVED, 1, 8, 0.2);
        l.closeObservation(new double[] {0.6, Double.NaN}, 0.4);
        // a stratum with no never-failed customer that day falls back to the overall mean
        assertEquals(-0.2, l.meanGap(UNRESOLVED, 1), 1e-12);
        assertEquals(0.25, l.meanGap(RECOVERED, 0), 1e-12, "earlier observations keep their references");
    }

    @Test
    void aCustomerWithoutAFailureHasNoLag() {
        LoyaltySinceFailure l = new LoyaltySinceFailure(7, 28, 1);
        assertThrows(IllegalArgumentException.class, () -> l.add(FailureExperience.NONE, 0, 1, 0.5));
    }
}

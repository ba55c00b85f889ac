package org.loyaltylab.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Complaint rates by spend decile, against customer-years and complaints added up by hand. */
class ComplaintsByValueTest {
    /** Deciles of 1..20: cuts at 2, 4, ..., 18. */
    private static final Deciles DECILES = Deciles.of(new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14,
        15, 16, 17, 18, 19, 20});

    @Test
    void ratesAreComplaintsOverCustomerYearsWithActiveCustomersCountedToTheHorizon() {
        ComplaintsByValue rates = new ComplaintsByValue(DECILES, 2, 730);
        // bin 0: one year with 2 complaints, and one year (day 365 to the horizon) with none (NaN)
        rates.add(0, 1, 0, 365, 2);
        rates.add(0, 2, 365, Double.NaN, Double.NaN);
        // bin 9: two years (still active) with 6 complaints
        rates.add(0, 19, 0, Double.NaN, 6);
        List<ComplaintsByValue.Point> points = rates.points(0);
        assertEquals(2, points.size());
        assertEquals(1.5, points.get(0).meanValue(), 1e-12);
        assertEquals(2.0 / 2, points.get(0).complaintsPerYear(), 1e-12);
        assertEquals(19, points.get(1).meanValue(), 1e-12);
        assertEquals(6.0 / 2, points.get(1).complaintsPerYear(), 1e-12);
    }

    @Test
    void aBinWithoutCustomerYearsHasNoPoint() {
        ComplaintsByValue rates = new ComplaintsByValue(DECILES, 2, 730);
        rates.add(1, 5, 100, 50, 3); // left before joining: no time as a customer
        rates.add(1, 7, 200, 200, 1);
        assertTrue(rates.points(1).isEmpty());
        assertTrue(rates.points(0).isEmpty());
    }
}

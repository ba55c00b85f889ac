package org.loyaltylab.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The break-even day is where the cumulative profit gap's bound turns positive for good. */
class PaybackTest {
    @Test
    void breakEvenIsTheFirstDayFromWhichTheBoundStaysAboveZero() {
        double[][] gap = {{0, 0, 0}, {7, -5, 1}, {14, 2, 4}, {21, -1, 3}, {28, 1, 5}, {35, 3, 6}};
        assertEquals(28, Payback.breakEven(gap, true), "the lower bound dips below zero on day 21");
        assertEquals(7, Payback.breakEven(gap, false), "the mean is above zero from day 7");
    }

    @Test
    void aGapThatEndsBelowZeroNeverBreaksEven() {
        double[][] gap = {{0, 0, 0}, {7, 1, 2}, {14, -1, 1}};
        assertTrue(Double.isNaN(Payback.breakEven(gap, true)));
    }
}

package org.loyaltylab.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.loyaltylab.analysis.WindowStatistic.Count;

/** Rolling rates over windows of one run, against sums worked out by hand. */
class WindowStatisticTest {
    private static final double NA = Double.NaN;
    private static final Run RUN = new Run("a", new double[] {0, 7, 14, 21}, Map.of(
            "churned_total", new double[] {0, 10, 30, 60},
            "active_customers", new double[] {100, 90, NA, 80},
            "abandoned", new double[] {100, 3, NA, 6},
            "contacts", new double[] {100, 30, 40, 0},
            "rate", new double[] {9, 0.2, 0.5, NA},
            "weight", new double[] {9, 1, 3, 5},
            "none", new double[] {9, 0, 0, 0}));

    @Test
    void churnPer30DaysIsLeaversOverMeanActiveScaledToThirtyDays() {
        // rows 1..3: 50 left in 14 days, mean active (90 + 80) / 2 = 85 (the missing day skipped)
        double rate = WindowStatistic.churnPer30Days("churned_total", "active_customers").of(RUN, 1, 3);
        assertEquals(126.0504202, rate, 1e-6);
        // rows 0..1: 10 left in 7 days among (100 + 90) / 2 = 95
        assertEquals(100.0 * 10 / 95 * 30 / 7, WindowStatistic.churnPer30Days("churned_total", "active_customers")
                .of(RUN, 0, 1), 1e-12);
        assertTrue(Double.isNaN(WindowStatistic.churnPer30Days("churned_total", "active_customers").of(RUN, 2, 2)),
                "a window of no days has no rate");
        assertTrue(Double.isNaN(WindowStatistic.churnPer30Days("churned_total", "missing").of(RUN, 0, 3)),
                "no active customers, no rate");
    }

    @Test
    void ratioSumsTheWindowsIntervalsOnlyAndSkipsMissingRows() {
        // intervals ending at rows 1 and 2: 3 / 30 (row 2's numerator is missing; row 0 is outside)
        assertEquals(0.1, WindowStatistic.ratio("abandoned", "contacts").of(RUN, 0, 2), 1e-12);
        // rows 2..3: row 3 alone, 6 / 0
        assertTrue(Double.isNaN(WindowStatistic.ratio("abandoned", "contacts").of(RUN, 2, 3)));
    }

    @Test
    void weightedMeanWeighsByCountsAndFallsBackToEqualWeights() {
        assertEquals((0.2 * 1 + 0.5 * 3) / 4, WindowStatistic.weightedMean("rate", Count.column("weight"))
                .of(RUN, 0, 3), 1e-12);
        assertEquals(0.35, WindowStatistic.weightedMean("rate", Count.column("none")).of(RUN, 0, 3), 1e-12);
        assertEquals(0.35, WindowStatistic.weightedMean("rate", null).of(RUN, 0, 3), 1e-12);
        assertTrue(Double.isNaN(WindowStatistic.weightedMean("rate", null).of(RUN, 2, 3)));
    }

    @Test
    void contactsServedAreArrivalsLessAbandonedLessTheGrowthOfTheQueue() {
        Run run = new Run("a", new double[] {7, 14, 21}, Map.of(
                "contacts", new double[] {10, 20, 30},
                "abandoned", new double[] {0, 2, 4},
                "queue_length", new double[] {1, 5, 2},
                "defensive_share", new double[] {NA, 0.5, 0.1}));
        assertEquals(9, Count.served().at(run, 0), "the queue is empty on day 0");
        assertEquals(20 - 2 - 4, Count.served().at(run, 1));
        assertEquals(30 - 4 + 3, Count.served().at(run, 2), "a shrinking queue adds to the contacts served");
        assertEquals(30 + 3, Count.waitsEnded().at(run, 2), "served or abandoned");
        assertEquals((0.5 * 14 + 0.1 * 29) / 43, WindowStatistic.weightedMean("defensive_share", Count.served())
                .of(run, 0, 2), 1e-12);
    }

    @Test
    void aLevelIsTheValueOnTheLastRowAndAMissingColumnReadsAsNaN() {
        assertEquals(30, WindowStatistic.level("churned_total").of(RUN, 0, 2));
        assertTrue(Double.isNaN(WindowStatistic.level("missing").of(RUN, 0, 2)));
    }

    @Test
    void aColumnOfTheWrongLengthIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Run("a", new double[] {0, 7},
                Map.of("x", new double[] {1})));
    }
}

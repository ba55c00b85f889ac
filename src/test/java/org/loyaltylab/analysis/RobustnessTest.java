package org.loyaltylab.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.loyaltylab.experiment.Contrast;
import org.loyaltylab.model.metric.SummaryMetrics;

/** Robustness counts and quantiles on hand-made gains. */
class RobustnessTest {
    private static final Contrast KIND = Contrast.pair("kind", "defensive");

    @Test
    void countsWinsQuantilesAndWorstRegretByHand() {
        Robustness r = Robustness.of(KIND, SummaryMetrics.PROFIT,
                new double[] {5, -2, Double.NaN, 1, 3, 0});
        assertEquals(5, r.wins().n(), "the NaN world is left out");
        assertEquals(3, r.wins().successes(), "a gain of exactly 0 is not a win");
        assertEquals(1, r.medianGain(), 1e-12, "sorted -2, 0, 1, 3, 5");
        assertEquals(-2 + 0.2 * 2, r.gainP05(), 1e-12, "h = 4 x 0.05 = 0.2 between -2 and 0");
        assertEquals(3 + 0.8 * 2, r.gainP95(), 1e-12, "h = 3.8 between 3 and 5");
        assertEquals(2, r.worstRegret(), 1e-12, "the most it loses in any world");
    }

    @Test
    void anArmThatNeverLosesHasNoRegret() {
        Robustness r = Robustness.of(KIND, SummaryMetrics.RETENTION, new double[] {0.01, 0.02});
        assertEquals(0, r.worstRegret(), 0);
        assertEquals(2, r.wins().successes());
    }
}

package org.loyaltylab.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.loyaltylab.model.metric.SummaryMetrics;

/** A split of replications into two far-apart groups is found, said in words, and not seen in one normal sample. */
class ReplicationModesTest {

    @Test
    void aBurnoutSpiralInTwoOfTwentyReplicationsIsFoundAndSaid() {
        double[] quits = new double[20];
        quits[3] = 5;
        quits[17] = 6;
        ReplicationModes m = ReplicationModes.of("kind", SummaryMetrics.AGENTS_QUIT, quits).orElseThrow();
        assertEquals(2, m.minority());
        assertEquals(5.5, m.minorityMean(), 1e-12);
        assertEquals(0, m.majorityMean(), 0);
        assertTrue(m.minorityHigh());
        assertEquals("In 2 of 20 replications of kind, agents quit: 5.50 on average against 0 in the other 18; the "
                + "mean hides two regimes (the replications chart shows each one).", m.words());
    }

    @Test
    void aLowGroupOfProfitIsTheMinorityByHand() {
        // 8 replications near 100, 2 near 10: the widest gap is between 12 and 98
        double[] profit = {100, 101, 99, 98, 102, 100, 101, 99, 10, 12};
        ReplicationModes m = ReplicationModes.of("a", SummaryMetrics.PROFIT, profit).orElseThrow();
        assertEquals(2, m.minority());
        assertEquals(11, m.minorityMean(), 1e-12);
        assertEquals(100, m.majorityMean(), 1e-12);
        assertFalse(m.minorityHigh());
    }

    @Test
    void oneNormalSampleRarelySplitsAndTooFewReplicationsNever() {
        SplittableRandom random = new SplittableRandom(42);
        int splits = 0;
        int samples = 2000;
        for (int s = 0; s < samples; s++) {
            double[] x = new double[20];
            for (int i = 0; i < x.length; i++) {
                x[i] = 50 + 3 * gaussian(random);
            }
            splits += ReplicationModes.of("a", SummaryMetrics.PROFIT, x).isPresent() ? 1 : 0;
        }
        assertTrue(splits <= 2, "false splits in " + samples + " normal samples of 20: " + splits);
        assertTrue(ReplicationModes.of("a", SummaryMetrics.AGENTS_QUIT, new double[] {0, 0, 0, 9}).isEmpty());
        assertTrue(ReplicationModes.of("a", SummaryMetrics.AGENTS_QUIT, new double[20]).isEmpty(), "nobody quit");
        double[] sixOrSeven = {6, 7, 6, 6, 6, 6, 6, 6, 7, 7};
        assertTrue(ReplicationModes.of("a", SummaryMetrics.AGENTS_QUIT, sixOrSeven).isEmpty(),
                "whole numbers one apart are one group");
    }

    private static double gaussian(SplittableRandom r) {
        return Math.sqrt(-2 * Math.log(1 - r.nextDouble())) * Math.cos(2 * Math.PI * r.nextDouble());
    }
}

package org.loyaltylab.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.apache.commons.math3.special.Erf;
import org.junit.jupiter.api.Test;

/** The log-rank test against a hand-computed case, identical and clearly different groups. */
class LogRankTestTest {

    private static double exponential(SplittableRandom random, double rate) {
        return -Math.log(1 - random.nextDouble()) / rate;
    }

    @Test
    void matchesAHandComputedExample() {
        // group 0 dies at 1 and 3, group 1 at 2 and 4 (and one censored at 2.5):
        // t=1: N=5, N0=2, O-E = 1 - 2/5, V = (2/5)(3/5); t=2: N=4, N0=1, O-E = -1/4, V = (1/4)(3/4);
        // t=3: N=2, N0=1, O-E = 1/2, V = 1/4; t=4: one at risk, no information.
        double[] d = {1, 3, 2, 4, 2.5};
        boolean[] e = {true, true, true, true, false};
        int[] g = {0, 0, 1, 1, 1};
        double oMinusE = 0.6 - 0.25 + 0.5;
        double v = 0.24 + 0.1875 + 0.25;
        LogRankTest test = LogRankTest.of(d, e, g, 2);
        assertEquals(oMinusE * oMinusE / v, test.chiSquare(), 1e-14);
        assertEquals(1, test.degreesOfFreedom());
        assertEquals(Erf.erfc(Math.sqrt(test.chiSquare() / 2)), test.pValue(), 1e-14);
    }

    @Test
    void stratifiedTestSumsWithinReplicationsByHand() {
        // two replications (strata), a fast-churning one and a slow one; in each, group 0 leaves first:
        // stratum 0: t=1: N=2, N0=1, O-E = 1 - 1/2, V = 1/4; t=2: one at risk, no information.
        // stratum 1: t=10: the same, O-E = 1/2, V = 1/4. Summed: O-E = 1, V = 1/2, chi-square 2.
        double[] d = {1, 2, 10, 11};
        boolean[] e = {true, true, true, true};
        int[] g = {0, 1, 0, 1};
        int[] replication = {0, 0, 1, 1};
        LogRankTest stratified = LogRankTest.stratified(d, e, g, 2, replication);
        assertEquals(2.0, stratified.chiSquare(), 1e-14);
        assertEquals(1, stratified.degreesOfFreedom());
        assertEquals(Erf.erfc(1), stratified.pValue(), 1e-14);
        // pooled, replication 1's late leavers dilute the risk sets of replication 0's early ones:
        // t=1: N=4, N0=2, O-E = 1/2, V = 1/4; t=2: N=3, N0=1, O-E = -1/3, V = 2/9; t=10: O-E = 1/2, V = 1/4.
        double oMinusE = 0.5 - 1.0 / 3 + 0.5;
        double v = 0.25 + 2.0 / 9 + 0.25;
        assertEquals(oMinusE * oMinusE / v, LogRankTest.of(d, e, g, 2).chiSquare(), 1e-14);
    }

    @Test
    void oneStratumIsTheUnstratifiedTestAndLabelsAreChecked() {
        double[] d = {1, 3, 2, 4, 2.5};
        boolean[] e = {true, true, true, true, false};
        int[] g = {0, 0, 1, 1, 1};
        assertEquals(LogRankTest.of(d, e, g, 2), LogRankTest.stratified(d, e, g, 2, new int[] {4, 4, 4, 4, 4}));
        assertThrows(IllegalArgumentException.class, () -> LogRankTest.stratified(d, e, g, 2, new int[] {0, 0, -1, 0, 0}));
        assertThrows(IllegalArgumentException.class, () -> LogRankTest.stratified(d, e, g, 2, new int[] {0}));
    }

    @Test
    void identicalGroupsGiveNoEvidence() {
        SplittableRandom random = new SplittableRandom(3);
        int n = 500;
        double[] d = new double[2 * n];
        boolean[] e = new boolean[2 * n];
        int[] g = new int[2 * n];
        for (int i = 0; i < n; i++) {
            d[i] = exponential(random, 1);
            d[n + i] = d[i];
            e[i] = random.nextDouble() < 0.8;
            e[n + i] = e[i];
            g[n + i] = 1;
        }
        LogRankTest copies = LogRankTest.of(d, e, g, 2);
        assertEquals(0, copies.chiSquare(), 1e-9);
        assertEquals(1, copies.pValue(), 1e-6);
        for (int i = 0; i < 2 * n; i++) {
            d[i] = exponential(random, 1);
            g[i] = i % 3;
        }
        // under the null p is uniform: this fails for one seed in a thousand
        assertTrue(LogRankTest.of(d, e, g, 3).pValue() > 0.001);
    }

    @Test
    void separatesDifferentHazardsAndIgnoresHowGroupsAreNumbered() {
        SplittableRandom random = new SplittableRandom(4);
        int n = 400;
        double[] d = new double[3 * n];
        boolean[] e = new boolean[3 * n];
        int[] g = new int[3 * n];
        int[] relabelled = new int[3 * n];
        double[] rates = {1, 2, 1};
        for (int i = 0; i < 3 * n; i++) {
            g[i] = i % 3;
            relabelled[i] = (g[i] + 1) % 3;
            double event = exponential(random, rates[g[i]]);
            double censor = exponential(random, 0.3);
            d[i] = Math.min(event, censor);
            e[i] = event <= censor;
        }
        LogRankTest test = LogRankTest.of(d, e, g, 3);
        assertEquals(2, test.degreesOfFreedom());
        assertTrue(test.pValue() < 1e-6, "p = " + test.pValue());
        assertEquals(test.chiSquare(), LogRankTest.of(d, e, relabelled, 3).chiSquare(), 1e-9 * test.chiSquare());
    }

    @Test
    void runsOnLargeSamplesAndRejectsBadInput() {
        SplittableRandom random = new SplittableRandom(5);
        int n = 200_000;
        double[] d = new double[n];
        boolean[] e = new boolean[n];
        int[] g = new int[n];
        for (int i = 0; i < n; i++) {
            g[i] = i % 2;
            d[i] = Math.ceil(exponential(random, g[i] == 0 ? 1 : 1.05) * 30);
            e[i] = true;
        }
        assertTrue(LogRankTest.of(d, e, g, 2).pValue() < 0.01);
        assertTrue(Double.isNaN(LogRankTest.of(new double[] {1, 2}, new boolean[2], new int[] {0, 1}, 2).pValue()));
        assertThrows(IllegalArgumentException.class, () -> LogRankTest.of(d, e, g, 1));
        assertThrows(IllegalArgumentException.class,
            () -> LogRankTest.of(new double[] {1}, new boolean[] {true}, new int[] {2}, 2));
    }
}

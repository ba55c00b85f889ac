package org.loyaltylab.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Erlang C against textbook values, direct summation and the Erlang B recursion. */
class ErlangCTest {

    @Test
    void matchesTheTextbookThreeServerQueue() {
        ErlangC q = new ErlangC(2, 1, 3);
        assertEquals(2.0, q.offeredLoad(), 1e-15);
        assertEquals(2.0 / 3, q.utilisation(), 1e-15);
        assertEquals(4.0 / 9, q.probabilityOfWait(), 1e-13);
        assertEquals(4.0 / 9, q.meanWait(), 1e-13);
        assertEquals(1.0, q.meanWaitGivenWait(), 1e-15);
        assertEquals(4.0 / 9 * Math.exp(-1.5), q.probabilityWaitExceeds(1.5), 1e-13);
        assertEquals(q.probabilityOfWait(), q.probabilityWaitExceeds(0), 0);
        assertEquals(1.0, q.probabilityWaitExceeds(-1), 0);
    }

    @Test
    void reducesToMm1AndMatchesAHandComputedTwoServerQueue() {
        ErlangC mm1 = new ErlangC(0.6, 1, 1);
        assertEquals(0.6, mm1.probabilityOfWait(), 1e-13);
        assertEquals(0.6 / (1 - 0.6), mm1.meanWait(), 1e-13);
        // a = 1, c = 2: B = (1/2) / (1 + 1 + 1/2) = 1/5, C = B / (1 - rho (1 - B)) = 0.2 / 0.6
        ErlangC two = new ErlangC(3, 3, 2);
        assertEquals(1.0 / 3, two.probabilityOfWait(), 1e-13);
        assertEquals(1.0 / 3 / 3, two.meanWait(), 1e-13);
    }

    @Test
    void matchesDirectSummationOfTheStationaryDistribution() {
        double[][] cases = {{0.5, 1, 1}, {4, 1.5, 3}, {7.5, 1, 9}, {2, 0.25, 12}};
        for (double[] x : cases) {
            double lambda = x[0];
            double mu = x[1];
            int c = (int) x[2];
            double a = lambda / mu;
            double w = 1;
            double total = 0;
            double waiting = 0;
            double queue = 0;
            for (int n = 0; n < c + 5000; n++) {
                if (n > 0) {
                    w *= a / Math.min(n, c);
                }
                total += w;
                waiting += n >= c ? w : 0;
                queue += Math.max(0, n - c) * w;
            }
            ErlangC q = new ErlangC(lambda, mu, c);
            assertEquals(waiting / total, q.probabilityOfWait(), 1e-12, "P(wait) " + c);
            assertEquals(queue / total / lambda, q.meanWait(), 1e-12 * q.meanWait(), "E[W] " + c);
        }
    }

    @Test
    void staysAccurateForThousandsOfServersNearSaturation() {
        double[][] cases = {{980, 1000}, {1990, 2000}, {1999.9, 2000}, {1500, 2000}};
        for (double[] x : cases) {
            double a = x[0];
            int c = (int) x[1];
            double b = 1;
            for (int k = 1; k <= c; k++) {
                b = a * b / (k + a * b);
            }
            double expected = b / (1 - a / c * (1 - b));
            ErlangC q = new ErlangC(a, 1, c);
            assertTrue(q.probabilityOfWait() > 0 && q.probabilityOfWait() < 1);
            assertEquals(expected, q.probabilityOfWait(), 1e-10 * expected, "a " + a + ", c " + c);
        }
    }

    @Test
    void rejectsUnstableAndInvalidQueues() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ErlangC(3, 1, 3));
        assertTrue(e.getMessage().contains("unstable"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new ErlangC(0, 1, 3));
        assertThrows(IllegalArgumentException.class, () -> new ErlangC(1, Double.NaN, 3));
        assertThrows(IllegalArgumentException.class, () -> new ErlangC(1, 1, 0));
    }
}

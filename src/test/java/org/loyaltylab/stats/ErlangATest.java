package org.loyaltylab.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Erlang A against truncated summation of its birth-death chain, and its limits. */
class ErlangATest {

    /** Returns {P(wait), E[queue]} by summing log weights from state 0 until far past the mode. */
    private static double[] truncatedSum(double lambda, double mu, int c, double theta) {
        int cap = 100_000;
        double[] logW = new double[cap];
        double max = 0;
        int end = 1;
        for (int n = 1; n < cap; n++, end++) {
            double death = n <= c ? n * mu : c * mu + (n - c) * theta;
            logW[n] = logW[n - 1] + Math.log(lambda / death);
            max = Math.max(max, logW[n]);
            if (death > lambda && logW[n] < max - 60) {
                break;
            }
        }
        double total = 0;
        double waiting = 0;
        double queue = 0;
        for (int n = 0; n < end; n++) {
            double w = Math.exp(logW[n] - max);
            total += w;
            waiting += n >= c ? w : 0;
            queue += Math.max(0, n - c) * w;
        }
        return new double[] {waiting / total, queue / total};
    }

    @Test
    void matchesTruncatedSummationOfTheBirthDeathChain() {
        double[][] cases = {{5, 2, 2, 0.7}, {0.5, 1, 1, 3}, {12, 1, 10, 0.2}, {30, 1, 10, 2}, {1990, 1, 2000, 0.5},
            {2400, 1, 2000, 0.1}, {5, 1, 2000, 1}};
        for (double[] x : cases) {
            int c = (int) x[2];
            double[] expected = truncatedSum(x[0], x[1], c, x[3]);
            ErlangA q = new ErlangA(x[0], x[1], c, x[3]);
            String what = java.util.Arrays.toString(x);
            assertEquals(expected[0], q.probabilityOfWait(), 1e-11 * Math.max(expected[0], 1e-300), what);
            assertEquals(expected[1], q.meanQueueLength(), 1e-11 * Math.max(expected[1], 1e-300), what);
            assertEquals(x[3] * expected[1] / x[0], q.probabilityOfAbandonment(), 1e-11 * q.probabilityOfAbandonment());
            assertEquals(expected[1] / x[0], q.meanWait(), 1e-11 * q.meanWait());
        }
    }

    @Test
    void approachesErlangCAsPatienceGrows() {
        double[][] cases = {{2, 1, 3}, {980, 1, 1000}, {0.9, 1, 1}};
        for (double[] x : cases) {
            ErlangC c = new ErlangC(x[0], x[1], (int) x[2]);
            ErlangA a = new ErlangA(x[0], x[1], (int) x[2], 1e-9);
            assertEquals(c.probabilityOfWait(), a.probabilityOfWait(), 1e-6 * c.probabilityOfWait());
            assertEquals(c.meanWait(), a.meanWait(), 1e-6 * c.meanWait());
            assertEquals(0, a.probabilityOfAbandonment(), 1e-6);
        }
    }

    @Test
    void overloadWithRarelyAbandoningCustomersShedsTheExcess() {
        // 200 arrivals, 100 served per unit time: nearly all find the servers busy, half abandon
        ErlangA q = new ErlangA(200, 1, 100, 1e-4);
        assertEquals(1, q.probabilityOfWait(), 1e-9);
        assertEquals(0.5, q.probabilityOfAbandonment(), 1e-6);
        assertEquals(0.5 * 200 / 1e-4, q.meanQueueLength(), 2);
    }

    @Test
    void rejectsInvalidParameters() {
        assertThrows(IllegalArgumentException.class, () -> new ErlangA(1, 1, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> new ErlangA(1, 1, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new ErlangA(Double.POSITIVE_INFINITY, 1, 1, 1));
    }
}

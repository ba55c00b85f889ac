package org.loyaltylab.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Erlang C and Erlang A against hand-computed values and direct summation. */
class ErlangTest {
    @Test
    void erlangCMatchesTextbookValues() {
        ErlangC q = new ErlangC(2, 1, 3);
        assertEquals(4.0 / 9, q.probabilityOfWait(), 1e-12);
        assertEquals(4.0 / 9, q.meanWait(), 1e-12);
        assertEquals(2.0, q.offeredLoad(), 1e-12);
        assertEquals(2.0 / 3, q.utilisation(), 1e-12);
        assertEquals(4.0 / 9 * Math.exp(-1.5), q.probabilityWaitExceeds(1.5), 1e-12);
        ErlangC mm1 = new ErlangC(0.6, 1, 1);
        assertEquals(0.6, mm1.probabilityOfWait(), 1e-12);
        assertEquals(0.6 / (1 - 0.6), mm1.meanWait(), 1e-12);
    }

    @Test
    void erlangCIsStableForThousandsOfServers() {
        ErlangC big = new ErlangC(980, 1, 1000);
        assertTrue(big.probabilityOfWait() > 0 && big.probabilityOfWait() < 1);
        assertThrows(IllegalArgumentException.class, () -> new ErlangC(3, 1, 3));
    }

    @Test
    void erlangAMatchesDirectSummation() {
        double lambda = 5;
        double mu = 2;
        int c = 2;
        double theta = 0.7;
        double[] w = new double[400];
        w[0] = 1;
        for (int n = 1; n < w.length; n++) {
            w[n] = w[n - 1] * lambda / (Math.min(n, c) * mu + Math.max(0, n - c) * theta);
        }
        double z = 0;
        double waiting = 0;
        double queue = 0;
        for (int n = 0; n < w.length; n++) {
            z += w[n];
            waiting += n >= c ? w[n] : 0;
            queue += Math.max(0, n - c) * w[n];
        }
        ErlangA a = new ErlangA(lambda, mu, c, theta);
        assertEquals(waiting / z, a.probabilityOfWait(), 1e-12);
        assertEquals(queue / z, a.meanQueueLength(), 1e-12);
        assertEquals(theta * queue / z / lambda, a.probabilityOfAbandonment(), 1e-12);
    }

    @Test
    void erlangAApproachesErlangCAsPatienceGrows() {
        ErlangC c = new ErlangC(2, 1, 3);
        ErlangA a = new ErlangA(2, 1, 3, 1e-7);
        assertEquals(c.probabilityOfWait(), a.probabilityOfWait(), 1e-5);
        assertEquals(c.meanWait(), a.meanWait(), 1e-5);
    }
}

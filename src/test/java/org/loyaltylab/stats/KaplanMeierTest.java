package org.loyaltylab.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Kaplan-Meier against the classic Gehan 6-MP table, a large exponential sample and edge cases. */
class KaplanMeierTest {
    /** Remission weeks under 6-MP (Gehan 1965); negative = censored. */
    private static final double[] GEHAN = {6, 6, 6, -6, 7, -9, 10, -10, -11, 13, 16, -17, -19, -20, 22, 23, -25,
        -32, -32, -34, -35};

    private static KaplanMeier gehan() {
        double[] d = new double[GEHAN.length];
        boolean[] e = new boolean[GEHAN.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = Math.abs(GEHAN[i]);
            e[i] = GEHAN[i] > 0;
        }
        return new KaplanMeier(d, e);
    }

    @Test
    void reproducesTheGehanTable() {
        KaplanMeier km = gehan();
        assertArrayEquals(new double[] {6, 7, 10, 13, 16, 22, 23}, km.times(), 0);
        assertArrayEquals(new int[] {21, 17, 15, 12, 11, 7, 6}, km.atRisk());
        assertArrayEquals(new int[] {3, 1, 1, 1, 1, 1, 1}, km.events());
        // survival, Greenwood SE and log-log 95 % band, as R's survfit(conf.type = "log-log") prints them
        double[][] table = {{0.857, 0.0764, 0.620, 0.952}, {0.807, 0.0869, 0.563, 0.923}, {0.753, 0.0963, 0.503, 0.889},
            {0.690, 0.1068, 0.432, 0.849}, {0.627, 0.1141, 0.368, 0.805}, {0.538, 0.1282, 0.268, 0.747},
            {0.448, 0.1346, 0.188, 0.680}};
        for (int j = 0; j < table.length; j++) {
            assertEquals(table[j][0], km.survival()[j], 0.0005, "S");
            assertEquals(table[j][1], km.standardErrors()[j], 0.00005, "SE");
            assertEquals(table[j][2], km.lowerBounds()[j], 0.0005, "lower");
            assertEquals(table[j][3], km.upperBounds()[j], 0.0005, "upper");
        }
        // by hand at t = 6: S = 18/21, SE = S sqrt(3 / (21 * 18))
        assertEquals(18.0 / 21, km.survivalAt(6), 1e-15);
        assertEquals(18.0 / 21 * Math.sqrt(3.0 / (21 * 18)), km.standardErrorAt(6), 1e-15);
    }

    @Test
    void isARightContinuousStepFunction() {
        KaplanMeier km = gehan();
        assertEquals(1, km.survivalAt(5.99), 0);
        assertEquals(0, km.standardErrorAt(5.99), 0);
        assertEquals(1, km.lowerAt(0), 0);
        assertEquals(km.survivalAt(13), km.survivalAt(15.99), 0);
        assertEquals(km.lowerBounds()[3], km.lowerAt(14), 0);
        assertEquals(km.upperBounds()[3], km.upperAt(14), 0);
        assertEquals(km.survival()[6], km.survivalAt(100), 0);
        assertEquals(21, km.atRiskAt(6));
        assertEquals(16, km.atRiskAt(8));
        assertEquals(0, km.atRiskAt(36));
        assertEquals(23, km.medianSurvival(), 0);
    }

    @Test
    void coversTheTrueCurveOfALargeExponentialSample() {
        int n = 100_000;
        double rate = 0.5;
        SplittableRandom random = new SplittableRandom(20);
        double[] d = new double[n];
        boolean[] e = new boolean[n];
        for (int i = 0; i < n; i++) {
            double event = -Math.log(1 - random.nextDouble()) / rate;
            double censor = -Math.log(1 - random.nextDouble()) / 0.2;
            d[i] = Math.min(event, censor);
            e[i] = event <= censor;
        }
        KaplanMeier km = new KaplanMeier(d, e);
        double widen = 3.290526731491926 / 1.959963984540054; // 99.9 % per point instead of 95 %
        for (double t : new double[] {0.1, 0.5, 1, 2, 4, 6}) {
            double s = km.survivalAt(t);
            assertTrue(km.lowerAt(t) < s && s < km.upperAt(t));
            double half = Math.max(s - km.lowerAt(t), km.upperAt(t) - s) * widen;
            assertEquals(Math.exp(-rate * t), s, half, "S(" + t + ")");
        }
        assertEquals(Math.log(2) / rate, km.medianSurvival(), 0.02);
    }

    @Test
    void handlesCurvesThatReachZeroOrNeverDrop() {
        KaplanMeier all = new KaplanMeier(new double[] {3, 1, 2}, new boolean[] {true, true, true});
        assertArrayEquals(new double[] {2.0 / 3, 1.0 / 3, 0}, all.survival(), 1e-15);
        assertEquals(2, all.medianSurvival(), 0);
        assertTrue(Double.isNaN(all.standardErrorAt(3)));
        assertEquals(0, all.lowerAt(3), 0);
        assertEquals(0, all.upperAt(3), 0);
        KaplanMeier censored = new KaplanMeier(new double[] {1, 2}, new boolean[] {false, false});
        assertEquals(0, censored.times().length);
        assertEquals(1, censored.survivalAt(5), 0);
        assertTrue(Double.isNaN(censored.medianSurvival()));
        assertEquals(1, new KaplanMeier(new double[0], new boolean[0]).survivalAt(1), 0);
        assertThrows(IllegalArgumentException.class, () -> new KaplanMeier(new double[] {-1}, new boolean[] {true}));
        assertThrows(IllegalArgumentException.class, () -> new KaplanMeier(new double[] {1}, new boolean[2]));
    }
}

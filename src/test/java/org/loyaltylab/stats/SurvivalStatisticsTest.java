package org.loyaltylab.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Kaplan-Meier and the log-rank test against the classic Gehan 6-MP data and known cases. */
class SurvivalStatisticsTest {
    /** Remission times under 6-MP (Gehan 1965); negative = censored. */
    private static final double[] GEHAN = {6, 6, 6, -6, 7, -9, 10, -10, -11, 13, 16, -17, -19, -20, 22, 23, -25,
        -32, -32, -34, -35};

    @Test
    void kaplanMeierReproducesTheTextbookTable() {
        double[] d = new double[GEHAN.length];
        boolean[] e = new boolean[GEHAN.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = Math.abs(GEHAN[i]);
            e[i] = GEHAN[i] > 0;
        }
        KaplanMeier km = new KaplanMeier(d, e);
        double[][] expected = {{6, 0.857}, {7, 0.807}, {10, 0.753}, {13, 0.690}, {16, 0.627}, {22, 0.538}, {23, 0.448}};
        for (double[] x : expected) {
            assertEquals(x[1], km.survivalAt(x[0]), 0.0005, "S(" + x[0] + ")");
        }
        assertEquals(1.0, km.survivalAt(5.9), 0);
        assertEquals(0.076, km.standardError(6), 0.0005, "Greenwood SE at 6");
        assertEquals(21, km.atRiskAt(6));
        assertTrue(km.lowerAt(13) < 0.690 && km.upperAt(13) > 0.690 && km.upperAt(13) <= 1);
        assertEquals(23, km.medianSurvival(), 0, "median: first time S <= 0.5");
    }

    @Test
    void logRankSeparatesDifferentHazardsAndNotEqualOnes() {
        int n = 400;
        double[] d = new double[2 * n];
        boolean[] e = new boolean[2 * n];
        int[] g = new int[2 * n];
        java.util.Random r = new java.util.Random(4);
        for (int i = 0; i < 2 * n; i++) {
            g[i] = i < n ? 0 : 1;
            d[i] = -Math.log(r.nextDouble()) / (g[i] == 0 ? 1.0 : 2.0);
            e[i] = true;
        }
        LogRankTest different = LogRankTest.of(d, e, g, 2);
        assertEquals(1, different.degreesOfFreedom());
        assertTrue(different.pValue() < 1e-6, "p = " + different.pValue());
        int[] shuffled = new int[2 * n];
        for (int i = 0; i < 2 * n; i++) {
            shuffled[i] = i % 2;
        }
        double[] same = new double[2 * n];
        for (int i = 0; i < 2 * n; i++) {
            same[i] = -Math.log(r.nextDouble());
        }
        assertTrue(LogRankTest.of(same, e, shuffled, 2).pValue() > 0.001);
    }

    @Test
    void confidenceIntervalAndPairedComparisonMatchHandComputation() {
        ConfidenceInterval ci = ConfidenceInterval.studentT(new double[] {1, 2, 3, 4}, 0.95);
        assertEquals(2.5, ci.mean(), 1e-12);
        assertEquals(3.182446305 * Math.sqrt(5.0 / 3) / 2, ci.halfWidth(), 1e-8);
        assertTrue(ci.covers(2.5) && ci.excludesZero());
        PairedComparison p = PairedComparison.of(new double[] {3, 5, 7}, new double[] {1, 2, 3}, 0.95);
        assertEquals(3, p.difference().mean(), 1e-12);
        assertEquals(1.5, p.relativeChange(), 1e-12);
        assertTrue(p.pairedTP() < 0.1);
        PairedComparison none = PairedComparison.of(new double[] {1, 2}, new double[] {1, 2}, 0.95);
        assertEquals(1.0, none.wilcoxonP(), 0);
        assertTrue(Double.isNaN(ConfidenceInterval.studentT(new double[] {1}, 0.95).lower()));
    }
}

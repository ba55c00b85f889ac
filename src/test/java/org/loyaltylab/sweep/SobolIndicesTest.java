package org.loyaltylab.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.random.Well19937c;
import org.loyaltylab.stats.SobolIndices;
import org.loyaltylab.stats.StandardisedRegression;
import org.junit.jupiter.api.Test;

/** Saltelli sampling and the Sobol estimators on the Ishigami function, whose indices are known. */
class SobolIndicesTest {
    private static double ishigami(double[] u) {
        double x1 = -Math.PI + 2 * Math.PI * u[0];
        double x2 = -Math.PI + 2 * Math.PI * u[1];
        double x3 = -Math.PI + 2 * Math.PI * u[2];
        return Math.sin(x1) + 7 * Math.pow(Math.sin(x2), 2) + 0.1 * Math.pow(x3, 4) * Math.sin(x1);
    }

    @Test
    void ishigamiIndicesMatchTheirAnalyticValues() {
        int n = 4096;
        int k = 3;
        double[][] x = Design.saltelli(n, k);
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = ishigami(x[i]);
        }
        double[] fA = java.util.Arrays.copyOfRange(y, 0, n);
        double[] fB = java.util.Arrays.copyOfRange(y, n, 2 * n);
        double[][] fAB = new double[k][];
        for (int i = 0; i < k; i++) {
            fAB[i] = java.util.Arrays.copyOfRange(y, (2 + i) * n, (3 + i) * n);
        }
        SobolIndices.Index[] idx = SobolIndices.estimate(fA, fB, fAB, 300, new Well19937c(1));
        double[] first = {0.3139, 0.4424, 0.0};
        double[] total = {0.5576, 0.4424, 0.2437};
        for (int i = 0; i < k; i++) {
            assertEquals(first[i], idx[i].first(), 0.05, "S" + (i + 1));
            assertEquals(total[i], idx[i].total(), 0.05, "ST" + (i + 1));
            assertTrue(idx[i].firstLow() <= idx[i].first() && idx[i].first() <= idx[i].firstHigh());
        }
    }

    @Test
    void standardisedRegressionRecoversALinearModel() {
        double[][] x = Design.latinHypercube(500, 2, 3);
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = 3 * x[i][0] + 1 * x[i][1];
        }
        StandardisedRegression src = StandardisedRegression.fit(x, y);
        assertEquals(3 / Math.sqrt(10), src.coefficients()[0], 0.02);
        assertEquals(1 / Math.sqrt(10), src.coefficients()[1], 0.02);
        assertEquals(1.0, src.rSquared(), 1e-9);
    }
}

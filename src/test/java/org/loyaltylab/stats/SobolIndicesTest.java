package org.loyaltylab.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.function.ToDoubleFunction;
import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;

/** Saltelli's design and the Sobol estimators on models whose indices are known. */
class SobolIndicesTest {

    /** Evaluates a model on the Saltelli design and estimates its indices. */
    private static SobolIndices.Index[] indices(int n, int k, ToDoubleFunction<double[]> model) {
        double[][] x = SobolIndices.saltelliDesign(n, k);
        double[] y = Arrays.stream(x).mapToDouble(model).toArray();
        double[][] fAB = new double[k][];
        for (int i = 0; i < k; i++) {
            fAB[i] = Arrays.copyOfRange(y, (2 + i) * n, (3 + i) * n);
        }
        return SobolIndices.estimate(Arrays.copyOfRange(y, 0, n), Arrays.copyOfRange(y, n, 2 * n), fAB, 500,
                new Well19937c(1));
    }

    @Test
    void designHoldsAThenBThenAWithOneColumnFromB() {
        int n = 8;
        int k = 3;
        double[][] x = SobolIndices.saltelliDesign(n, k);
        assertEquals((k + 2) * n, x.length);
        assertTrue(Arrays.stream(x).flatMapToDouble(Arrays::stream).allMatch(u -> u >= 0 && u < 1));
        assertTrue(Arrays.stream(x[0]).anyMatch(u -> u > 0), "the origin is skipped");
        for (int r = 0; r < n; r++) {
            for (int i = 0; i < k; i++) {
                for (int j = 0; j < k; j++) {
                    assertEquals(j == i ? x[n + r][j] : x[r][j], x[(2 + i) * n + r][j], 0);
                }
            }
        }
    }

    @Test
    void recoversTheIshigamiIndices() {
        SobolIndices.Index[] idx = indices(4096, 3, u -> {
            double x1 = Math.PI * (2 * u[0] - 1);
            double x2 = Math.PI * (2 * u[1] - 1);
            double x3 = Math.PI * (2 * u[2] - 1);
            return Math.sin(x1) + 7 * Math.pow(Math.sin(x2), 2) + 0.1 * Math.pow(x3, 4) * Math.sin(x1);
        });
        double[] first = {0.3139, 0.4424, 0};
        double[] total = {0.5576, 0.4424, 0.2437};
        for (int i = 0; i < 3; i++) {
            assertEquals(first[i], idx[i].first(), 0.05, "S" + (i + 1));
            assertEquals(total[i], idx[i].total(), 0.05, "ST" + (i + 1));
            assertTrue(idx[i].firstLow() < idx[i].firstHigh() && idx[i].totalLow() < idx[i].totalHigh());
        }
    }

    @Test
    void linearModelIndicesAreItsVarianceShares() {
        double[] c = {1, 2, 3};
        SobolIndices.Index[] idx = indices(2048, 3, u -> c[0] * u[0] + c[1] * u[1] + c[2] * u[2]);
        for (int i = 0; i < 3; i++) {
            double share = c[i] * c[i] / 14;
            SobolIndices.Index x = idx[i];
            // the intervals span about four bootstrap standard errors
            assertEquals(share, x.first(), x.firstHigh() - x.firstLow(), "S" + (i + 1));
            assertEquals(share, x.total(), x.totalHigh() - x.totalLow(), "ST" + (i + 1));
            assertTrue(x.firstHigh() - x.firstLow() < 0.1 && x.totalHigh() - x.totalLow() < 0.1);
        }
    }

    @Test
    void isReproducibleAndUndefinedWithoutVariance() {
        SobolIndices.Index[] a = indices(64, 2, u -> u[0] + u[1] * u[1]);
        SobolIndices.Index[] b = indices(64, 2, u -> u[0] + u[1] * u[1]);
        assertArrayEquals(a, b);
        assertTrue(Double.isNaN(indices(16, 2, u -> 1)[0].first()));
        assertThrows(IllegalArgumentException.class,
            () -> SobolIndices.estimate(new double[4], new double[3], new double[1][4], 10, new Well19937c(1)));
        assertThrows(IllegalArgumentException.class, () -> SobolIndices.saltelliDesign(4, 501));
    }
}

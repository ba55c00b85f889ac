package org.loyaltylab.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.apache.commons.math3.stat.StatUtils;
import org.junit.jupiter.api.Test;

/** Standardised regression coefficients of known linear models. */
class StandardisedRegressionTest {

    @Test
    void recoversAnExactLinearModel() {
        SplittableRandom random = new SplittableRandom(8);
        int n = 200;
        double[][] x = new double[n][3];
        double[] y = new double[n];
        double[] beta = {3, -1, 0.5};
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < 3; j++) {
                x[i][j] = random.nextDouble() * (j + 1);
            }
            y[i] = 10 + beta[0] * x[i][0] + beta[1] * x[i][1] + beta[2] * x[i][2];
        }
        StandardisedRegression src = StandardisedRegression.fit(x, y);
        double sdY = Math.sqrt(StatUtils.variance(y));
        for (int j = 0; j < 3; j++) {
            double[] column = new double[n];
            for (int i = 0; i < n; i++) {
                column[i] = x[i][j];
            }
            assertEquals(beta[j] * Math.sqrt(StatUtils.variance(column)) / sdY, src.coefficients()[j], 1e-10);
        }
        assertEquals(1, src.rSquared(), 1e-12);
    }

    @Test
    void noisyIndependentInputsShareTheExplainedVariance() {
        // y = x1 + 2 x2 + e with unit-variance x1, x2, e: SRC = (1, 2) / sqrt(6), R^2 = 5/6
        SplittableRandom random = new SplittableRandom(9);
        int n = 20_000;
        double[][] x = new double[n][2];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i][0] = gaussian(random);
            x[i][1] = gaussian(random);
            y[i] = x[i][0] + 2 * x[i][1] + gaussian(random);
        }
        StandardisedRegression src = StandardisedRegression.fit(x, y);
        // sampling standard errors are about 1 / sqrt(n) = 0.007: allow four
        assertEquals(1 / Math.sqrt(6), src.coefficients()[0], 0.03);
        assertEquals(2 / Math.sqrt(6), src.coefficients()[1], 0.03);
        assertEquals(5.0 / 6, src.rSquared(), 0.03);
    }

    private static double gaussian(SplittableRandom random) {
        return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    @Test
    void isUndefinedForDegenerateDesigns() {
        double[][] constant = {{1, 1}, {1, 2}, {1, 3}, {1, 5}};
        assertTrue(Double.isNaN(StandardisedRegression.fit(constant, new double[] {1, 2, 3, 4}).rSquared()));
        double[][] collinear = {{1, 2}, {2, 4}, {3, 6}, {4, 8}, {5, 10}};
        assertTrue(Double.isNaN(StandardisedRegression.fit(collinear, new double[] {1, 3, 2, 5, 4}).coefficients()[0]));
        assertTrue(Double.isNaN(StandardisedRegression.fit(new double[][] {{1}, {2}}, new double[] {1, 2}).rSquared()));
        assertThrows(IllegalArgumentException.class, () -> StandardisedRegression.fit(new double[][] {{1}}, new double[2]));
    }

    @Test
    void keepsItsCoefficientsToItself() {
        StandardisedRegression src = new StandardisedRegression(new double[] {0.5}, 0.25);
        src.coefficients()[0] = 9;
        assertEquals(0.5, src.coefficients()[0], 0);
    }
}

package org.loyaltylab.stats;

import java.util.Arrays;
import org.apache.commons.math3.linear.SingularMatrixException;
import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;

/**
 * Standardised regression coefficients (SRC): the ordinary least-squares coefficients of a response
 * on k inputs, all scaled to zero mean and unit variance, with the R<sup>2</sup> of the fit. For a
 * nearly linear model (R<sup>2</sup> close to 1) SRC<sub>j</sub><sup>2</sup> approximates input j's share of
 * the output variance.
 *
 * @param coefficients one SRC per input
 * @param rSquared     the share of the response's variance the linear fit explains
 */
public record StandardisedRegression(double[] coefficients, double rSquared) {
    /** QR pivots below this share of a standardised column's norm mark the inputs collinear. */
    private static final double COLLINEARITY = 1e-10;

    /**
     * Creates the result, keeping a copy of the coefficients.
     *
     * @param coefficients one SRC per input
     * @param rSquared     the share of the response's variance the linear fit explains
     */
    public StandardisedRegression {
        coefficients = coefficients.clone();
    }

    /**
     * Returns the coefficients.
     *
     * @return a copy of the SRCs, one per input
     */
    @Override
    public double[] coefficients() {
        return coefficients.clone();
    }

    /**
     * Fits the regression (Commons Math {@link OLSMultipleLinearRegression}, with intercept).
     *
     * @param x inputs, one row of k values per observation
     * @param y the response, one value per observation
     * @return the SRCs and R<sup>2</sup>; all NaN if there are no more than k + 1 observations, an input
     *         or the response is constant, or the inputs are collinear
     * @throws IllegalArgumentException if x and y differ in length or the rows of x are ragged or empty
     */
    public static StandardisedRegression fit(double[][] x, double[] y) {
        int n = y.length;
        int k = n == 0 ? 0 : x[0].length;
        if (x.length != n || Arrays.stream(x).anyMatch(row -> row.length != k || k == 0)) {
            throw new IllegalArgumentException("need one row of k >= 1 inputs per response value");
        }
        double[] nan = new double[k];
        Arrays.fill(nan, Double.NaN);
        StandardisedRegression undefined = new StandardisedRegression(nan, Double.NaN);
        if (n <= k + 1) {
            return undefined;
        }
        double[][] z = new double[n][k];
        for (int j = 0; j < k; j++) {
            double[] column = new double[n];
            for (int i = 0; i < n; i++) {
                column[i] = x[i][j];
            }
            double[] standard = standardise(column);
            if (standard == null) {
                return undefined;
            }
            for (int i = 0; i < n; i++) {
                z[i][j] = standard[i];
            }
        }
        double[] zy = standardise(y);
        if (zy == null) {
            return undefined;
        }
        OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression(COLLINEARITY * Math.sqrt(n));
        ols.newSampleData(zy, z);
        try {
            double[] beta = ols.estimateRegressionParameters();
            return new StandardisedRegression(Arrays.copyOfRange(beta, 1, beta.length), ols.calculateRSquared());
        } catch (SingularMatrixException e) {
            return undefined;
        }
    }

    /** Returns the values scaled to zero mean and unit variance, or null if they are constant. */
    private static double[] standardise(double[] values) {
        double mean = StatUtils.mean(values);
        double sd = Math.sqrt(StatUtils.variance(values, mean));
        if (!(sd > 0)) {
            return null;
        }
        double[] z = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            z[i] = (values[i] - mean) / sd;
        }
        return z;
    }
}

package org.loyaltylab.stats;

import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;

/**
 * Standardised regression coefficients (SRC): the least-squares coefficients of a response on
 * inputs after scaling each to zero mean and unit variance, and the R squared of the fit. For a
 * nearly linear model, SRC squared approximates each input's share of the output variance.
 *
 * @param coefficients one SRC per input
 * @param rSquared     the share of variance the linear fit explains
 */
public record StandardisedRegression(double[] coefficients, double rSquared) {

    /**
     * @param x inputs, one row per observation
     * @param y the response
     * @return the SRCs; NaN coefficients if the design has constant columns or too few rows
     */
    public static StandardisedRegression fit(double[][] x, double[] y) {
        int n = y.length;
        int k = x.length == 0 ? 0 : x[0].length;
        double[] nan = new double[k];
        java.util.Arrays.fill(nan, Double.NaN);
        if (n <= k + 1) {
            return new StandardisedRegression(nan, Double.NaN);
        }
        double[][] z = new double[n][k];
        for (int j = 0; j < k; j++) {
            double[] col = new double[n];
            for (int i = 0; i < n; i++) {
                col[i] = x[i][j];
            }
            double mean = StatUtils.mean(col);
            double sd = Math.sqrt(StatUtils.variance(col));
            if (!(sd > 0)) {
                return new StandardisedRegression(nan, Double.NaN);
            }
            for (int i = 0; i < n; i++) {
                z[i][j] = (col[i] - mean) / sd;
            }
        }
        double ySd = Math.sqrt(StatUtils.variance(y));
        double yMean = StatUtils.mean(y);
        if (!(ySd > 0)) {
            return new StandardisedRegression(nan, Double.NaN);
        }
        double[] zy = new double[n];
        for (int i = 0; i < n; i++) {
            zy[i] = (y[i] - yMean) / ySd;
        }
        OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression();
        ols.newSampleData(zy, z);
        double[] beta = ols.estimateRegressionParameters();
        return new StandardisedRegression(java.util.Arrays.copyOfRange(beta, 1, beta.length), ols.calculateRSquared());
    }
}

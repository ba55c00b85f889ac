package org.loyaltylab.stats;

import java.util.Arrays;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.linear.SingularMatrixException;

/**
 * The log-rank test that two or more groups share one survival function, from right-censored
 * durations: chi-square statistic (full covariance form) with groups - 1 degrees of freedom.
 *
 * @param chiSquare the statistic
 * @param degreesOfFreedom groups minus one
 * @param pValue    the upper-tail chi-square probability
 */
public record LogRankTest(double chiSquare, int degreesOfFreedom, double pValue) {

    /**
     * @param durations time to the event or to censoring
     * @param observed  true where the event was observed
     * @param group     each subject's group, 0 to groups - 1
     * @param groups    the number of groups, at least 2
     * @return the test
     */
    public static LogRankTest of(double[] durations, boolean[] observed, int[] group, int groups) {
        int n = durations.length;
        Integer[] order = Durations.ascendingOrder(durations);
        int[] atRisk = new int[groups];
        for (int g : group) {
            atRisk[g]++;
        }
        int m = groups - 1;
        double[] oMinusE = new double[m];
        double[][] v = new double[m][m];
        int i = 0;
        while (i < n) {
            double time = durations[order[i]];
            int[] deaths = new int[groups];
            int[] leaving = new int[groups];
            while (i < n && durations[order[i]] == time) {
                int g = group[order[i]];
                deaths[g] += observed[order[i]] ? 1 : 0;
                leaving[g]++;
                i++;
            }
            int total = Arrays.stream(atRisk).sum();
            int d = Arrays.stream(deaths).sum();
            if (d > 0 && total > 1) {
                for (int a = 0; a < m; a++) {
                    double pa = atRisk[a] / (double) total;
                    oMinusE[a] += deaths[a] - d * pa;
                    double factor = d * (total - d) / (double) (total - 1);
                    for (int b = 0; b < m; b++) {
                        double pb = atRisk[b] / (double) total;
                        v[a][b] += factor * ((a == b ? pa : 0) - pa * pb);
                    }
                }
            }
            for (int g = 0; g < groups; g++) {
                atRisk[g] -= leaving[g];
            }
        }
        double chi = quadraticForm(oMinusE, v);
        double p = m > 0 && chi >= 0 ? 1 - new ChiSquaredDistribution(m).cumulativeProbability(chi) : Double.NaN;
        return new LogRankTest(chi, m, p);
    }

    private static double quadraticForm(double[] x, double[][] v) {
        ArrayRealVector vector = new ArrayRealVector(x);
        try {
            RealVector solved = new LUDecomposition(new Array2DRowRealMatrix(v)).getSolver().solve(vector);
            return solved.dotProduct(vector);
        } catch (SingularMatrixException e) {
            return Double.NaN;
        }
    }
}

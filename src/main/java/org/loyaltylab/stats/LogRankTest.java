package org.loyaltylab.stats;

import java.util.Arrays;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;

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
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(durations[a], durations[b]));
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
        org.apache.commons.math3.linear.RealMatrix matrix = new org.apache.commons.math3.linear.Array2DRowRealMatrix(v);
        try {
            org.apache.commons.math3.linear.RealVector solved = new org.apache.commons.math3.linear.LUDecomposition(matrix)
                    .getSolver().solve(new org.apache.commons.math3.linear.ArrayRealVector(x));
            return solved.dotProduct(new org.apache.commons.math3.linear.ArrayRealVector(x));
        } catch (org.apache.commons.math3.linear.SingularMatrixException e) {
            return Double.NaN;
        }
    }
}

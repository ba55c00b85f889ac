package org.loyaltylab.stats;

import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.SobolSequenceGenerator;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/**
 * First-order and total Sobol sensitivity indices by Saltelli's sampling scheme: two independent
 * N x k input matrices A and B, and for each factor i the matrix A<sub>B</sub><sup>i</sup>, which is A
 * with column i taken from B.
 * <p>
 * With V the variance of f over the rows of A and B together and f centred on their mean,
 * <ul>
 * <li>first order (Saltelli et al. 2010): S<sub>i</sub> = mean(f(B) (f(A<sub>B</sub><sup>i</sup>) - f(A))) / V;
 * centring leaves its expectation unchanged and cuts its variance sharply;</li>
 * <li>total (Jansen 1999): S<sub>Ti</sub> = mean((f(A) - f(A<sub>B</sub><sup>i</sup>))<sup>2</sup>) / (2V).</li>
 * </ul>
 * Each index comes with a 95 % bootstrap percentile interval over resampled rows.
 *
 * @see <a href="https://doi.org/10.1016/j.cpc.2009.09.018">Saltelli et al., Variance based sensitivity
 *      analysis of model output (2010)</a>
 */
public final class SobolIndices {
    /**
     * One factor's indices with their 95 % bootstrap percentile intervals.
     *
     * @param first     first-order index S<sub>i</sub>
     * @param firstLow  lower bound of S<sub>i</sub>
     * @param firstHigh upper bound of S<sub>i</sub>
     * @param total     total index S<sub>Ti</sub>
     * @param totalLow  lower bound of S<sub>Ti</sub>
     * @param totalHigh upper bound of S<sub>Ti</sub>
     */
    public record Index(double first, double firstLow, double firstHigh, double total, double totalLow,
                        double totalHigh) {
    }

    private SobolIndices() {
    }

    /**
     * Builds Saltelli's design in the unit hypercube from a Sobol sequence of dimension 2k (Commons
     * Math, first point skipped): its first k coordinates give A, its last k give B. The result has
     * (k + 2) N rows in blocks of N: A, then B, then A<sub>B</sub><sup>i</sup> for i = 1..k.
     *
     * @param n the number of base rows N
     * @param k the number of factors, 1 to 500
     * @return the design, one row of k unit coordinates per model evaluation
     * @throws IllegalArgumentException if {@code n < 1} or k is out of range
     */
    public static double[][] saltelliDesign(int n, int k) {
        if (n < 1 || k < 1 || 2 * k > 1000) {
            throw new IllegalArgumentException("need n >= 1 and 1 <= k <= 500, got n " + n + ", k " + k);
        }
        SobolSequenceGenerator sobol = new SobolSequenceGenerator(2 * k);
        sobol.skipTo(1);
        double[][] design = new double[(k + 2) * n][k];
        for (int r = 0; r < n; r++) {
            double[] ab = sobol.nextVector();
            for (int j = 0; j < k; j++) {
                design[r][j] = ab[j];
                design[n + r][j] = ab[k + j];
                for (int i = 0; i < k; i++) {
                    design[(2 + i) * n + r][j] = ab[j == i ? k + j : j];
                }
            }
        }
        return design;
    }

    /**
     * Estimates the indices of every factor.
     *
     * @param fA        f at the rows of A (length N)
     * @param fB        f at the rows of B (length N)
     * @param fAB       f at the rows of A<sub>B</sub><sup>i</sup>, one array of length N per factor i
     * @param resamples the number of bootstrap resamples, e.g. 1000
     * @param random    the bootstrap's generator, seeded for reproducibility
     * @return the indices, one per factor; NaN where f has no variance
     * @throws IllegalArgumentException if the lengths differ, N &lt; 2 or {@code resamples < 1}
     */
    public static Index[] estimate(double[] fA, double[] fB, double[][] fAB, int resamples, RandomGenerator random) {
        int n = fA.length;
        int k = fAB.length;
        for (double[] f : fAB) {
            if (f.length != n) {
                throw new IllegalArgumentException("every f(A_B^i) needs the length of f(A), " + n + ", got " + f.length);
            }
        }
        if (fB.length != n || n < 2 || resamples < 1) {
            throw new IllegalArgumentException("need f(A) and f(B) of equal length >= 2 and resamples >= 1, got "
                    + n + ", " + fB.length + ", " + resamples);
        }
        int[] rows = new int[n];
        for (int r = 0; r < n; r++) {
            rows[r] = r;
        }
        double[][] point = indices(fA, fB, fAB, rows);
        double[][][] boot = new double[2][k][resamples];
        for (int b = 0; b < resamples; b++) {
            for (int r = 0; r < n; r++) {
                rows[r] = random.nextInt(n);
            }
            double[][] est = indices(fA, fB, fAB, rows);
            for (int i = 0; i < k; i++) {
                boot[0][i][b] = est[0][i];
                boot[1][i][b] = est[1][i];
            }
        }
        Percentile percentile = new Percentile();
        Index[] out = new Index[k];
        for (int i = 0; i < k; i++) {
            out[i] = new Index(point[0][i], percentile.evaluate(boot[0][i], 2.5), percentile.evaluate(boot[0][i], 97.5),
                    point[1][i], percentile.evaluate(boot[1][i], 2.5), percentile.evaluate(boot[1][i], 97.5));
        }
        return out;
    }

    /** Returns {first-order, total} indices of every factor over the given rows (all, or a resample). */
    private static double[][] indices(double[] fA, double[] fB, double[][] fAB, int[] rows) {
        int n = rows.length;
        int k = fAB.length;
        double mean = 0;
        for (int r : rows) {
            mean += fA[r] + fB[r];
        }
        mean /= 2 * n;
        double variance = 0;
        for (int r : rows) {
            variance += (fA[r] - mean) * (fA[r] - mean) + (fB[r] - mean) * (fB[r] - mean);
        }
        variance /= 2 * n;
        double[][] est = new double[2][k];
        for (int i = 0; i < k; i++) {
            double first = 0;
            double total = 0;
            for (int r : rows) {
                double change = fAB[i][r] - fA[r];
                first += (fB[r] - mean) * change;
                total += change * change;
            }
            est[0][i] = variance > 0 ? first / n / variance : Double.NaN;
            est[1][i] = variance > 0 ? total / (2.0 * n) / variance : Double.NaN;
        }
        return est;
    }
}

package org.loyaltylab.stats;

import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/**
 * First-order and total Sobol sensitivity indices from Saltelli's sampling scheme, with
 * bootstrap 95 % percentile intervals: first order by Saltelli et al. (2010) on centred
 * outputs (same expectation, far smaller variance),
 * {@code S_i = mean((f(B) - mean f) (f(A_B^i) - f(A))) / V}, total by Jansen (1999),
 * {@code ST_i = mean((f(A) - f(A_B^i))^2) / (2 V)}, with V the variance of f over A and B.
 */
public final class SobolIndices {
    /**
     * One factor's indices.
     *
     * @param first      first-order index S_i
     * @param firstLow   lower 95 % bound of S_i
     * @param firstHigh  upper 95 % bound of S_i
     * @param total      total index ST_i
     * @param totalLow   lower 95 % bound of ST_i
     * @param totalHigh  upper 95 % bound of ST_i
     */
    public record Index(double first, double firstLow, double firstHigh, double total, double totalLow,
                        double totalHigh) {
    }

    private SobolIndices() {
    }

    /**
     * @param fA         f at the rows of A (length N)
     * @param fB         f at the rows of B
     * @param fAB        f at the rows of A_B^i, one array per factor i
     * @param resamples  bootstrap resamples (e.g. 1000)
     * @param random     the bootstrap's generator (seeded, for reproducibility)
     * @return the indices of every factor
     */
    public static Index[] estimate(double[] fA, double[] fB, double[][] fAB, int resamples, RandomGenerator random) {
        int n = fA.length;
        int k = fAB.length;
        Index[] out = new Index[k];
        int[][] draws = new int[resamples][n];
        for (int b = 0; b < resamples; b++) {
            for (int j = 0; j < n; j++) {
                draws[b][j] = random.nextInt(n);
            }
        }
        for (int i = 0; i < k; i++) {
            double[] point = indices(fA, fB, fAB[i], identity(n));
            double[] firsts = new double[resamples];
            double[] totals = new double[resamples];
            for (int b = 0; b < resamples; b++) {
                double[] est = indices(fA, fB, fAB[i], draws[b]);
                firsts[b] = est[0];
                totals[b] = est[1];
            }
            Percentile q = new Percentile();
            out[i] = new Index(point[0], q.evaluate(firsts, 2.5), q.evaluate(firsts, 97.5), point[1],
                    q.evaluate(totals, 2.5), q.evaluate(totals, 97.5));
        }
        return out;
    }

    private static int[] identity(int n) {
        int[] rows = new int[n];
        for (int j = 0; j < n; j++) {
            rows[j] = j;
        }
        return rows;
    }

    /** @return {first, total} over the given rows */
    private static double[] indices(double[] fA, double[] fB, double[] fABi, int[] rows) {
        int n = rows.length;
        double sum = 0;
        for (int r : rows) {
            sum += fA[r] + fB[r];
        }
        double mean = sum / (2 * n);
        double variance = 0;
        double first = 0;
        double total = 0;
        for (int r : rows) {
            double a = fA[r] - mean;
            double b = fB[r] - mean;
            variance += a * a + b * b;
            first += b * (fABi[r] - fA[r]);
            double d = fA[r] - fABi[r];
            total += d * d;
        }
        variance /= 2 * n;
        if (variance <= 0) {
            return new double[] {Double.NaN, Double.NaN};
        }
        return new double[] {first / n / variance, total / (2.0 * n) / variance};
    }
}

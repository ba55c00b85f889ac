package org.loyaltylab.stats;

import java.util.Arrays;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.SingularMatrixException;
import org.apache.commons.math3.special.Gamma;

/**
 * The log-rank test that two or more groups share one survival function, from right-censored
 * durations. At each distinct event time the observed events of each group are compared with those
 * expected from its share of the number at risk; the statistic is the quadratic form
 * (O - E)<sup>T</sup> V<sup>-1</sup> (O - E) over the first G - 1 groups, with V the hypergeometric
 * covariance, referred to a chi-square distribution with G - 1 degrees of freedom. The p-value is the
 * chi-square upper tail, computed directly as {@link Gamma#regularizedGammaQ} so that small values
 * keep their precision. {@link #stratified} sums O - E and V over strata (e.g. replications). Construction sorts once per group, O(n log n).
 *
 * @param chiSquare        the statistic (NaN if V is singular, e.g. without events or with a group
 *                         nobody belongs to)
 * @param degreesOfFreedom the number of groups minus one
 * @param pValue           the upper-tail chi-square probability of the statistic
 * @see <a href="https://en.wikipedia.org/wiki/Logrank_test">Log-rank test</a>
 */
public record LogRankTest(double chiSquare, int degreesOfFreedom, double pValue) {

    /**
     * Performs the test.
     *
     * @param durations time to the event or to censoring of each subject, non-negative
     * @param observed  true where the event was observed, false where the subject was censored
     * @param group     each subject's group, 0 to {@code groups - 1}
     * @param groups    the number of groups, at least 2
     * @return the test
     * @throws IllegalArgumentException if the lengths differ, {@code groups < 2}, a group label is out of
     *                                  range or a duration is negative or NaN
     */
    public static LogRankTest of(double[] durations, boolean[] observed, int[] group, int groups) {
        return stratified(durations, observed, group, groups, new int[durations.length]);
    }

    /**
     * Performs the stratified test: O - E and V are computed within each stratum, each stratum with
     * its own risk sets, and summed over the strata before the quadratic form (Mantel-Haenszel). For
     * paired arms run with common random numbers the strata are the replications, so that the
     * variation between replications, which both arms share, is not counted as a difference
     * between arms. With one stratum this is {@link #of}.
     *
     * @param stratum each subject's stratum, any non-negative label
     * @return the test
     * @throws IllegalArgumentException as {@link #of}, or if {@code stratum} differs in length or has a
     *                                  negative label
     */
    public static LogRankTest stratified(double[] durations, boolean[] observed, int[] group, int groups,
                                         int[] stratum) {
        int n = durations.length;
        if (observed.length != n || group.length != n || stratum.length != n) {
            throw new IllegalArgumentException("durations, event flags, groups and strata differ in length: " + n
                    + ", " + observed.length + ", " + group.length + ", " + stratum.length);
        }
        if (groups < 2) {
            throw new IllegalArgumentException("the log-rank test needs at least 2 groups, got " + groups);
        }
        int strata = 0;
        for (int i = 0; i < n; i++) {
            if (group[i] < 0 || group[i] >= groups) {
                throw new IllegalArgumentException("group label " + group[i] + " is not in [0, " + groups + ")");
            }
            if (!(durations[i] >= 0)) {
                throw new IllegalArgumentException("durations must be non-negative, got " + durations[i]);
            }
            if (stratum[i] < 0) {
                throw new IllegalArgumentException("stratum labels must be non-negative, got " + stratum[i]);
            }
            strata = Math.max(strata, stratum[i] + 1);
        }
        int m = groups - 1;
        double[] observedMinusExpected = new double[m];
        double[][] covariance = new double[m][m];
        int[] members = new int[strata];
        for (int s : stratum) {
            members[s]++;
        }
        for (int s = 0; s < strata; s++) {
            if (members[s] == 0) {
                continue;
            }
            double[] d = new double[members[s]];
            boolean[] o = new boolean[members[s]];
            int[] g = new int[members[s]];
            for (int i = 0, k = 0; i < n; i++) {
                if (stratum[i] == s) {
                    d[k] = durations[i];
                    o[k] = observed[i];
                    g[k++] = group[i];
                }
            }
            accumulate(d, o, g, groups, observedMinusExpected, covariance);
        }
        double chiSquare;
        try {
            ArrayRealVector oe = new ArrayRealVector(observedMinusExpected);
            chiSquare = Math.max(0,
                    new LUDecomposition(new Array2DRowRealMatrix(covariance)).getSolver().solve(oe).dotProduct(oe));
        } catch (SingularMatrixException e) {
            chiSquare = Double.NaN;
        }
        return new LogRankTest(chiSquare, m, Gamma.regularizedGammaQ(m / 2.0, chiSquare / 2));
    }

    /** Adds one stratum's O - E of the first G - 1 groups and their covariance to the sums. */
    private static void accumulate(double[] durations, boolean[] observed, int[] group, int groups,
                                   double[] observedMinusExpected, double[][] covariance) {
        int n = durations.length;
        int[] size = new int[groups];
        int[] eventSize = new int[groups];
        for (int i = 0; i < n; i++) {
            size[group[i]]++;
            eventSize[group[i]] += observed[i] ? 1 : 0;
        }
        double[][] all = new double[groups][];
        double[][] events = new double[groups][];
        for (int g = 0; g < groups; g++) {
            all[g] = new double[size[g]];
            events[g] = new double[eventSize[g]];
        }
        double[] eventTimes = new double[Arrays.stream(eventSize).sum()];
        int[] filled = new int[groups];
        int[] eventsFilled = new int[groups];
        for (int i = 0, e = 0; i < n; i++) {
            int g = group[i];
            all[g][filled[g]++] = durations[i];
            if (observed[i]) {
                events[g][eventsFilled[g]++] = durations[i];
                eventTimes[e++] = durations[i];
            }
        }
        for (int g = 0; g < groups; g++) {
            Arrays.sort(all[g]);
            Arrays.sort(events[g]);
        }
        Arrays.sort(eventTimes);

        int m = groups - 1;
        int[] gone = new int[groups];
        int[] counted = new int[groups];
        int[] atRisk = new int[groups];
        int[] deaths = new int[groups];
        for (int e = 0; e < eventTimes.length;) {
            double t = eventTimes[e];
            int total = 0;
            int d = 0;
            for (int g = 0; g < groups; g++) {
                while (gone[g] < size[g] && all[g][gone[g]] < t) {
                    gone[g]++;
                }
                atRisk[g] = size[g] - gone[g];
                total += atRisk[g];
                deaths[g] = 0;
                while (counted[g] < eventSize[g] && events[g][counted[g]] == t) {
                    deaths[g]++;
                    counted[g]++;
                }
                d += deaths[g];
            }
            e += d;
            if (total < 2) {
                continue;
            }
            double spread = d * (total - d) / (double) (total - 1);
            for (int a = 0; a < m; a++) {
                double pa = atRisk[a] / (double) total;
                observedMinusExpected[a] += deaths[a] - d * pa;
                for (int b = 0; b < m; b++) {
                    covariance[a][b] += spread * ((a == b ? pa : 0) - pa * atRisk[b] / total);
                }
            }
        }
    }
}

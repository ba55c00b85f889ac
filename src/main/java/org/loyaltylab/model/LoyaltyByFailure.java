package org.loyaltylab.model;

import java.util.Arrays;
import org.loyaltylab.model.customer.FailureExperience;

/**
 * Mean loyalty of active customers by what became of their first failure, and of "comparable"
 * customers who never had one: the never-failed customers' means within fifths of the
 * purchase rate, weighted as the recovered customers are spread over those fifths. Customers
 * who buy more fail more, so the plain never-failed mean is not a fair comparison.
 */
final class LoyaltyByFailure {
    private final double[][] sum = new double[FailureExperience.values().length][];
    private final int[][] count = new int[FailureExperience.values().length][];

    /** @param strata the number of purchase-rate strata ({@link PurchaseRateStrata#count()}) */
    LoyaltyByFailure(int strata) {
        for (int g = 0; g < sum.length; g++) {
            sum[g] = new double[strata];
            count[g] = new int[strata];
        }
    }

    /** Adds an active customer of purchase-rate stratum {@code stratum}. */
    void add(FailureExperience group, int stratum, double loyalty) {
        sum[group.ordinal()][stratum] += loyalty;
        count[group.ordinal()][stratum]++;
    }

    /** @return the mean loyalty of a group in each stratum, NaN where empty */
    double[] stratumMeans(FailureExperience group) {
        double[] means = new double[sum[group.ordinal()].length];
        for (int s = 0; s < means.length; s++) {
            int n = count[group.ordinal()][s];
            means[s] = n == 0 ? Double.NaN : sum[group.ordinal()][s] / n;
        }
        return means;
    }

    /** @return the mean loyalty of a group, NaN if empty */
    double mean(FailureExperience group) {
        double s = Arrays.stream(sum[group.ordinal()]).sum();
        int n = Arrays.stream(count[group.ordinal()]).sum();
        return n == 0 ? Double.NaN : s / n;
    }

    /** @return the never-failed mean standardised to the recovered group's purchase rates, NaN if undefined */
    double comparableNoFailure() {
        int[] recovered = count[FailureExperience.RECOVERED.ordinal()];
        double[] none = stratumMeans(FailureExperience.NONE);
        double weighted = 0;
        double weights = 0;
        for (int s = 0; s < recovered.length; s++) {
            if (recovered[s] > 0 && !Double.isNaN(none[s])) {
                weighted += recovered[s] * none[s];
                weights += recovered[s];
            }
        }
        return weights == 0 ? Double.NaN : weighted / weights;
    }
}

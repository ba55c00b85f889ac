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
    private final double[] cuts;
    private final double[][] sum = new double[FailureExperience.values().length][];
    private final int[][] count = new int[FailureExperience.values().length][];

    /** @param cuts the purchase rates separating the strata, ascending */
    LoyaltyByFailure(double[] cuts) {
        this.cuts = cuts;
        for (int g = 0; g < sum.length; g++) {
            sum[g] = new double[cuts.length + 1];
            count[g] = new int[cuts.length + 1];
        }
    }

    /** Adds an active customer; returns its purchase-rate stratum. */
    int add(FailureExperience group, double purchaseRate, double loyalty) {
        int stratum = stratum(purchaseRate);
        sum[group.ordinal()][stratum] += loyalty;
        count[group.ordinal()][stratum]++;
        return stratum;
    }

    /**
     * @return the stratum of {@code purchaseRate}: the number of cuts below it, as a branch-free
     *         count (the scan of every customer at each observation used to spend most of its time
     *         in a binary search's mispredicted branches); a rate equal to a cut keeps the binary
     *         search's answer
     */
    private int stratum(double purchaseRate) {
        int below = 0;
        boolean onCut = false;
        for (double cut : cuts) {
            below += cut < purchaseRate ? 1 : 0;
            onCut |= cut == purchaseRate;
        }
        return onCut ? Arrays.binarySearch(cuts, purchaseRate) : below;
    }

    /** @return the mean loyalty of a group in each stratum, NaN where empty */
    double[] stratumMeans(FailureExperience group) {
        double[] means = new double[cuts.length + 1];
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

package org.loyaltylab.model;

import java.util.Arrays;
import org.loyaltylab.model.customer.FailureExperience;

/**
 * The recovery paradox in event time (440 Industries): loyalty of active customers by the days
 * since their first failure, for failures that were recovered and for those left unresolved, against
 * comparable customers who never had one.
 * <p>
 * At every observation, each active customer whose first failure is settled adds its loyalty to
 * the lag bin of its days since that failure (bins as wide as the observation interval), and
 * adds as its reference the mean loyalty, on the same day, of never-failed customers in the same
 * fifth of the purchase rate (customers who buy more fail more, so the plain never-failed mean
 * is not a fair comparison). The gap, loyalty minus reference, is above zero where a failure
 * left customers more loyal than no failure at all.
 */
public final class LoyaltySinceFailure {
    private static final FailureExperience[] OUTCOMES = {FailureExperience.RECOVERED, FailureExperience.UNRESOLVED};

    private final double binDays;
    private final int strata;
    private final double[][] loyalty;
    private final double[][] reference;
    private final long[][] count;
    /** This observation's customers per outcome, bin and stratum, awaiting their reference. */
    private final int[][][] pending;

    /**
     * @param binDays the width of a lag bin, days (the observation interval)
     * @param horizon the longest lag, days
     * @param strata  the number of purchase-rate strata
     */
    LoyaltySinceFailure(double binDays, double horizon, int strata) {
        this.binDays = binDays;
        this.strata = strata;
        int bins = (int) Math.floor(horizon / binDays) + 1;
        loyalty = new double[OUTCOMES.length][bins];
        reference = new double[OUTCOMES.length][bins];
        count = new long[OUTCOMES.length][bins];
        pending = new int[OUTCOMES.length][bins][strata];
    }

    /** @return the outcomes tracked: recovered, then unresolved */
    public static FailureExperience[] outcomes() {
        return OUTCOMES.clone();
    }

    /** @return the number of lag bins */
    public int bins() {
        return count[0].length;
    }

    /** @return the width of a lag bin, days; bin b holds lags from b times this, inclusive */
    public double binDays() {
        return binDays;
    }

    /** @return customer-observations in a bin (one customer adds one per observation) */
    public long count(FailureExperience outcome, int bin) {
        return count[row(outcome)][bin];
    }

    /** @return the mean loyalty of a bin, NaN if empty */
    public double meanLoyalty(FailureExperience outcome, int bin) {
        long n = count[row(outcome)][bin];
        return n == 0 ? Double.NaN : loyalty[row(outcome)][bin] / n;
    }

    /** @return the mean of loyalty minus the comparable never-failed reference in a bin, NaN if empty */
    public double meanGap(FailureExperience outcome, int bin) {
        int r = row(outcome);
        return count[r][bin] == 0 ? Double.NaN : (loyalty[r][bin] - reference[r][bin]) / count[r][bin];
    }

    /** Adds one customer of this observation whose first failure ended as {@code outcome}. */
    void add(FailureExperience outcome, int stratum, double daysSinceFailure, double customerLoyalty) {
        int r = row(outcome);
        int bin = Math.min(bins() - 1, (int) Math.floor(Math.max(0, daysSinceFailure) / binDays));
        loyalty[r][bin] += customerLoyalty;
        count[r][bin]++;
        pending[r][bin][stratum]++;
    }

    /**
     * Closes an observation: gives each customer added since the last call the never-failed mean
     * loyalty of its stratum as reference. A customer whose stratum has no never-failed customer
     * gets the mean over all strata.
     *
     * @param neverFailedMean the never-failed mean loyalty per stratum, NaN where empty
     * @param neverFailedAll  the never-failed mean loyalty over all strata
     */
    void closeObservation(double[] neverFailedMean, double neverFailedAll) {
        for (int r = 0; r < OUTCOMES.length; r++) {
            for (int b = 0; b < bins(); b++) {
                for (int s = 0; s < strata; s++) {
                    int n = pending[r][b][s];
                    if (n > 0) {
                        double ref = Double.isNaN(neverFailedMean[s]) ? neverFailedAll : neverFailedMean[s];
                        reference[r][b] += n * ref;
                    }
                }
                Arrays.fill(pending[r][b], 0);
            }
        }
    }

    private static int row(FailureExperience outcome) {
        if (outcome == FailureExperience.NONE) {
            throw new IllegalArgumentException("no failure, no lag");
        }
        return outcome == FailureExperience.RECOVERED ? 0 : 1;
    }
}

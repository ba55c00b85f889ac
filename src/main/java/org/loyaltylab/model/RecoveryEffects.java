package org.loyaltylab.model;

/**
 * The service recovery paradox, measured directly (F3): for every complaint, the change of the
 * customer's loyalty from just before the failure to just after its last served contact (the one
 * that resolved it, or after which the customer gave up), grouped
 * by first or repeated failure and by resolved or not. A positive mean for resolved first
 * failures is the paradox.
 */
public final class RecoveryEffects {
    private final double[] sum = new double[4];
    private final long[] count = new long[4];

    void record(boolean firstFailure, boolean resolved, double netChange) {
        int group = (firstFailure ? 0 : 2) + (resolved ? 0 : 1);
        sum[group] += netChange;
        count[group]++;
    }

    /**
     * @param firstFailure first failure (true) or a repeated one
     * @param resolved     resolved complaints (true) or unresolved ones
     * @return the mean net loyalty change of that group, NaN if empty
     */
    public double meanNetChange(boolean firstFailure, boolean resolved) {
        int group = (firstFailure ? 0 : 2) + (resolved ? 0 : 1);
        return count[group] == 0 ? Double.NaN : sum[group] / count[group];
    }

    /** @return a copy of the effects recorded so far */
    public RecoveryEffects copy() {
        return since(new RecoveryEffects());
    }

    /** @return the effects recorded since {@code start}, an earlier {@link #copy()} of these */
    public RecoveryEffects since(RecoveryEffects start) {
        RecoveryEffects d = new RecoveryEffects();
        for (int g = 0; g < sum.length; g++) {
            d.sum[g] = sum[g] - start.sum[g];
            d.count[g] = count[g] - start.count[g];
        }
        return d;
    }
}

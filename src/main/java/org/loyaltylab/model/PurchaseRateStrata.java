package org.loyaltylab.model;

import java.util.Arrays;
import org.loyaltylab.model.customer.CustomerBase;

/**
 * The purchase-rate stratum of every customer (the fifths that make the "comparable"
 * never-failed loyalty fair, see {@link LoyaltyByFailure}). A customer's purchase rate never
 * changes, so its stratum is found once, the first time an observation sees the customer, and
 * the weekly scan of every customer reads a byte instead of comparing against the cuts.
 */
final class PurchaseRateStrata {
    private final double[] cuts;
    private byte[] strata = new byte[0];
    private int known;

    /** @param cuts the purchase rates separating the strata, ascending (at most 126) */
    PurchaseRateStrata(double[] cuts) {
        this.cuts = cuts.clone();
    }

    /** @return the number of strata */
    int count() {
        return cuts.length + 1;
    }

    /**
     * @return the stratum of every customer of {@code customers} (index by id, the first
     *         {@link CustomerBase#count()} entries); the array is this object's and changes as
     *         customers are added
     */
    byte[] of(CustomerBase customers) {
        int n = customers.count();
        if (n > strata.length) {
            strata = Arrays.copyOf(strata, Math.max(n, strata.length + strata.length / 4));
        }
        for (; known < n; known++) {
            strata[known] = (byte) stratum(customers.purchaseRate(known));
        }
        return strata;
    }

    /**
     * @return the stratum of {@code purchaseRate}: the number of cuts below it; a rate equal to a
     *         cut keeps a binary search's answer
     */
    int stratum(double purchaseRate) {
        int below = 0;
        boolean onCut = false;
        for (double cut : cuts) {
            below += cut < purchaseRate ? 1 : 0;
            onCut |= cut == purchaseRate;
        }
        return onCut ? Arrays.binarySearch(cuts, purchaseRate) : below;
    }
}

package org.loyaltylab.stats;

import java.util.Arrays;

/** Helpers shared by the survival estimators. */
final class Durations {
    private Durations() {
    }

    /** @return the indices of {@code durations} in ascending order of duration (stable) */
    static Integer[] ascendingOrder(double[] durations) {
        Integer[] order = new Integer[durations.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(durations[a], durations[b]));
        return order;
    }
}

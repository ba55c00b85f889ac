package org.loyaltylab.analysis;

import java.util.Arrays;

/**
 * Ten bins of a sample by value: the nine cut points are the order statistics at ranks
 * {@code floor(i / 10 x (n - 1))}, i = 1..9, of the sorted sample (no interpolation), and a
 * value equal to a cut point falls in the lower bin.
 */
public final class Deciles {
    /** The number of bins. */
    public static final int BINS = 10;

    private final double[] cuts;

    private Deciles(double[] cuts) {
        this.cuts = cuts;
    }

    /**
     * @param sample the values, in any order, without NaN
     * @return the deciles of the sample
     * @throws IllegalArgumentException if the sample is empty
     */
    public static Deciles of(double[] sample) {
        if (sample.length == 0) {
            throw new IllegalArgumentException("deciles of an empty sample");
        }
        double[] sorted = sample.clone();
        Arrays.sort(sorted);
        double[] cuts = new double[BINS - 1];
        for (int i = 0; i < cuts.length; i++) {
            cuts[i] = sorted[(int) ((i + 1) / 10.0 * (sorted.length - 1))];
        }
        return new Deciles(cuts);
    }

    /** @return the nine cut points, ascending */
    public double[] cuts() {
        return cuts.clone();
    }

    /** @return the bin of a value, 0 (lowest) to 9 */
    public int bin(double value) {
        int i = Arrays.binarySearch(cuts, value);
        return i >= 0 ? i : -i - 1;
    }
}

package org.loyaltylab.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.random.Well19937c;
import org.loyaltylab.experiment.Contrast;
import org.loyaltylab.model.metric.Metric;
import org.loyaltylab.stats.SobolIndices;

/**
 * Which uncertain parameters a contrast depends on: the Sobol indices of its per-world paired
 * value (the gain of an arm over another, or a difference of two gaps; a contrast, not a level)
 * over the parameters of a Saltelli design of worlds, with 95 % bootstrap intervals (see
 * {@link SobolIndices}).
 *
 * @param contrast the contrast
 * @param metric   the metric
 * @param keys     the parameters, in column order
 * @param indices  one index per parameter, in the same order
 */
public record ContrastSensitivity(Contrast contrast, Metric metric, List<String> keys,
                                  List<SobolIndices.Index> indices) {
    private static final int RESAMPLES = 1000;

    /** Copies the lists. */
    public ContrastSensitivity {
        keys = List.copyOf(keys);
        indices = List.copyOf(indices);
    }

    /**
     * @param worlds the worlds of a Saltelli design with {@code n} base rows, in its block order
     * @param seed   seeds the bootstrap
     * @return the indices of {@code contrast} on {@code metric}
     */
    public static ContrastSensitivity of(WorldResults worlds, int n, Contrast contrast, Metric metric, long seed) {
        double[] gains = worlds.gains(contrast, metric);
        int k = worlds.keys().size();
        if (gains.length != n * (k + 2)) {
            throw new IllegalArgumentException("a Saltelli design of " + n + " base rows over " + k
                    + " parameters has " + n * (k + 2) + " worlds, got " + gains.length);
        }
        double[][] fAB = new double[k][];
        for (int i = 0; i < k; i++) {
            fAB[i] = Arrays.copyOfRange(gains, (2 + i) * n, (3 + i) * n);
        }
        SobolIndices.Index[] idx = SobolIndices.estimate(Arrays.copyOfRange(gains, 0, n),
                Arrays.copyOfRange(gains, n, 2 * n), fAB, RESAMPLES, new Well19937c(seed));
        return new ContrastSensitivity(contrast, metric, worlds.keys(), Arrays.asList(idx));
    }

    /**
     * @param count how many parameters at most
     * @return the positions of the {@code count} parameters with the largest total index, largest
     *         first (ties in column order); parameters whose index is not a number are left out
     */
    public List<Integer> largestTotals(int count) {
        List<Integer> order = new ArrayList<>();
        for (int j = 0; j < keys.size(); j++) {
            if (!Double.isNaN(indices.get(j).total())) {
                order.add(j);
            }
        }
        order.sort((a, b) -> Double.compare(indices.get(b).total(), indices.get(a).total()));
        return List.copyOf(order.subList(0, Math.min(count, order.size())));
    }
}

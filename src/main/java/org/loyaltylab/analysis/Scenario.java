package org.loyaltylab.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.loyaltylab.experiment.Contrast;
import org.loyaltylab.model.metric.Metric;
import org.loyaltylab.stats.Prim;

/**
 * Where a contrast fails: the box PRIM finds over the worlds where its value on a metric is
 * below 0 (the arm loses; for an interaction, the gap narrows), in the uncertain parameters
 * (peeling and pasting with alpha 0.05, boxes holding at least 5 % of the worlds, keeping at
 * least 80 % of the losing worlds; see {@link Prim}). No box is sought unless at least {@value #MIN_WORLDS} worlds lose
 * and as many do not: fewer cannot outline a region.
 *
 * @param contrast the contrast
 * @param metric   the metric
 * @param losing   the worlds where the contrast is below 0
 * @param box      the box, or null when too few worlds lose or win
 * @param ranges   the restricted parameters and their ranges, in column order
 */
public record Scenario(Contrast contrast, Metric metric, int losing, Prim.Box box, List<Range> ranges) {
    /** PRIM's settings: Friedman and Fisher's peeling share, a minimum support, a minimum coverage. */
    static final Prim PRIM = new Prim(0.05, 0.05, 0.8);
    /** The fewest losing (and winning) worlds a box is sought for. */
    public static final int MIN_WORLDS = 5;

    /**
     * One parameter's range in the box.
     *
     * @param key      the parameter
     * @param lower    the lower bound
     * @param upper    the upper bound
     * @param lowerCut whether the box cuts the lowest drawn values
     * @param upperCut whether the box cuts the highest drawn values
     */
    public record Range(String key, double lower, double upper, boolean lowerCut, boolean upperCut) {
    }

    /** Copies the ranges. */
    public Scenario {
        ranges = List.copyOf(ranges);
    }

    /** @return the box of the worlds where {@code contrast} is below 0 on {@code metric} */
    public static Scenario of(WorldResults worlds, Contrast contrast, Metric metric) {
        double[] gains = worlds.gains(contrast, metric);
        List<Integer> counted = new ArrayList<>();
        for (int w = 0; w < gains.length; w++) {
            if (!Double.isNaN(gains[w])) {
                counted.add(w);
            }
        }
        double[][] all = worlds.values();
        double[][] x = new double[counted.size()][];
        boolean[] loses = new boolean[counted.size()];
        int losing = 0;
        for (int i = 0; i < x.length; i++) {
            x[i] = all[counted.get(i)];
            loses[i] = gains[counted.get(i)] < 0;
            losing += loses[i] ? 1 : 0;
        }
        if (losing < MIN_WORLDS || x.length - losing < MIN_WORLDS || worlds.keys().isEmpty()) {
            return new Scenario(contrast, metric, losing, null, List.of());
        }
        Prim.Box box = PRIM.find(x, loses);
        List<Range> ranges = new ArrayList<>();
        for (int j = 0; j < worlds.keys().size(); j++) {
            if (box.restricted()[j]) {
                final int col = j;
                boolean lowerCut = Arrays.stream(x).anyMatch(r -> r[col] < box.lower()[col]);
                boolean upperCut = Arrays.stream(x).anyMatch(r -> r[col] > box.upper()[col]);
                ranges.add(new Range(worlds.keys().get(j), box.lower()[j], box.upper()[j], lowerCut, upperCut));
            }
        }
        return new Scenario(contrast, metric, losing, box, ranges);
    }
}

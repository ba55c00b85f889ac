package org.loyaltylab.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.loyaltylab.experiment.Contrast;
import org.loyaltylab.model.metric.Metric;

/**
 * The runs of a {@code run --worlds}: for each world, its drawn values of the uncertain
 * parameters and its runs. Every world ran the same replication seeds, so a world's contrast
 * (the gain of one arm over another, or the difference of two such gaps) is a paired difference
 * (common random numbers).
 */
public final class WorldResults {
    private final List<String> keys;
    private final double[][] values;
    private final List<List<WorldRun>> byWorld;

    /**
     * @param keys   the uncertain parameters, in column order
     * @param values one row of drawn values per world
     * @param runs   every run, ordered by world (then in any order)
     */
    public WorldResults(List<String> keys, double[][] values, List<WorldRun> runs) {
        this.keys = List.copyOf(keys);
        this.values = Arrays.stream(values).map(double[]::clone).toArray(double[][]::new);
        List<List<WorldRun>> grouped = new ArrayList<>();
        for (int w = 0; w < values.length; w++) {
            grouped.add(new ArrayList<>());
        }
        for (WorldRun r : runs) {
            grouped.get(r.world()).add(r);
        }
        grouped.forEach(g -> g.sort(Comparator.comparingInt(WorldRun::armIndex)
                .thenComparingInt(WorldRun::replication)));
        this.byWorld = grouped.stream().map(List::copyOf).toList();
    }

    private WorldResults(List<List<WorldRun>> byWorld, List<String> keys, double[][] values) {
        this.keys = keys;
        this.values = values;
        this.byWorld = byWorld;
    }

    /** @return the first {@code count} worlds only */
    public WorldResults first(int count) {
        return new WorldResults(byWorld.subList(0, count), keys, Arrays.copyOf(values, count));
    }

    /** @return the uncertain parameters, in column order */
    public List<String> keys() {
        return keys;
    }

    /** @return the drawn values, one row per world (a copy) */
    public double[][] values() {
        return Arrays.stream(values).map(double[]::clone).toArray(double[][]::new);
    }

    /** @return the number of worlds */
    public int size() {
        return byWorld.size();
    }

    /** @return the runs of world {@code w} (from 0), ordered by arm then replication */
    public List<WorldRun> world(int w) {
        return byWorld.get(w);
    }

    /**
     * @return per world, the contrast of the replication means of {@code metric}: {@code a - b}
     *         for a pair, {@code (a - b) - (c - d)} for an interaction (NaN where a mean is not a
     *         number)
     */
    public double[] gains(Contrast contrast, Metric metric) {
        double[] gains = new double[size()];
        for (int w = 0; w < gains.length; w++) {
            List<WorldRun> runs = byWorld.get(w);
            gains[w] = mean(runs, contrast.arm(), metric) - mean(runs, contrast.against(), metric);
            if (contrast.isInteraction()) {
                gains[w] -= mean(runs, contrast.otherArm(), metric) - mean(runs, contrast.otherAgainst(), metric);
            }
        }
        return gains;
    }

    private static double mean(List<WorldRun> runs, String arm, Metric metric) {
        return runs.stream().filter(r -> r.arm().equals(arm)).mapToDouble(r -> r.summary().get(metric)).average()
                .orElse(Double.NaN);
    }
}

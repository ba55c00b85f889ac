package org.loyaltylab.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.loyaltylab.experiment.RunResult;
import org.loyaltylab.model.metric.Metric;

/**
 * The runs of a {@code run --worlds}: for each world, its drawn values of the uncertain
 * parameters and its runs grouped by arm. Every world ran the same replication seeds, so a
 * world's gain of one arm over another is a paired difference (common random numbers).
 */
public final class WorldResults {
    private final List<String> keys;
    private final double[][] values;
    private final List<ArmSamples> byWorld;

    /**
     * @param keys    the uncertain parameters, in column order
     * @param values  one row of drawn values per world
     * @param byWorld the runs of each world, in world order
     */
    public WorldResults(List<String> keys, double[][] values, List<List<RunResult>> byWorld) {
        if (values.length != byWorld.size()) {
            throw new IllegalArgumentException("need one row of values per world");
        }
        this.keys = List.copyOf(keys);
        this.values = Arrays.stream(values).map(double[]::clone).toArray(double[][]::new);
        List<ArmSamples> samples = new ArrayList<>();
        byWorld.forEach(runs -> samples.add(new ArmSamples(runs)));
        this.byWorld = List.copyOf(samples);
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

    /** @return the first {@code count} worlds only */
    public WorldResults first(int count) {
        return new WorldResults(byWorld.subList(0, count), keys, Arrays.copyOf(values, count));
    }

    private WorldResults(List<ArmSamples> byWorld, List<String> keys, double[][] values) {
        this.keys = keys;
        this.values = values;
        this.byWorld = byWorld;
    }

    /** @return the runs of world {@code w} (from 0) by arm */
    public ArmSamples world(int w) {
        return byWorld.get(w);
    }

    /**
     * @return per world, the mean of {@code metric} over the replications of {@code arm} minus
     *         that of {@code baseline} (NaN where either mean is not a number)
     */
    public double[] gains(String arm, String baseline, Metric metric) {
        double[] gains = new double[size()];
        for (int w = 0; w < gains.length; w++) {
            ArmSamples s = byWorld.get(w);
            gains[w] = mean(s.metric(arm, metric)) - mean(s.metric(baseline, metric));
        }
        return gains;
    }

    private static double mean(double[] sample) {
        return Arrays.stream(sample).average().orElse(Double.NaN);
    }
}

package org.loyaltylab.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.loyaltylab.experiment.RunResult;
import org.loyaltylab.model.metric.Metric;

/**
 * The results of an experiment grouped by arm, each arm's runs in replication order, so that
 * the i-th value of two arms' samples belong to the same replication (common random numbers).
 */
public final class ArmSamples {
    private final Map<String, List<RunResult>> byArm = new LinkedHashMap<>();

    /** @param results the runs of every arm and replication, in any order */
    public ArmSamples(List<RunResult> results) {
        List<RunResult> sorted = new ArrayList<>(results);
        sorted.sort(Comparator.comparingInt(RunResult::armIndex).thenComparingInt(RunResult::replication));
        for (RunResult r : sorted) {
            byArm.computeIfAbsent(r.arm(), k -> new ArrayList<>()).add(r);
        }
    }

    /** @return the arm names, in experiment order */
    public List<String> arms() {
        return List.copyOf(byArm.keySet());
    }

    /** @return the runs of one arm, in replication order */
    public List<RunResult> runs(String arm) {
        return byArm.get(arm);
    }

    /** @return the summary figure {@code metric} of each replication of {@code arm} */
    public double[] metric(String arm, Metric metric) {
        return byArm.get(arm).stream().mapToDouble(r -> r.summary().get(metric)).toArray();
    }
}

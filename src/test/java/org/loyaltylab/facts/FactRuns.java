package org.loyaltylab.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.loyaltylab.analysis.ArmSamples;
import org.loyaltylab.experiment.ArmPlan;
import org.loyaltylab.experiment.Benchmark;
import org.loyaltylab.experiment.ReplicationRunner;
import org.loyaltylab.experiment.RunResult;
import org.loyaltylab.model.metric.Metric;
import org.loyaltylab.model.param.Parameters;
import org.loyaltylab.stats.ConfidenceInterval;
import org.loyaltylab.stats.PairedComparison;

/**
 * Test support for the stylized facts: the default model scaled down to a smaller base (the
 * contact centre scaled with it, so each agent carries the default load), arms run with common
 * random numbers, and paired 95 % intervals between arms.
 */
final class FactRuns {
    /** Customers of the scaled-down base: two agents carry the default load per agent. */
    static final int CUSTOMERS = 13_333;
    static final int DAYS = 730;

    private final ArmSamples samples;

    private FactRuns(ArmSamples samples) {
        this.samples = samples;
    }

    /** @return the scaled default parameters with {@code overrides} applied */
    static Parameters scaled(Map<String, Object> overrides) {
        return Benchmark.workload(CUSTOMERS).withAll(overrides);
    }

    /**
     * Runs arms (name to overrides of the scaled defaults) for {@code replications} with one seed.
     */
    static FactRuns run(long seed, int replications, Map<String, Map<String, Object>> arms) {
        List<ArmPlan> plans = new ArrayList<>();
        arms.forEach((name, overrides) -> plans.add(new ArmPlan(name, scaled(overrides))));
        List<RunResult> results = new ReplicationRunner(plans, seed, DAYS, 2).run(1, replications, r -> { });
        return new FactRuns(new ArmSamples(results));
    }

    /** @return the per-replication values of {@code metric} in {@code arm} */
    double[] values(String arm, Metric metric) {
        return samples.metric(arm, metric);
    }

    /** @return the 95 % interval of {@code metric} in {@code arm} */
    ConfidenceInterval mean(String arm, Metric metric) {
        return ConfidenceInterval.studentT(values(arm, metric), 0.95);
    }

    /** @return the paired 95 % interval of {@code metric} in {@code arm} minus {@code baseline} */
    ConfidenceInterval difference(String arm, String baseline, Metric metric) {
        return PairedComparison.of(values(arm, metric), values(baseline, metric), 0.95).difference();
    }

    /** @return the paired 95 % interval of a difference of differences: (a1 - b1) - (a2 - b2) */
    ConfidenceInterval interaction(String a1, String b1, String a2, String b2, Metric metric) {
        double[] x1 = values(a1, metric);
        double[] y1 = values(b1, metric);
        double[] x2 = values(a2, metric);
        double[] y2 = values(b2, metric);
        double[] d = new double[x1.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = (x1[i] - y1[i]) - (x2[i] - y2[i]);
        }
        return ConfidenceInterval.studentT(d, 0.95);
    }

    /** @return the runs of an arm */
    List<RunResult> runs(String arm) {
        return samples.runs(arm);
    }

    static String describe(ConfidenceInterval ci) {
        return String.format(java.util.Locale.ROOT, "%.4g [%.4g, %.4g]", ci.mean(), ci.lower(), ci.upper());
    }
}

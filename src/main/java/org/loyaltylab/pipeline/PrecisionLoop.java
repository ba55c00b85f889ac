package org.loyaltylab.pipeline;

import org.loyaltylab.model.metric.Metric;
import org.loyaltylab.model.metric.SummaryMetrics;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import org.loyaltylab.analysis.ArmSamples;
import org.loyaltylab.experiment.ReplicationRunner;
import org.loyaltylab.experiment.RunResult;
import org.loyaltylab.output.manifest.RunManifest;
import org.loyaltylab.stats.ConfidenceInterval;

/**
 * Runs replications in batches: once, or (sequential stopping) until the 95 % confidence
 * interval of the headline metric is narrow enough relative to its mean in every arm, or a
 * limit is reached.
 */
final class PrecisionLoop {
    /** The metric whose precision {@code --precision} controls. */
    static final Metric HEADLINE = SummaryMetrics.RETENTION;

    private final ReplicationRunner runner;
    private final int arms;
    private final ProgressListener progress;
    private RunManifest.Precision stopping;
    private boolean outOfMemory;

    PrecisionLoop(ReplicationRunner runner, int arms, ProgressListener progress) {
        this.runner = runner;
        this.arms = arms;
        this.progress = progress;
    }

    /** @return replications 1 to {@code replications} of every arm */
    List<RunResult> fixed(int replications) {
        return batch(1, replications);
    }

    /**
     * Runs {@code first} replications, then batches of {@code max(2, first)} until the target or
     * {@code limit} replications are reached, or the next batch would not fit in memory.
     *
     * @param room whether the runs so far leave room for that many more
     * @return every run, batch by batch
     */
    List<RunResult> untilPrecise(int first, double target, int limit, BiPredicate<List<RunResult>, Integer> room) {
        List<RunResult> results = new ArrayList<>();
        int done = 0;
        int batch = first;
        while (true) {
            int to = Math.min(limit, done + batch);
            results.addAll(batch(done + 1, to));
            done = to;
            double worst = worstRelativeHalfWidth(new ArmSamples(results));
            stopping = new RunManifest.Precision(HEADLINE.key(), target, worst, done, worst <= target);
            batch = Math.max(2, first);
            if (worst <= target || done >= limit) {
                return results;
            }
            if (!room.test(results, Math.min(limit - done, batch) * arms)) {
                outOfMemory = true;
                return results;
            }
        }
    }

    /** @return whether {@link #untilPrecise} stopped short of its target and limit for want of memory */
    boolean outOfMemory() {
        return outOfMemory;
    }

    /** @return what the precision target reached, or null when there was none */
    RunManifest.Precision stopping() {
        return stopping;
    }

    private List<RunResult> batch(int from, int to) {
        int[] finished = {0};
        progress.started("Simulating", (to - from + 1) * arms);
        try {
            return runner.run(from, to, r -> {
                synchronized (finished) {
                    progress.finished(++finished[0]);
                }
            });
        } finally {
            progress.ended();
        }
    }

    private static double worstRelativeHalfWidth(ArmSamples samples) {
        double worst = 0;
        for (String arm : samples.arms()) {
            double rel = ConfidenceInterval.studentT(samples.metric(arm, HEADLINE), 0.95).relativeHalfWidth();
            worst = Double.isNaN(rel) ? Double.POSITIVE_INFINITY : Math.max(worst, rel);
        }
        return worst;
    }
}

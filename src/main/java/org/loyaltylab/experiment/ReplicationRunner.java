package org.loyaltylab.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.loyaltylab.model.random.KeyedRandom;

/**
 * Runs every arm for a range of replications on a {@link ParallelRunner}. Replication {@code r} of
 * every arm uses the seed derived from (master seed, r) alone, so arms share common random
 * numbers and results do not depend on the thread count or the order of execution. Results
 * come back ordered by replication, then arm.
 */
public final class ReplicationRunner {
    private record Run(int replication, int arm) {
    }

    private final List<ArmPlan> arms;
    private final long masterSeed;
    private final int days;
    private final ParallelRunner pool;
    private final Simulation simulation;
    private final FailureSink failures;

    /**
     * @param arms       the arms
     * @param masterSeed the experiment's master seed
     * @param days       the horizon
     * @param threads    worker threads, at least 1
     */
    public ReplicationRunner(List<ArmPlan> arms, long masterSeed, int days, int threads) {
        this(arms, masterSeed, days, threads, Simulation.MODEL, FailureSink.OFF);
    }

    /**
     * As {@link #ReplicationRunner(List, long, int, int)}, running {@code simulation} for each run
     * and handing each run's failure records to {@code failures}.
     *
     * @param simulation one replication of one arm
     * @param failures   where the failure records go ({@link FailureSink#OFF}: none collected)
     */
    public ReplicationRunner(List<ArmPlan> arms, long masterSeed, int days, int threads, Simulation simulation,
                             FailureSink failures) {
        this.simulation = simulation;
        this.failures = failures;
        this.arms = List.copyOf(arms);
        this.masterSeed = masterSeed;
        this.days = days;
        this.pool = new ParallelRunner(threads, "loyaltylab-run");
    }

    /** @return the seed of replication {@code replication} (from 1) */
    public long seedOf(int replication) {
        return KeyedRandom.replicationSeed(masterSeed, replication);
    }

    /**
     * Runs replications {@code from} to {@code to} inclusive of every arm.
     *
     * @param done called after each finished run (from worker threads)
     * @return the results, ordered by replication then arm
     */
    public List<RunResult> run(int from, int to, Consumer<RunResult> done) {
        List<Run> runs = new ArrayList<>();
        for (int rep = from; rep <= to; rep++) {
            for (int a = 0; a < arms.size(); a++) {
                runs.add(new Run(rep, a));
            }
        }
        return pool.map(runs, run -> {
            ArmPlan arm = arms.get(run.arm());
            return simulation.run(arm.name(), run.arm(), arm.parameters(), run.replication(),
                    seedOf(run.replication()), days, true, failures);
        }, done);
    }
}

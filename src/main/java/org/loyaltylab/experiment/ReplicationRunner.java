package org.loyaltylab.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.loyaltylab.model.random.KeyedRandom;

/**
 * Runs every arm for a range of replications on a pool of threads. Replication {@code r} of
 * every arm uses the seed derived from (master seed, r) alone, so arms share common random
 * numbers and results do not depend on the thread count or the order of execution. Results
 * come back ordered by replication, then arm.
 */
public final class ReplicationRunner {
    private final List<ArmPlan> arms;
    private final long masterSeed;
    private final int days;
    private final int threads;
    private final FailureSink failures;

    /**
     * @param arms       the arms
     * @param masterSeed the experiment's master seed
     * @param days       the horizon
     * @param threads    worker threads, at least 1
     */
    public ReplicationRunner(List<ArmPlan> arms, long masterSeed, int days, int threads) {
        this(arms, masterSeed, days, threads, FailureSink.OFF);
    }

    /**
     * As {@link #ReplicationRunner(List, long, int, int)}, handing each run's failure records to {@code failures}.
     *
     * @param failures where the failure records go ({@link FailureSink#OFF}: none collected)
     */
    public ReplicationRunner(List<ArmPlan> arms, long masterSeed, int days, int threads, FailureSink failures) {
        this.arms = List.copyOf(arms);
        this.masterSeed = masterSeed;
        this.days = days;
        this.threads = Math.max(1, threads);
        this.failures = failures;
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
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "loyaltylab-run");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<RunResult>> futures = new ArrayList<>();
            for (int rep = from; rep <= to; rep++) {
                for (int a = 0; a < arms.size(); a++) {
                    int armIndex = a;
                    int replication = rep;
                    futures.add(pool.submit(() -> {
                        ArmPlan arm = arms.get(armIndex);
                        RunResult result = SingleRun.run(arm.name(), armIndex, arm.parameters(), replication,
                                seedOf(replication), days, true, failures);
                        done.accept(result);
                        return result;
                    }));
                }
            }
            List<RunResult> results = new ArrayList<>();
            for (Future<RunResult> f : futures) {
                results.add(f.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException) {
                throw (RuntimeException) cause;
            }
            throw new IllegalStateException(cause);
        } finally {
            pool.shutdownNow();
        }
    }
}

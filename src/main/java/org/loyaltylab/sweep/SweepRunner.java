package org.loyaltylab.sweep;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.function.IntConsumer;
import org.loyaltylab.experiment.ArmPlan;
import org.loyaltylab.experiment.ParallelRunner;
import org.loyaltylab.experiment.RunResult;
import org.loyaltylab.experiment.FailureSink;
import org.loyaltylab.experiment.Simulation;
import org.loyaltylab.model.param.Parameters;
import org.loyaltylab.model.random.KeyedRandom;

/**
 * Runs the runs of a sweep (points x arms x replications) that are in this shard and not yet in
 * the store, on a {@link ParallelRunner}, storing each as it finishes. A run's seed depends only on
 * (master seed, point, replication), shared by the arms, so the results do not depend on the
 * thread count, the order, the sharding or the resumptions.
 */
public final class SweepRunner {
    /** One run of the sweep. */
    public record Task(int index, int point, int arm, int replication) {
    }

    private final List<Map<String, Object>> points;
    private final List<ArmPlan> arms;
    private final SweepSpec sweep;
    private final long masterSeed;
    private final int days;
    private final Simulation simulation;

    /**
     * @param points     the design's points
     * @param arms       the experiment's arms
     * @param sweep      the sweep
     * @param masterSeed the experiment's master seed
     * @param days       the horizon
     * @param simulation one replication of one arm at one point
     */
    public SweepRunner(List<Map<String, Object>> points, List<ArmPlan> arms, SweepSpec sweep, long masterSeed,
                       int days, Simulation simulation) {
        this.simulation = simulation;
        this.points = points;
        this.arms = arms;
        this.sweep = sweep;
        this.masterSeed = masterSeed;
        this.days = days;
    }

    /**
     * The seed of a point's replication, shared by every arm. In a Saltelli design the rows of
     * A, B and every A_B^i built from the same base row share their seed too (common random
     * numbers within each group), which takes the simulation noise out of the differences the
     * Sobol estimators are made of.
     *
     * @return the seed
     */
    public long seedOf(int point, int replication) {
        int key = sweep.design() == DesignKind.SALTELLI ? point % sweep.points() : point;
        return KeyedRandom.replicationSeed(KeyedRandom.replicationSeed(masterSeed, -1 - key), replication);
    }

    /**
     * @param shard  this shard, 1 to shards
     * @param shards the number of shards
     * @return the runs of this shard, in order
     */
    public List<Task> tasks(int shard, int shards) {
        List<Task> tasks = new ArrayList<>();
        int index = 0;
        for (int p = 0; p < points.size(); p++) {
            for (int a = 0; a < arms.size(); a++) {
                for (int r = 1; r <= sweep.replications(); r++) {
                    if (index % shards == shard - 1) {
                        tasks.add(new Task(index, p, a, r));
                    }
                    index++;
                }
            }
        }
        return tasks;
    }

    /** Hears that every run of an arm is stored while runs of other arms are still to start. */
    @FunctionalInterface
    public interface ArmFinished {
        /**
         * Called on the worker that stored the arm's last run, which starts no run until this returns
         * (the other workers carry on): the place to write what depends on that arm alone.
         */
        void finished(int arm) throws IOException, SQLException;
    }

    /**
     * Runs the tasks not yet stored, storing each as it finishes. The runs are started arm by arm
     * (each arm's in task order), so that each arm's runs end together and {@code armFinished} can
     * write that arm's results while the next arm runs.
     *
     * @param done        called with the number of runs finished so far (from worker threads)
     * @param armFinished called for each arm whose last run ends while runs remain to start
     * @return the number of runs executed now
     */
    public int run(List<Task> tasks, SweepStore store, int threads, IntConsumer done, ArmFinished armFinished)
            throws SQLException, IOException {
        Set<String> stored = store.doneKeys();
        List<Task> todo = tasks.stream()
                .filter(t -> !stored.contains(SweepStore.key(t.point(), t.arm(), t.replication())))
                .sorted(Comparator.comparingInt(Task::arm).thenComparingInt(Task::index)).toList();
        AtomicIntegerArray remaining = new AtomicIntegerArray(arms.size());
        todo.forEach(t -> remaining.incrementAndGet(t.arm()));
        AtomicInteger started = new AtomicInteger();
        int[] finished = {tasks.size() - todo.size()};
        try {
            new ParallelRunner(threads, "loyaltylab-sweep").map(todo, t -> {
                started.incrementAndGet();
                SweepStore.Row row = execute(t);
                store.put(row);
                if (remaining.decrementAndGet(t.arm()) == 0 && started.get() < todo.size()) {
                    try {
                        armFinished.finished(t.arm());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                return row;
            }, row -> {
                synchronized (finished) {
                    done.accept(++finished[0]);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return todo.size();
    }

    private SweepStore.Row execute(Task t) {
        ArmPlan arm = arms.get(t.arm());
        Parameters p = arm.parameters().withAll(points.get(t.point()));
        long seed = seedOf(t.point(), t.replication());
        RunResult r = simulation.run(arm.name(), t.arm(), p, t.replication(), seed, days, false, FailureSink.OFF);
        double[] metrics = sweep.figures().stream().mapToDouble(r.summary()::get).toArray();
        return new SweepStore.Row(t.point(), t.arm(), t.replication(), seed, metrics);
    }
}

package org.loyaltylab.experiment;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.stat.StatUtils;
import org.loyaltylab.model.CustomerScheduling;
import org.loyaltylab.model.LoyaltyModel;
import org.loyaltylab.model.param.ParameterRegistry;
import org.loyaltylab.model.param.Parameters;

/**
 * The reference workload of {@code loyaltylab bench}: one replication, single-threaded, of the
 * default model scaled to a given number of customers (staffing and marketing scaled in
 * proportion, so the contact centre's load per agent is the default one).
 *
 * <p>Measured as the empty MASON event it is compared with ({@link BareMasonBenchmark}) is: after
 * a warm-up, so that the code is compiled, over several timed rounds (the same run, same seed,
 * same events), reporting the median round; and the event loop only, the set-up (creating the
 * initial customers) timed apart. Each round of the model is followed at once by a round of as
 * many empty MASON events (at least 100,000), and the ratio of the two is taken round by round:
 * both sides of each ratio see the machine in the same state, so a machine whose speed drifts
 * between seconds (a shared virtual machine's does) moves the ratio far less than either figure.
 */
public final class Benchmark {
    /** Customers of the reference workload. */
    public static final int REFERENCE_CUSTOMERS = 1_000_000;
    /** Days of the reference workload. */
    public static final int REFERENCE_DAYS = 365;

    /** Customers and days of the untimed warm-up runs, at most. */
    private static final int WARM_UP_CUSTOMERS = 20_000;
    private static final int WARM_UP_DAYS = 730;
    /** At most this many warm-up runs, however short they are. */
    private static final int WARM_UP_RUNS_MAX = 200;
    /** Timed rounds at most, however short they are. */
    public static final int ROUNDS_MAX = 30;
    /** Empty MASON events in the floor's untimed warm-up. */
    private static final long BARE_WARM_UP_EVENTS = 1_000_000;
    /** Empty MASON events at least in each of the floor's rounds (about 15 ms). */
    private static final long BARE_EVENTS_MIN = 100_000;

    private Benchmark() {
    }

    /**
     * The figures of one benchmark run.
     *
     * @param customers        initial customers
     * @param days             horizon
     * @param customersTotal   customers ever acquired
     * @param events           model events processed
     * @param rounds           timed rounds (runs of the same workload and seed); the times are the median round's
     * @param setupSeconds     wall time of the set-up (creating the initial customers), not in {@code wallSeconds}
     * @param wallSeconds      wall time of the events, from day 0 to the horizon
     * @param cpuSeconds       CPU time of the simulating thread over the same span (less sensitive than wall
     *                         time to other processes on the machine)
     * @param peakHeapMb       peak heap used during a run (the largest of the rounds), MiB
     * @param bytesPerCustomer heap retained by the model at the end per customer ever acquired
     * @param pendingEventsMax largest number of events pending in MASON's schedule
     * @param calendarMax      customers with a pending event in the customer calendar at the end
     * @param bareMason        an empty MASON event at {@code pendingEventsMax} pending ({@link BareMasonBenchmark}),
     *                         the median of the rounds timed right after each round of the model
     * @param roundRatios      each round's wall time per model event over the empty event's in the floor's
     *                         round right after it, in round order
     * @param ratioToBareMason    the median of {@code roundRatios}
     * @param cpuRatioToBareMason the median of the same ratios in the thread's CPU time
     */
    public record Result(int customers, int days, int customersTotal, long events, int rounds, double setupSeconds,
                         double wallSeconds, double cpuSeconds,
                         double peakHeapMb, double bytesPerCustomer, int pendingEventsMax, int calendarMax,
                         BareMasonBenchmark.Cost bareMason, List<Double> roundRatios, double ratioToBareMason,
                         double cpuRatioToBareMason) {
        /** @return events per second of wall time */
        public double eventsPerSecond() {
            return events / wallSeconds;
        }

        /** @return wall time per event, nanoseconds */
        public double nsPerEvent() {
            return wallSeconds * 1e9 / events;
        }

        /** @return an empty MASON event's wall time, nanoseconds */
        public double bareMasonNs() {
            return bareMason.wallNs();
        }
    }

    /** @return the default parameters scaled to {@code customers} */
    public static Parameters workload(int customers) {
        Parameters d = Parameters.defaults();
        double scale = customers / (double) d.integer(ParameterRegistry.INITIAL_CUSTOMERS);
        return d.with(ParameterRegistry.INITIAL_CUSTOMERS.key(), customers)
                .with(ParameterRegistry.AGENTS.key(), Math.max(1, (int) Math.round(d.integer(ParameterRegistry.AGENTS) * scale)))
                .with(ParameterRegistry.MARKETING_ACQUISITION.key(), d.real(ParameterRegistry.MARKETING_ACQUISITION) * scale);
    }

    /**
     * How a workload is timed.
     *
     * @param warmUpSeconds untimed warm-up, seconds (at least one run)
     * @param minRounds     timed rounds at least
     * @param timedSeconds  more rounds are timed while the model's timed rounds add up to less than
     *                      this, up to {@link #ROUNDS_MAX} (a short workload's rounds are each more
     *                      exposed to the machine's moments, so it gets more of them)
     */
    public record Timing(double warmUpSeconds, int minRounds, double timedSeconds) {
        /** @throws IllegalArgumentException if a figure is out of range */
        public Timing {
            if (minRounds < 1 || minRounds > ROUNDS_MAX || !(warmUpSeconds >= 0) || !(timedSeconds >= 0)) {
                throw new IllegalArgumentException("rounds must be 1 to " + ROUNDS_MAX + " and the warm-up and timed "
                        + "seconds at least 0, got " + minRounds + ", " + warmUpSeconds + " and " + timedSeconds);
            }
        }
    }

    /**
     * Runs the workload with customer events scheduled as {@code scheduling} says, and measures it:
     * first untimed warm-up runs (another seed, at most 20,000 customers and 730 days), so that the
     * figures are of compiled code, as the empty MASON event's are; then timed runs of the workload
     * as {@code timing} says, each set-up and event loop timed apart, each followed by a timed round
     * of as many empty MASON events at the model's largest pending count.
     */
    public static Result run(int customers, int days, long seed, CustomerScheduling scheduling, Timing timing) {
        warmUp(customers, days, seed, scheduling, (long) (timing.warmUpSeconds() * 1e9));
        Parameters p = workload(customers);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] setup = new double[ROUNDS_MAX];
        double[] wall = new double[ROUNDS_MAX];
        double[] cpu = new double[ROUNDS_MAX];
        double[] bareWall = new double[ROUNDS_MAX];
        double[] bareCpu = new double[ROUNDS_MAX];
        double[] ratio = new double[ROUNDS_MAX];
        double[] cpuRatio = new double[ROUNDS_MAX];
        BareMasonBenchmark floor = null;
        double peak = 0;
        double timed = 0;
        long retained = 0;
        LoyaltyModel model = null;
        int r = 0;
        for (; r < ROUNDS_MAX && (r < timing.minRounds() || timed < timing.timedSeconds()); r++) {
            model = null;
            long before = usedHeapAfterGc();
            resetPeaks();
            long start = System.nanoTime();
            model = new LoyaltyModel(p, seed, days, scheduling);
            model.start();
            long cpuStart = threads.getCurrentThreadCpuTime();
            long loopStart = System.nanoTime();
            model.runStarted();
            wall[r] = (System.nanoTime() - loopStart) / 1e9;
            cpu[r] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
            setup[r] = (loopStart - start) / 1e9;
            timed += wall[r];
            peak = Math.max(peak, peakHeap() / (1024.0 * 1024.0));
            if (r == 0) { // the same run every round: its retained heap once
                retained = usedHeapAfterGc() - before;
            }
            java.lang.ref.Reference.reachabilityFence(model);
            long events = model.counters().events();
            if (floor == null) {
                floor = BareMasonBenchmark.prepare(pendingMax(model), BARE_WARM_UP_EVENTS);
            }
            BareMasonBenchmark.Cost empty = floor.round(Math.max(BARE_EVENTS_MIN, events));
            bareWall[r] = empty.wallNs();
            bareCpu[r] = empty.cpuNs();
            ratio[r] = wall[r] * 1e9 / events / empty.wallNs();
            cpuRatio[r] = cpu[r] * 1e9 / events / empty.cpuNs();
        }
        int total = model.customers().count();
        return new Result(customers, days, total, model.counters().events(), r, median(setup, r), median(wall, r),
                median(cpu, r), peak, total == 0 ? 0 : retained / (double) total, pendingMax(model), model.calendarSize(),
                new BareMasonBenchmark.Cost(median(bareWall, r), median(bareCpu, r)),
                Arrays.stream(ratio, 0, r).boxed().toList(), median(ratio, r), median(cpuRatio, r));
    }

    private static int pendingMax(LoyaltyModel model) {
        return Math.max(1, model.pendingEventsMax());
    }

    private static double median(double[] values, int n) {
        return StatUtils.percentile(values, 0, n, 50);
    }

    private static void warmUp(int customers, int days, long seed, CustomerScheduling scheduling, long nanos) {
        Parameters warm = workload(Math.min(customers, WARM_UP_CUSTOMERS));
        long start = System.nanoTime();
        for (int i = 0; i < WARM_UP_RUNS_MAX && (i == 0 || System.nanoTime() - start < nanos); i++) {
            new LoyaltyModel(warm, seed + 1 + i, Math.min(days, WARM_UP_DAYS), scheduling).run();
        }
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}

package org.loyaltylab.experiment;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import org.loyaltylab.model.CustomerScheduling;
import org.loyaltylab.model.LoyaltyModel;
import org.loyaltylab.model.param.ParameterRegistry;
import org.loyaltylab.model.param.Parameters;

/**
 * The reference workload of {@code loyaltylab bench}: one replication, single-threaded, of the
 * default model scaled to a given number of customers (staffing and marketing scaled in
 * proportion, so the contact centre's load per agent is the default one).
 */
public final class Benchmark {
    /** Customers of the reference workload. */
    public static final int REFERENCE_CUSTOMERS = 1_000_000;
    /** Days of the reference workload. */
    public static final int REFERENCE_DAYS = 365;

    /** Customers and days of the untimed warm-up run, at most. */
    private static final int WARM_UP_CUSTOMERS = 20_000;
    private static final int WARM_UP_DAYS = 365;
    /** Empty MASON events timed in each round of the floor measurement. */
    private static final long BARE_EVENTS = 1_000_000;

    private Benchmark() {
    }

    /**
     * The figures of one benchmark run.
     *
     * @param customers        initial customers
     * @param days             horizon
     * @param customersTotal   customers ever acquired
     * @param events           model events processed
     * @param wallSeconds      wall time of the simulation (set-up included)
     * @param cpuSeconds       CPU time of the simulating thread over the same span (less sensitive than wall
     *                         time to other processes on the machine)
     * @param peakHeapMb       peak heap used during the run, MiB
     * @param bytesPerCustomer heap retained by the model at the end per customer ever acquired
     * @param pendingEventsMax largest number of events pending in MASON's schedule
     * @param calendarMax      customers with a pending event in the customer calendar at the end
     * @param bareMason        an empty MASON event at {@code pendingEventsMax} pending, measured right after
     *                         the run ({@link BareMasonBenchmark})
     */
    public record Result(int customers, int days, int customersTotal, long events, double wallSeconds,
                         double cpuSeconds,
                         double peakHeapMb, double bytesPerCustomer, int pendingEventsMax, int calendarMax,
                         BareMasonBenchmark.Cost bareMason) {
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

        /** @return {@link #nsPerEvent()} over an empty MASON event's wall time in the same process */
        public double ratioToBareMason() {
            return nsPerEvent() / bareMason.wallNs();
        }

        /** @return CPU time per event over an empty MASON event's CPU time (steadier on a loaded machine) */
        public double cpuRatioToBareMason() {
            return cpuSeconds * 1e9 / events / bareMason.cpuNs();
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

    /** Runs the workload with {@code customers} for {@code days} and measures it. */
    public static Result run(int customers, int days, long seed) {
        return run(customers, days, seed, CustomerScheduling.CALENDAR);
    }

    /**
     * Runs the workload with customer events scheduled as {@code scheduling} says, and measures it,
     * after an untimed warm-up run of at most 20,000 customers and 365 days (another seed), so that
     * the figures are of compiled code, as the empty MASON event's are.
     */
    public static Result run(int customers, int days, long seed, CustomerScheduling scheduling) {
        new LoyaltyModel(workload(Math.min(customers, WARM_UP_CUSTOMERS)), seed + 1, Math.min(days, WARM_UP_DAYS),
                scheduling).run();
        Parameters p = workload(customers);
        long before = usedHeapAfterGc();
        resetPeaks();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        LoyaltyModel model = new LoyaltyModel(p, seed, days, scheduling);
        model.run();
        double wall = (System.nanoTime() - start) / 1e9;
        double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        double peak = peakHeap() / (1024.0 * 1024.0);
        long retained = usedHeapAfterGc() - before;
        java.lang.ref.Reference.reachabilityFence(model);
        int total = model.customers().count();
        int pending = Math.max(1, model.pendingEventsMax());
        return new Result(customers, days, total, model.counters().events(), wall, cpu, peak,
                total == 0 ? 0 : retained / (double) total, pending, model.calendarSize(),
                BareMasonBenchmark.measure(pending, BARE_EVENTS));
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

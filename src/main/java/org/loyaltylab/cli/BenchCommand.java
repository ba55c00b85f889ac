package org.loyaltylab.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.loyaltylab.BadInputException;
import org.loyaltylab.experiment.Benchmark;
import org.loyaltylab.model.CustomerScheduling;
import org.loyaltylab.output.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code loyaltylab bench}: the reference workload, single-threaded, with its speed and memory. */
@Command(name = "bench", description = "Run the reference workload (1,000,000 customers, 365 days, default "
        + "policies, one thread; after 10 s of warm-up, the median of 3 rounds, or more, up to 30, until 5 s are timed) and report events/s, time per event against "
        + "an empty MASON event's, peak heap and bytes per customer.")
final class BenchCommand extends PrintingCommand {
    /**
     * Timed rounds of the workload at least, and more until they add up to {@link #TIMED_SECONDS}
     * (at most {@link Benchmark#ROUNDS_MAX}): the figures are the median round's, and a 0.2 s round
     * of 20,000 customers was 1.9 to 3.4 times the empty event in one process and the next.
     */
    private static final int MIN_ROUNDS = 3;
    private static final double TIMED_SECONDS = 5;
    /**
     * Seconds of warm-up runs by default: timed one by one, 20,000-customer runs took 400 to
     * 1,200 ns an event for their first 4 s of runs, while the compiler recompiled the event
     * loop, and about 265 ns from then on.
     */
    private static final String DEFAULT_WARM_UP = "10";

    @Option(names = "--customers", defaultValue = "1000000", description = "initial customers (default: ${DEFAULT-VALUE})")
    private int customers;

    @Option(names = "--days", defaultValue = "365", description = "horizon in days (default: ${DEFAULT-VALUE})")
    private int days;

    @Option(names = "--seed", defaultValue = "1", description = "seed (default: ${DEFAULT-VALUE})")
    private long seed;

    @Option(names = "--warm-up", paramLabel = "SECONDS", defaultValue = DEFAULT_WARM_UP, description = "untimed warm-up "
            + "runs before the timed rounds, seconds (default: ${DEFAULT-VALUE}; the compiler settles after about 4 s)")
    private double warmUp;

    @Option(names = "--json", description = "also print the figures as one JSON object on the last line")
    private boolean json;

    @Option(names = "--naive", description = "also run the workload with one MASON Steppable per customer "
            + "(the way a MASON user would first write it) and compare, side by side")
    private boolean naive;

    @Mixin
    private ParallelBenchOptions parallel;

    @Option(names = "--worlds", paramLabel = "N", description = "instead: time a run --worlds of N worlds x 2 arms x 3 "
            + "replications of a 5,000-customer, 730-day model on every core (issue 12 sizes it at N = 200)")
    private Integer worlds;

    @Override
    public Integer call() throws Exception {
        if (customers < 1 || days < 1) {
            throw new BadInputException("--customers and --days must be at least 1");
        }
        if (!(warmUp >= 0 && warmUp <= 3600)) {
            throw new BadInputException("--warm-up must be between 0 and 3600 seconds, got " + warmUp);
        }
        PrintWriter out = out();
        if (worlds != null) {
            return WorldsBench.run(out, ExperimentOptions.positive("--worlds", worlds), ExperimentOptions.threads(null));
        }
        if (parallel.requested()) {
            return parallel.run(out, json);
        }
        if (naive) {
            return NaiveBench.run(out, customers, days, seed, warmUp, json);
        }
        out.printf(Locale.ROOT, "Reference workload: %,d customers, %d days, default policies, 1 thread%n", customers, days);
        out.flush();
        Benchmark.Result r = Benchmark.run(customers, days, seed, CustomerScheduling.CALENDAR,
                new Benchmark.Timing(warmUp, MIN_ROUNDS, TIMED_SECONDS));
        out.printf(Locale.ROOT, "events            %,d%n", r.events());
        out.printf(Locale.ROOT, "set-up            %.2f s (the initial customers; not in the times below)%n",
                r.setupSeconds());
        out.printf(Locale.ROOT, "wall time         %.2f s (median of %d rounds, after %.0f s of warm-up)%n",
                r.wallSeconds(), r.rounds(), warmUp);
        out.printf(Locale.ROOT, "events/second     %,.0f%n", r.eventsPerSecond());
        out.printf(Locale.ROOT, "cost per event    %.3f us%n", 1e6 / r.eventsPerSecond());
        out.printf(Locale.ROOT, "peak heap         %.0f MB (max heap %d MB)%n", r.peakHeapMb(),
                Runtime.getRuntime().maxMemory() >> 20);
        out.printf(Locale.ROOT, "bytes/customer    %.0f (%,d customers ever acquired)%n", r.bytesPerCustomer(),
                r.customersTotal());
        out.printf(Locale.ROOT, "pending events    %d at most in MASON's schedule; %,d in the customer calendar%n",
                r.pendingEventsMax(), r.calendarMax());
        out.printf(Locale.ROOT, "empty MASON event %.0f ns at %d pending, timed right after each round: a model event "
                + "costs %.2f times that (median of the rounds' ratios; %.2f in CPU time)%n", r.bareMasonNs(),
                r.pendingEventsMax(), r.ratioToBareMason(), r.cpuRatioToBareMason());
        if (json) {
            Map<String, Object> j = new LinkedHashMap<>();
            j.put("customers", r.customers());
            j.put("days", r.days());
            j.put("customers_total", r.customersTotal());
            j.put("events", r.events());
            j.put("rounds", r.rounds());
            j.put("setup_s", r.setupSeconds());
            j.put("wall_s", r.wallSeconds());
            j.put("cpu_s", r.cpuSeconds());
            j.put("events_per_s", r.eventsPerSecond());
            j.put("peak_heap_mb", r.peakHeapMb());
            j.put("bytes_per_customer", r.bytesPerCustomer());
            j.put("pending_events_max", r.pendingEventsMax());
            j.put("calendar_size_end", r.calendarMax());
            j.put("ns_per_event", r.nsPerEvent());
            j.put("bare_mason_ns_per_event", r.bareMasonNs());
            j.put("ratio_to_bare_mason", r.ratioToBareMason());
            j.put("cpu_ratio_to_bare_mason", r.cpuRatioToBareMason());
            j.put("round_ratios_to_bare_mason", r.roundRatios());
            out.println(Json.write(j).replaceAll("\\s*\\n\\s*", " ").trim());
        }
        out.flush();
        return 0;
    }
}

package org.loyaltylab.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.loyaltylab.experiment.Benchmark;
import org.loyaltylab.model.CustomerScheduling;
import org.loyaltylab.output.Json;

/**
 * {@code loyaltylab bench --naive}: the reference workload twice in one process, first as the
 * model runs it (customer events in the customer calendar, {@link CustomerScheduling#CALENDAR}),
 * then as a MASON user would first write it (one Steppable per customer, put on MASON's schedule
 * at each of its events, {@link CustomerScheduling#MASON_AGENTS}). Both runs are the full model
 * with the same seed: the same customer events, decisions and draws, the same results; only
 * where customer events wait differs. Each is warmed up and timed once (the naive run at
 * 1,000,000 customers takes over a minute). Prints both runs' figures side by side and their ratios.
 */
final class NaiveBench {
    private NaiveBench() {
    }

    static int run(PrintWriter out, int customers, int days, long seed, double warmUpSeconds, boolean json) {
        out.printf(Locale.ROOT, "Reference workload: %,d customers, %d days, default policies, 1 thread; "
                + "customer calendar, then one MASON Steppable per customer%n", customers, days);
        out.flush();
        Benchmark.Timing once = new Benchmark.Timing(warmUpSeconds, 1, 0);
        Benchmark.Result calendar = Benchmark.run(customers, days, seed, CustomerScheduling.CALENDAR, once);
        Benchmark.Result naive = Benchmark.run(customers, days, seed, CustomerScheduling.MASON_AGENTS, once);
        out.printf(Locale.ROOT, "%-26s %16s %16s %8s%n", "", "calendar", "naive MASON", "ratio");
        row(out, "events", "%,d", calendar.events(), naive.events());
        row(out, "wall time, s", "%.2f", calendar.wallSeconds(), naive.wallSeconds());
        row(out, "ns per event", "%.0f", calendar.nsPerEvent(), naive.nsPerEvent());
        row(out, "CPU ns per event", "%.0f", cpuNs(calendar), cpuNs(naive));
        row(out, "peak heap, MB", "%.0f", calendar.peakHeapMb(), naive.peakHeapMb());
        row(out, "MASON pending at most", "%,d", calendar.pendingEventsMax(), naive.pendingEventsMax());
        row(out, "empty MASON event, ns", "%.0f", calendar.bareMasonNs(), naive.bareMasonNs());
        out.printf(Locale.ROOT, "(the empty MASON event is measured at each run's own pending count)%n");
        if (json) {
            Map<String, Object> j = new LinkedHashMap<>();
            j.put("customers", customers);
            j.put("days", days);
            j.put("events", calendar.events());
            j.put("naive_events", naive.events());
            j.put("ns_per_event", calendar.nsPerEvent());
            j.put("naive_ns_per_event", naive.nsPerEvent());
            j.put("naive_ratio", naive.nsPerEvent() / calendar.nsPerEvent());
            j.put("naive_cpu_ratio", cpuNs(naive) / cpuNs(calendar));
            j.put("wall_s", calendar.wallSeconds());
            j.put("naive_wall_s", naive.wallSeconds());
            j.put("peak_heap_mb", calendar.peakHeapMb());
            j.put("naive_peak_heap_mb", naive.peakHeapMb());
            j.put("naive_heap_ratio", naive.peakHeapMb() / calendar.peakHeapMb());
            j.put("pending_events_max", calendar.pendingEventsMax());
            j.put("naive_pending_events_max", naive.pendingEventsMax());
            j.put("bare_mason_ns_per_event", calendar.bareMasonNs());
            j.put("naive_bare_mason_ns_per_event", naive.bareMasonNs());
            out.println(Json.write(j).replaceAll("\\s*\\n\\s*", " ").trim());
        }
        out.flush();
        return 0;
    }

    private static double cpuNs(Benchmark.Result r) {
        return r.cpuSeconds() * 1e9 / r.events();
    }

    private static void row(PrintWriter out, String label, String format, double calendar, double naive) {
        out.printf(Locale.ROOT, "%-26s %16s %16s %7.2fx%n", label, format(format, calendar), format(format, naive),
                naive / calendar);
    }

    private static String format(String format, double value) {
        return format.contains("d") ? String.format(Locale.ROOT, format, (long) value)
                : String.format(Locale.ROOT, format, value);
    }
}

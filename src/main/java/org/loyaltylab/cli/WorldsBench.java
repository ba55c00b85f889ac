package org.loyaltylab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.loyaltylab.experiment.ExperimentLoader;
import org.loyaltylab.experiment.ExperimentSpec;
import org.loyaltylab.output.manifest.WorldsManifest;
import org.loyaltylab.pipeline.ProgressListener;
import org.loyaltylab.pipeline.WorldsPipeline;
import org.loyaltylab.pipeline.WorldsSettings;

/**
 * {@code bench --worlds N}: the cost of a {@code run --worlds} as issue 12 sizes it, N worlds x 2
 * arms (defensive, kind) x {@value #REPLICATIONS} replications of a {@value #CUSTOMERS}-customer,
 * {@value #DAYS}-day model, on every core, through the whole worlds pipeline (store, tables,
 * report) in a temporary folder: runs, wall time, runs per second, the time spent after the last
 * run (reading the store, writing tables, charts and report), the process's CPU time, and
 * nanoseconds per event of each (CPU time is the figure to compare on a shared machine).
 */
final class WorldsBench {
    static final int CUSTOMERS = 5000;
    static final int DAYS = 730;
    static final int REPLICATIONS = 3;
    private static final String EXPERIMENT = String.join("\n",
            "name: bench-worlds",
            "description: Does kind handling keep more customers than defensive handling across plausible worlds?",
            "days: " + DAYS,
            "replications: " + REPLICATIONS,
            "seed: 1",
            "parameters:",
            "  customers: {initial_count: " + CUSTOMERS + "}",
            "arms:",
            "  - name: defensive",
            "    baseline: true",
            "    parameters: {policies: {handling: defensive}}",
            "  - name: kind",
            "    parameters: {policies: {handling: kind}}",
            "");

    private WorldsBench() {
    }

    /** @return the CPU time this process has used, ns (all its threads, the JIT and GC included) */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /**
     * Runs the benchmark and prints its figures.
     *
     * @param worlds  the number of worlds, at least 1
     * @param threads worker threads
     * @return the exit code, 0
     */
    static int run(PrintWriter out, int worlds, int threads) throws IOException, SQLException {
        Path tmp = Files.createTempDirectory("loyaltylab-bench-worlds");
        try {
            Path file = Files.writeString(tmp.resolve("bench-worlds.yaml"), EXPERIMENT);
            ExperimentSpec spec = ExperimentLoader.load(file);
            out.printf(Locale.ROOT, "Worlds workload: %d worlds x 2 arms x %d replications of %,d customers x %d days, "
                    + "%d thread(s)%n", worlds, REPLICATIONS, CUSTOMERS, DAYS, threads);
            out.flush();
            WorldsSettings settings = new WorldsSettings(tmp.resolve("out"), threads, worlds, null, false,
                    REPLICATIONS, false, 1, 1, null, List.of("bench", "--worlds", Integer.toString(worlds)));
            long cpu = cpuNanos();
            long start = System.nanoTime();
            long[] runsEnded = new long[1];
            WorldsManifest m = new WorldsPipeline(spec, settings, new ProgressListener() {
                @Override
                public void ended() {
                    runsEnded[0] = System.nanoTime();
                }
            }).run();
            long end = System.nanoTime();
            double wall = (end - start) / 1e9;
            double writing = (end - runsEnded[0]) / 1e9;
            double cpuSeconds = (cpuNanos() - cpu) / 1e9;
            int runs = m.runsStored();
            out.printf(Locale.ROOT, "runs              %,d%n", runs);
            out.printf(Locale.ROOT, "events            %,d%n", m.eventsProcessed());
            out.printf(Locale.ROOT, "wall time         %.1f s (tables and report included)%n", wall);
            out.printf(Locale.ROOT, "runs/second       %.2f%n", runs / wall);
            out.printf(Locale.ROOT, "after the runs    %.2f s (%.1f %% of wall): store read, tables, charts, report%n",
                    writing, 100 * writing / wall);
            out.printf(Locale.ROOT, "cpu time          %.1f s of this process (%.2f s per run)%n", cpuSeconds,
                    cpuSeconds / runs);
            out.printf(Locale.ROOT, "ns/event          %.0f wall, %.0f cpu%n", 1e9 * wall / m.eventsProcessed(),
                    1e9 * cpuSeconds / m.eventsProcessed());
            out.flush();
            return 0;
        } finally {
            try (Stream<Path> tree = Files.walk(tmp)) {
                for (Path p : tree.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }
}

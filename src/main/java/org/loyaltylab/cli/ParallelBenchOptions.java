package org.loyaltylab.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.loyaltylab.output.Json;
import org.loyaltylab.pipeline.ParallelBenchmark;
import picocli.CommandLine.Option;

/** The options of {@code bench --parallel} (a picocli mixin) and the printing of its figures. */
final class ParallelBenchOptions {
    @Option(names = "--parallel", description = "instead: the speed-up of a sweep (tables and charts included) on all "
            + "cores over 1 thread, beside the speed-up the machine gives as many independent processes over one, "
            + "measured in interleaved rounds")
    private boolean parallel;

    @Option(names = "--rounds", defaultValue = "5", description = "with --parallel: rounds of measurements; the "
            + "figures are medians (default: ${DEFAULT-VALUE})")
    private int rounds;

    @Option(names = "--parallel-customers", defaultValue = "10000", paramLabel = "N",
            description = "with --parallel: customers of each run (default: ${DEFAULT-VALUE})")
    private int customers;

    @Option(names = "--parallel-days", defaultValue = "730", paramLabel = "N",
            description = "with --parallel: horizon of each run (default: ${DEFAULT-VALUE})")
    private int days;

    @Option(names = "--parallel-replications", defaultValue = "3", paramLabel = "N",
            description = "with --parallel: replications of the sweep's 16 points x 2 arms (default: ${DEFAULT-VALUE})")
    private int replications;

    @Option(names = "--sweep-jar", hidden = true, paramLabel = "JAR",
            description = "with --parallel: time the sweep of this jar (another version) instead of this one's")
    private Path sweepJar;

    /** @return whether --parallel was given */
    boolean requested() {
        return parallel;
    }

    /** Runs the benchmark and prints its rounds and figures; with {@code json}, the figures as JSON last. */
    int run(PrintWriter out, boolean json) throws Exception {
        for (int value : new int[] {rounds, customers, days, replications}) {
            ExperimentOptions.positive("--rounds, --parallel-customers, --parallel-days and --parallel-replications",
                    value);
        }
        int threads = Runtime.getRuntime().availableProcessors();
        ParallelBenchmark.Settings s = new ParallelBenchmark.Settings(customers, days, replications, rounds, threads);
        out.printf(Locale.ROOT, "Sweep of %d runs (%,d customers x %d days) on 1 and %d threads, beside the machine "
                + "(%d runs a process, 1 process and %d at once); %d rounds%n", s.sweepRuns(), customers, days,
                threads, Math.max(1, s.sweepRuns() / threads), threads, rounds);
        out.flush();
        ParallelBenchmark.Result r = new ParallelBenchmark(LoyaltyLab.class.getName(), sweepJar, line -> {
            out.println(line);
            out.flush();
        }).run(s);
        out.printf(Locale.ROOT, "machine speed-up  %.3f (%d processes over 1)%n", r.machineSpeedup(), threads);
        out.printf(Locale.ROOT, "sweep speed-up    %.3f (%d threads over 1)%n", r.sweepSpeedup(), threads);
        out.printf(Locale.ROOT, "efficiency        %.1f %% of the machine's speed-up%n", 100 * r.efficiency());
        if (json) {
            Map<String, Object> j = new LinkedHashMap<>();
            j.put("threads", threads);
            j.put("sweep_runs", s.sweepRuns());
            j.put("customers", customers);
            j.put("days", days);
            j.put("rounds", rounds);
            j.put("machine_speedup", r.machineSpeedup());
            j.put("sweep_speedup", r.sweepSpeedup());
            j.put("efficiency", r.efficiency());
            j.put("wall_s", r.rounds().stream().map(w -> List.of(w.machineOne(), w.machineAll(), w.sweepOne(),
                    w.sweepAll())).toList());
            out.println(Json.write(j).replaceAll("\\s*\\n\\s*", " ").trim());
        }
        out.flush();
        return 0;
    }
}

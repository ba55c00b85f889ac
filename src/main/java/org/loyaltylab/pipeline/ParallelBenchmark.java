package org.loyaltylab.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.DoubleStream;
import org.loyaltylab.experiment.Benchmark;
import org.loyaltylab.experiment.MachineProbe;
import org.loyaltylab.model.param.ParameterRegistry;
import org.loyaltylab.model.param.Parameters;

/**
 * {@code bench --parallel}: how much of the machine a parallel sweep uses, measured side by side in
 * one invocation, each figure in child JVMs like this one (see {@link ChildJvms}), timed from start
 * to exit:
 * <ul>
 * <li>the machine's speed-up: {@link MachineProbe} running the sweep's share of one thread (its
 * runs / N) alone, then in N processes at once: {@code N t1 / tN};</li>
 * <li>the sweep's speed-up: the real {@code sweep} command (runs, store, tables and charts) into a
 * fresh folder with 1 thread, then with N: {@code t1 / tN}.</li>
 * </ul>
 * N is the number of cores. Each round takes the four measurements, machine 1, sweep 1, machine N,
 * sweep N, and every other round takes them in the reverse order, so load that drifts during the
 * benchmark (other programs starting or ending) weighs on both figures alike. Each speed-up is the
 * median over the rounds of the ratio measured within a round.
 */
public final class ParallelBenchmark {
    /** The seed of the sweep and of the probe. */
    static final long SEED = 20261124;

    /**
     * The sweep: the design of {@code experiments/empathy-training-sweep.yaml} (4 x 4 grid, 2 arms);
     * size, horizon and replications come from the settings on the command line.
     */
    private static final String SWEEP = String.join("\n",
            "name: bench-parallel",
            "description: The sweep that bench --parallel times.",
            "days: 730",
            "seed: " + SEED,
            "arms:",
            "  - name: defensive",
            "    baseline: true",
            "    parameters: {policies: {handling: defensive}}",
            "  - name: kind",
            "    parameters: {policies: {handling: kind}}",
            "sweep:",
            "  design: grid",
            "  replications: 3",
            "  metrics: [retention, profit, revenue, cost, mean_loyalty, defensive_share, resolution_rate, agents_quit]",
            "  factors:",
            "    agents.empathy_mean: {min: 0.2, max: 0.8, steps: 4}",
            "    agents.training_level_basic: {min: 0.2, max: 0.9, steps: 4}",
            "");

    /**
     * What to measure.
     *
     * @param customers    initial customers of every run (staffing and marketing scaled as in {@link Benchmark})
     * @param days         the horizon of every run
     * @param replications replications of each of the sweep's 32 point-arm pairs
     * @param rounds       rounds of the four measurements
     * @param threads      N: the sweep's threads and the probe's processes
     */
    public record Settings(int customers, int days, int replications, int rounds, int threads) {
        /** @return the sweep's runs: 16 points x 2 arms x replications */
        public int sweepRuns() {
            return 32 * replications;
        }

        /** @return the probe's runs in each process: the sweep's share of one thread, at least 1 */
        int probeRuns() {
            return Math.max(1, sweepRuns() / threads);
        }
    }

    /**
     * The four wall times of one round, in seconds.
     *
     * @param machineOne one probe process alone
     * @param machineAll N probe processes at once
     * @param sweepOne   the sweep on 1 thread
     * @param sweepAll   the sweep on N threads
     */
    public record Round(double machineOne, double machineAll, double sweepOne, double sweepAll) {
    }

    /**
     * The figures.
     *
     * @param settings what was measured
     * @param rounds   the rounds, in order
     */
    public record Result(Settings settings, List<Round> rounds) {
        /** @return the median of N t1 / tN of the probe: the throughput N processes get over one */
        public double machineSpeedup() {
            return median(rounds.stream().mapToDouble(r -> settings.threads() * r.machineOne() / r.machineAll()));
        }

        /** @return the median of t1 / tN of the sweep */
        public double sweepSpeedup() {
            return median(rounds.stream().mapToDouble(r -> r.sweepOne() / r.sweepAll()));
        }

        /** @return the share of the machine's speed-up the sweep gets: sweep / machine */
        public double efficiency() {
            return sweepSpeedup() / machineSpeedup();
        }

        private static double median(DoubleStream values) {
            double[] v = values.sorted().toArray();
            return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
        }
    }

    private final String cliMainClass;
    private final Path sweepJar;
    private final Consumer<String> progress;
    private final ChildJvms jvms = new ChildJvms();

    /**
     * @param cliMainClass the command line's main class (the sweep is run through it)
     * @param sweepJar     the jar whose {@code sweep} is timed (another version's, to compare), or
     *                     null for this one
     * @param progress     hears one line after each measurement
     */
    public ParallelBenchmark(String cliMainClass, Path sweepJar, Consumer<String> progress) {
        this.cliMainClass = cliMainClass;
        this.sweepJar = sweepJar;
        this.progress = progress;
    }

    /** Runs the rounds in a temporary folder, deleted at the end. */
    public Result run(Settings settings) throws IOException, InterruptedException {
        Path scratch = Files.createTempDirectory("loyaltylab-bench-parallel");
        try {
            Path experiment = scratch.resolve("bench-sweep.yaml");
            Files.writeString(experiment, SWEEP);
            List<Round> rounds = new ArrayList<>();
            for (int i = 0; i < settings.rounds(); i++) {
                rounds.add(round(settings, experiment, scratch.resolve("round-" + (i + 1)), i % 2 == 1));
            }
            return new Result(settings, rounds);
        } finally {
            deleteTree(scratch);
        }
    }

    /** Takes the four measurements, indexed machine 1, sweep 1, machine N, sweep N, in this order or reversed. */
    private Round round(Settings s, Path experiment, Path dir, boolean reversed)
            throws IOException, InterruptedException {
        double[] wall = new double[4];
        for (int k = 0; k < 4; k++) {
            int m = reversed ? 3 - k : k;
            boolean machine = m % 2 == 0;
            int n = m >= 2 ? s.threads() : 1;
            Path logs = Files.createDirectories(dir.resolve((machine ? "machine-" : "sweep-") + n));
            wall[m] = machine ? ChildJvms.time(Collections.nCopies(n, probe(s)), logs)
                    : ChildJvms.time(List.of(sweep(s, experiment, logs.resolve("out"), n)), logs);
            String what = machine ? "machine, " + n + (n == 1 ? " process" : " processes at once")
                    : "sweep, " + n + (n == 1 ? " thread" : " threads");
            progress.accept(String.format(Locale.ROOT, "  %-32s %7.2f s", what, wall[m]));
        }
        return new Round(wall[0], wall[2], wall[1], wall[3]);
    }

    private List<String> probe(Settings s) {
        return jvms.command(MachineProbe.class.getName(), List.of(String.valueOf(s.customers()),
                String.valueOf(s.days()), String.valueOf(s.probeRuns()), String.valueOf(SEED)));
    }

    private List<String> sweep(Settings s, Path experiment, Path out, int threads) {
        Parameters p = Benchmark.workload(s.customers());
        List<String> args = new ArrayList<>(Arrays.asList("sweep", experiment.toString(), "--out", out.toString(),
                "--threads", String.valueOf(threads), "--days", String.valueOf(s.days()), "--replications",
                String.valueOf(s.replications()), "--quiet"));
        for (var key : List.of(ParameterRegistry.INITIAL_CUSTOMERS, ParameterRegistry.AGENTS,
                ParameterRegistry.MARKETING_ACQUISITION)) {
            args.add("--set");
            args.add(key.key() + "=" + p.asMap().get(key.key()));
        }
        return sweepJar == null ? jvms.command(cliMainClass, args)
                : jvms.command(sweepJar.toString(), cliMainClass, args);
    }

    private static void deleteTree(Path root) throws IOException {
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}

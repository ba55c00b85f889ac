package org.loyaltylab.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.loyaltylab.experiment.ArmPlan;
import org.loyaltylab.experiment.ExperimentSpec;
import org.loyaltylab.output.Json;
import org.loyaltylab.output.SweepTables;
import org.loyaltylab.output.charts.SweepCharts;
import org.loyaltylab.output.io.AtomicFiles;
import org.loyaltylab.sweep.SweepRunner;
import org.loyaltylab.sweep.SweepSpec;
import org.loyaltylab.sweep.SweepStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code loyaltylab sweep FILE}: a parameter sweep, parallel, crash-safe, resumable and shardable. */
@Command(name = "sweep", description = "Run the sweep section of an experiment file: every point of the design, "
        + "every arm, N replications; results in a crash-safe store, exported as tidy tables.")
final class SweepCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private ExperimentOptions experimentOptions;

    @Option(names = "--out", paramLabel = "DIR", description = "output directory (default: results/<name>)")
    private Path out;

    @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: all cores)")
    private Integer threads;

    @Option(names = "--resume", description = "continue an interrupted sweep in DIR, running only what is missing")
    private boolean resume;

    @Option(names = "--shard", paramLabel = "I/N", description = "run only the I-th of N disjoint slices (1 <= I <= N)")
    private String shard;

    @Option(names = "--quiet", description = "no progress bar")
    private boolean quiet;

    @Override
    public Integer call() throws Exception {
        ExperimentSpec experiment = experimentOptions.load();
        SweepSpec sweep = SweepSpec.of(experiment);
        Integer replications = experimentOptions.replications();
        if (replications != null) {
            sweep = new SweepSpec(sweep.design(), sweep.factors(), sweep.points(), replications, sweep.figures(),
                    sweep.seed());
        }
        int[] slice = parseShard(shard);
        Path dir = out != null ? out : Path.of("results", experiment.name());
        Path store = dir.resolve("sweep.db");
        if (Files.exists(store) && !resume) {
            throw new UsageException(store + " exists: add --resume to continue it, or choose another --out");
        }
        Files.createDirectories(dir);
        long start = System.nanoTime();
        List<Map<String, Object>> points = sweep.buildPoints();
        List<ArmPlan> arms = experiment.plans();
        SweepRunner runner = new SweepRunner(points, arms, sweep, experiment.seed(), experiment.days());
        List<SweepRunner.Task> tasks = runner.tasks(slice[0], slice[1]);
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        ExperimentOptions.positive("--threads", workers);
        int executed;
        List<SweepStore.Row> rows;
        try (SweepStore db = SweepStore.open(store, SweepFingerprint.of(experiment, sweep, points))) {
            executed = runWithProgress(runner, tasks, db, workers);
            rows = db.rows();
        } catch (IllegalStateException e) {
            throw new UsageException(e.getMessage());
        }
        List<String> armNames = arms.stream().map(ArmPlan::name).toList();
        SweepTables.write(dir, sweep, points, armNames, rows);
        SweepCharts.draw(dir, sweep, points, armNames, rows);
        double wall = (System.nanoTime() - start) / 1e9;
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("tool", "loyaltylab");
        manifest.put("version", Version.current());
        manifest.put("command", "loyaltylab " + String.join(" ", spec.commandLine().getParseResult().originalArgs()));
        manifest.put("experiment", experiment.name());
        manifest.put("experiment_file", experimentOptions.file().toString());
        manifest.put("design", sweep.design().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        manifest.put("factors", sweep.factors().stream().map(f -> f.key()).toList());
        manifest.put("points", points.size());
        manifest.put("arms", armNames);
        manifest.put("replications", sweep.replications());
        manifest.put("metrics", sweep.metrics());
        manifest.put("master_seed", experiment.seed());
        manifest.put("days", experiment.days());
        manifest.put("shard", slice[0] + "/" + slice[1]);
        manifest.put("runs_in_shard", tasks.size());
        manifest.put("runs_stored", rows.size());
        manifest.put("runs_executed_now", executed);
        manifest.put("threads", workers);
        manifest.put("wall_seconds", wall);
        manifest.put("seconds_per_run", executed == 0 ? null : wall * workers / executed);
        AtomicFiles.writeString(dir.resolve("sweep.json"), Json.write(manifest));
        spec.commandLine().getOut().printf("%s: %d points x %d arms x %d replications; shard %d/%d: %d runs stored, "
                + "%d run now in %.1f s. Tables in %s%n", experiment.name(), points.size(), arms.size(),
                sweep.replications(), slice[0], slice[1], rows.size(), executed, wall, dir);
        spec.commandLine().getOut().flush();
        return 0;
    }

    private int runWithProgress(SweepRunner runner, List<SweepRunner.Task> tasks, SweepStore db, int workers)
            throws Exception {
        if (quiet || System.console() == null) {
            return runner.run(tasks, db, workers, n -> { });
        }
        try (ProgressBar bar = new ProgressBarBuilder().setTaskName("Sweep").setInitialMax(tasks.size())
                .setStyle(ProgressBarStyle.ASCII).setUnit(" runs", 1).showSpeed().build()) {
            return runner.run(tasks, db, workers, bar::stepTo);
        }
    }

    static int[] parseShard(String text) {
        if (text == null) {
            return new int[] {1, 1};
        }
        String[] parts = text.split("/");
        try {
            int i = Integer.parseInt(parts[0].trim());
            int n = Integer.parseInt(parts[1].trim());
            if (parts.length == 2 && n >= 1 && i >= 1 && i <= n) {
                return new int[] {i, n};
            }
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            // reported below
        }
        throw new UsageException("--shard " + text + ": expected I/N with 1 <= I <= N, e.g. 2/8");
    }
}

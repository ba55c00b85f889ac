package org.loyaltylab.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.loyaltylab.BadInputException;
import org.loyaltylab.experiment.ExperimentSpec;
import org.loyaltylab.output.manifest.SweepManifest;
import org.loyaltylab.pipeline.SweepPipeline;
import org.loyaltylab.pipeline.SweepSettings;
import org.loyaltylab.sweep.SweepSpec;
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
            sweep = sweep.withReplications(replications);
        }
        int[] slice = parseShard(shard);
        Path dir = out != null ? out : Path.of("results", experiment.name());
        SweepSettings settings = new SweepSettings(dir, ExperimentOptions.threads(threads), resume, slice[0], slice[1],
                spec.commandLine().getParseResult().originalArgs());
        SweepManifest m = new SweepPipeline(ProgressBars.unless(quiet)).run(experiment, sweep, settings);
        spec.commandLine().getOut().printf("%s: %d points x %d arms x %d replications; shard %d/%d: %d runs stored, "
                + "%d run now in %.1f s. Tables in %s%n", m.experiment(), m.points(), m.arms().size(), m.replications(),
                m.shard(), m.shards(), m.runsStored(), m.runsExecutedNow(), m.wallSeconds(), dir);
        spec.commandLine().getOut().flush();
        return 0;
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
        throw new BadInputException("--shard " + text + ": expected I/N with 1 <= I <= N, e.g. 2/8");
    }
}

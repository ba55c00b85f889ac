package org.loyaltylab.cli;

import java.nio.file.Path;
import org.loyaltylab.BadInputException;
import org.loyaltylab.experiment.ExperimentSpec;
import org.loyaltylab.experiment.Simulation;
import org.loyaltylab.experiment.SteadyBase;
import org.loyaltylab.output.manifest.SweepManifest;
import org.loyaltylab.pipeline.SweepPipeline;
import org.loyaltylab.pipeline.SweepSettings;
import org.loyaltylab.sweep.SweepSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Mixin;

/** {@code loyaltylab sweep FILE}: a parameter sweep, parallel, crash-safe, resumable and shardable. */
@Command(name = "sweep", description = "Run the sweep section of an experiment file: every point of the design, "
        + "every arm, N replications; results in a crash-safe store, exported as tidy tables.")
final class SweepCommand extends PrintingCommand {
    @Mixin
    private ExperimentOptions experimentOptions;

    @Option(names = "--resume", description = "continue an interrupted sweep in DIR, running only what is missing")
    private boolean resume;

    @Option(names = "--shard", paramLabel = "I/N", description = "run only the I-th of N disjoint slices (1 <= I <= N)")
    private String shard;

    @Override
    public Integer call() throws Exception {
        ExperimentSpec experiment = SteadyBase.apply(experimentOptions.load(), Simulation.MODEL);
        SweepSpec sweep = experimentOptions.sweep(experiment);
        int[] slice = parseShard(shard);
        Path dir = experimentOptions.out(experiment);
        SweepSettings settings = new SweepSettings(dir, experimentOptions.threads(), resume, slice[0], slice[1],
                arguments());
        SweepManifest m = new SweepPipeline(experimentOptions.progress()).run(experiment, sweep, settings);
        out().printf("%s: %d points x %d arms x %d replications; shard %d/%d: %d runs stored, "
                + "%d run now in %.1f s. Tables in %s%n", m.experiment(), m.points(), m.arms().size(), m.replications(),
                m.shard(), m.shards(), m.runsStored(), m.runsExecutedNow(), m.wallSeconds(), dir);
        out().flush();
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

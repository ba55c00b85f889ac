package org.loyaltylab.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.loyaltylab.experiment.ExperimentLoader;
import org.loyaltylab.experiment.ExperimentSpec;
import org.loyaltylab.output.SweepTables;
import org.loyaltylab.output.charts.SweepCharts;
import org.loyaltylab.sweep.SweepSpec;
import org.loyaltylab.sweep.SweepStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code loyaltylab merge --out DIR SHARD_DIR...}: combines shard outputs into the tables of an unsharded sweep. */
@Command(name = "merge", description = "Combine the stores of sweep shards (--shard I/N) into one directory with the "
        + "same tables an unsharded sweep writes.")
final class MergeCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "merged output directory")
    private Path out;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "the same --set overrides the shards used")
    private List<String> sets = new java.util.ArrayList<>();

    @Parameters(arity = "1..*", paramLabel = "SHARD_DIR", description = "shard output directories")
    private List<Path> shards;

    @Override
    public Integer call() throws Exception {
        String experimentFile = null;
        for (Path shard : shards) {
            if (!Files.exists(shard.resolve("sweep.db")) || !Files.exists(shard.resolve("sweep.json"))) {
                throw new UsageException(shard + " is not a sweep output directory (no sweep.db / sweep.json)");
            }
            String file = ManifestField.read(shard.resolve("sweep.json"), "experiment_file");
            experimentFile = experimentFile == null ? file : experimentFile;
        }
        ExperimentSpec experiment = ExperimentLoader.load(Path.of(experimentFile));
        for (String s : sets) {
            var kv = ExperimentLoader.parseOverride(s);
            experiment = experiment.withOverride(kv.getKey(), kv.getValue());
        }
        String days = ManifestField.read(shards.get(0).resolve("sweep.json"), "days");
        String reps = ManifestField.read(shards.get(0).resolve("sweep.json"), "replications");
        experiment = experiment.withDays(Integer.parseInt(days));
        SweepSpec sweep0 = SweepSpec.of(experiment);
        SweepSpec sweep = new SweepSpec(sweep0.design(), sweep0.factors(), sweep0.points(), Integer.parseInt(reps),
                sweep0.figures(), sweep0.seed());
        List<java.util.Map<String, Object>> points = sweep.buildPoints();
        String fingerprint = SweepFingerprint.of(experiment, sweep, points);
        Files.createDirectories(out);
        List<SweepStore.Row> rows;
        try (SweepStore merged = SweepStore.open(out.resolve("sweep.db"), fingerprint)) {
            for (Path shard : shards) {
                try (SweepStore part = SweepStore.open(shard.resolve("sweep.db"), fingerprint)) {
                    for (SweepStore.Row r : part.rows()) {
                        merged.put(r);
                    }
                }
            }
            rows = merged.rows();
        } catch (IllegalStateException e) {
            throw new UsageException("shards come from different sweeps: " + e.getMessage());
        }
        List<String> arms = experiment.arms().stream().map(a -> a.name()).toList();
        SweepTables.write(out, sweep, points, arms, rows);
        SweepCharts.draw(out, sweep, points, arms, rows);
        spec.commandLine().getOut().printf("Merged %d shards: %d runs in %s%n", shards.size(), rows.size(), out);
        spec.commandLine().getOut().flush();
        return 0;
    }
}

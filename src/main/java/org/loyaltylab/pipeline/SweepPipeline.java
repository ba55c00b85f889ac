package org.loyaltylab.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.loyaltylab.BadInputException;
import org.loyaltylab.experiment.ArmPlan;
import org.loyaltylab.experiment.ExperimentLoader;
import org.loyaltylab.experiment.ExperimentSpec;
import org.loyaltylab.experiment.Simulation;
import org.loyaltylab.output.SweepTables;
import org.loyaltylab.output.charts.SweepCharts;
import org.loyaltylab.output.manifest.ManifestFile;
import org.loyaltylab.output.manifest.SweepManifest;
import org.loyaltylab.sweep.SweepFingerprint;
import org.loyaltylab.sweep.SweepRunner;
import org.loyaltylab.sweep.SweepSpec;
import org.loyaltylab.sweep.SweepStore;

/**
 * A parameter sweep, start to finish: runs this shard's missing runs into the crash-safe store
 * ({@code sweep.db}), then writes the tidy tables, the charts and {@code sweep.json}; and the
 * merge of shards into the tables of the unsharded sweep. Prints nothing; progress goes to a
 * {@link ProgressListener}.
 */
public final class SweepPipeline {
    private static final String STORE = "sweep.db";

    private final ProgressListener progress;
    private final Simulation simulation;

    /** @param progress hears the progress */
    public SweepPipeline(ProgressListener progress) {
        this(progress, Simulation.MODEL);
    }

    /**
     * As the constructor above, running {@code simulation} for each run instead of the model
     * (tests use a run that fails).
     *
     * @param simulation one replication of one arm
     */
    public SweepPipeline(ProgressListener progress, Simulation simulation) {
        this.progress = progress;
        this.simulation = simulation;
    }

    /**
     * Runs this shard of the sweep and writes its tables, charts and manifest.
     *
     * @param experiment the experiment, with its command-line overrides
     * @param sweep      its sweep section, with its command-line overrides
     * @return the manifest written
     * @throws BadInputException if the store exists without {@code resume} or belongs to another sweep
     */
    public SweepManifest run(ExperimentSpec experiment, SweepSpec sweep, SweepSettings settings)
            throws IOException, SQLException {
        Path dir = settings.dir();
        Path store = dir.resolve(STORE);
        if (Files.exists(store) && !settings.resume()) {
            throw new BadInputException(store + " exists: add --resume to continue it, or choose another --out");
        }
        Stages.requireFolder(dir);
        Files.createDirectories(dir);
        long start = System.nanoTime();
        List<Map<String, Object>> points = sweep.buildPoints();
        List<ArmPlan> arms = experiment.plans();
        SweepRunner runner = new SweepRunner(points, arms, sweep, experiment.seed(), experiment.days(), simulation);
        List<SweepRunner.Task> tasks = runner.tasks(settings.shard(), settings.shards());
        int executed;
        List<SweepStore.Row> rows;
        try (SweepStore db = SweepStore.open(store, SweepFingerprint.of(experiment, sweep, points))) {
            progress.started("Sweep", tasks.size());
            try {
                executed = runner.run(tasks, db, settings.threads(), progress::finished);
            } finally {
                progress.ended();
            }
            rows = db.rows();
        }
        List<String> armNames = arms.stream().map(ArmPlan::name).toList();
        writeTables(dir, sweep, points, armNames, rows);
        double wall = (System.nanoTime() - start) / 1e9;
        SweepManifest manifest = new SweepManifest(ManifestFile.toolVersion(), Stages.commandLine(settings.arguments()),
                experiment.name(), String.valueOf(experiment.file()), sweep.design().label(),
                sweep.factors().stream().map(f -> f.key()).toList(), points.size(), armNames, sweep.replications(),
                sweep.metrics(), experiment.seed(), experiment.days(), settings.shard(), settings.shards(), tasks.size(),
                rows.size(), executed, settings.threads(), wall,
                executed == 0 ? null : wall * settings.threads() / executed);
        manifest.write(dir);
        return manifest;
    }

    /**
     * Combines the stores of shards of one sweep into {@code out}, with the tables an unsharded
     * sweep writes. The experiment is read from the file the shards' manifests name.
     *
     * @param overrides the {@code --set} overrides the shards were run with, key to value
     * @return the number of runs merged
     * @throws BadInputException if a folder is not a sweep shard or the shards come from different sweeps
     */
    public int merge(List<Path> shards, Path out, List<Map.Entry<String, Object>> overrides)
            throws IOException, SQLException {
        SweepManifest first = null;
        for (Path shard : shards) {
            if (!Files.exists(shard.resolve(STORE)) || !Files.exists(shard.resolve(SweepManifest.FILE))) {
                throw new BadInputException(shard + " is not a sweep output directory (no sweep.db / sweep.json)");
            }
            SweepManifest m = SweepManifest.read(shard);
            first = first == null ? m : first;
        }
        if (first.experimentFile() == null || first.days() < 1 || first.replications() < 1) {
            throw new BadInputException(shards.get(0).resolve(SweepManifest.FILE)
                    + " lacks experiment_file, days or replications");
        }
        ExperimentSpec experiment = ExperimentLoader.load(Path.of(first.experimentFile()));
        for (Map.Entry<String, Object> kv : overrides) {
            experiment = experiment.withOverride(kv.getKey(), kv.getValue());
        }
        experiment = experiment.withDays(first.days());
        SweepSpec sweep = SweepSpec.of(experiment).withReplications(first.replications());
        List<Map<String, Object>> points = sweep.buildPoints();
        String fingerprint = SweepFingerprint.of(experiment, sweep, points);
        Files.createDirectories(out);
        List<SweepStore.Row> rows;
        try (SweepStore merged = SweepStore.open(out.resolve(STORE), fingerprint)) {
            for (Path shard : shards) {
                try (SweepStore part = SweepStore.open(shard.resolve(STORE), fingerprint)) {
                    for (SweepStore.Row r : part.rows()) {
                        merged.put(r);
                    }
                }
            }
            rows = merged.rows();
        } catch (BadInputException e) {
            throw new BadInputException("shards come from different sweeps: " + e.getMessage());
        }
        writeTables(out, sweep, points, experiment.arms().stream().map(a -> a.name()).toList(), rows);
        return rows.size();
    }

    private static void writeTables(Path dir, SweepSpec sweep, List<Map<String, Object>> points, List<String> arms,
                                    List<SweepStore.Row> rows) throws IOException {
        SweepTables.write(dir, sweep, points, arms, rows);
        SweepCharts.draw(dir, sweep, points, arms, rows);
    }
}

package org.loyaltylab.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.loyaltylab.BadInputException;
import org.loyaltylab.experiment.ArmPlan;
import org.loyaltylab.experiment.ExperimentLoader;
import org.loyaltylab.experiment.ExperimentSpec;
import org.loyaltylab.experiment.Simulation;
import org.loyaltylab.output.SweepTables;
import org.loyaltylab.output.charts.SweepCharts;
import org.loyaltylab.output.io.ParallelWrites;
import org.loyaltylab.output.manifest.ManifestFile;
import org.loyaltylab.output.manifest.SweepManifest;
import org.loyaltylab.output.report.ReportBuilder;
import org.loyaltylab.output.report.ReproduceCommand;
import org.loyaltylab.output.report.SweepReport;
import org.loyaltylab.sweep.Design;
import org.loyaltylab.sweep.SweepFingerprint;
import org.loyaltylab.sweep.SweepRunner;
import org.loyaltylab.sweep.SweepSpec;
import org.loyaltylab.sweep.SweepStore;

/**
 * A parameter sweep, start to finish: runs this shard's missing runs into the crash-safe store
 * ({@code sweep.db}), drawing each arm's heatmaps as soon as its runs are stored while the next arm
 * runs, then writes the tidy tables and the other charts on all the sweep's threads and, last,
 * {@code sweep.json} (removed when a sweep starts, so a folder without it is unfinished); and the
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
     * @throws BadInputException if the store exists without {@code resume} or belongs to another sweep, or a run
     *                           cannot fit in memory or would take too long
     */
    public SweepManifest run(ExperimentSpec experiment, SweepSpec sweep, SweepSettings settings)
            throws IOException, SQLException {
        Path dir = settings.dir();
        Path store = dir.resolve(STORE);
        if (Files.exists(store) && !settings.resume()) {
            throw new BadInputException(store + " exists: add --resume to continue it, or choose another --out");
        }
        List<ArmPlan> arms = experiment.plans();
        checkSize(sweep, arms.size());
        List<Map<String, Object>> points = sweep.buildPoints();
        MemoryEstimate.check(() -> points.stream().map(MemoryEstimate::relevant).distinct()
                .flatMap(pt -> arms.stream().map(a -> a.parameters().withAll(pt))).iterator(), experiment.days(),
                settings.threads(), 0, Runtime.getRuntime().maxMemory());
        WorkEstimate.check(() -> points.stream().flatMap(pt -> arms.stream().map(a -> a.parameters().withAll(pt)))
                .iterator(), experiment.days(), WorkEstimate.LIMIT);
        Stages.createFolder(dir);
        Files.deleteIfExists(dir.resolve(SweepManifest.FILE));
        long start = System.nanoTime();
        SweepRunner runner = new SweepRunner(points, arms, sweep, experiment.seed(), experiment.days(), simulation);
        List<SweepRunner.Task> tasks = runner.tasks(settings.shard(), settings.shards());
        int executed;
        List<SweepStore.Row> rows;
        List<String> armNames = arms.stream().map(ArmPlan::name).toList();
        Set<Integer> drawn = ConcurrentHashMap.newKeySet();
        try (SweepStore db = SweepStore.open(store, SweepFingerprint.of(experiment, sweep, points))) {
            progress.started("Sweep", tasks.size());
            try {
                executed = runner.run(tasks, db, settings.threads(), progress::finished, arm -> {
                    ParallelWrites.run(SweepCharts.armCharts(sweep, points, armNames, db.rows(), arm).stream()
                            .map(c -> SweepCharts.job(dir, c)).toList(), 1);
                    drawn.add(arm);
                });
            } finally {
                progress.ended();
            }
            rows = db.rows();
        }
        writeTables(dir, experiment, sweep, points, armNames, rows, drawn, settings.threads(),
                ReproduceCommand.withoutLocalOptions(settings.arguments()));
        double wall = (System.nanoTime() - start) / 1e9;
        SweepManifest manifest = new SweepManifest(ManifestFile.toolVersion(), Stages.commandLine(settings.arguments()),
                experiment.name(), relativeTo(dir, experiment.file()), sweep.design().label(),
                sweep.factors().stream().map(f -> f.key()).toList(), points.size(), armNames, sweep.replications(),
                sweep.metrics(), experiment.seed(), experiment.days(), settings.shard(), settings.shards(), tasks.size(),
                rows.size(), executed, settings.threads(), wall,
                executed == 0 ? null : wall * settings.threads() / executed);
        manifest.write(dir);
        return manifest;
    }

    /**
     * @return the design's number of points
     * @throws BadInputException if the design has more points or the sweep more runs than allowed
     */
    public static long checkSize(SweepSpec sweep, int arms) {
        long points;
        try {
            points = Design.size(sweep.design(), sweep.factors(), sweep.points());
        } catch (ArithmeticException e) {
            points = Long.MAX_VALUE;
        }
        if (points > Design.MAX_POINTS) {
            throw new BadInputException(String.format(Locale.ROOT, "the %s design has %,d points, more than the %,d "
                    + "allowed: fewer factors, steps or levels", sweep.design().label(), points, Design.MAX_POINTS));
        }
        long runs = points * arms * sweep.replications();
        if (runs > Design.MAX_RUNS) {
            throw new BadInputException(String.format(Locale.ROOT, "the sweep has %,d runs (%,d points x %d arms x %,d "
                    + "replications), more than the %,d allowed", runs, points, arms, sweep.replications(),
                    Design.MAX_RUNS));
        }
        return points;
    }

    /** @return {@code file} as seen from {@code dir}, so that {@code merge} finds it from the shard wherever it runs */
    static String relativeTo(Path dir, Path file) {
        return file == null ? null : dir.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize())
                .toString();
    }

    /**
     * Combines the stores of shards of one sweep into {@code out}, with the tables an unsharded
     * sweep writes. Every shard is checked before anything is written: a sweep folder with a
     * manifest, the same sweep as the others (manifest and store fingerprint). The experiment is
     * read from the file the first shard's manifest names, relative to that shard. The merged
     * folder is written beside {@code out} and swapped in at the end (see {@link OutputFolder}),
     * so a failed merge leaves nothing.
     *
     * @param overrides the {@code --set} overrides the shards were run with, key to value
     * @return the number of runs merged
     * @throws BadInputException if a folder is not a sweep shard or the shards come from different sweeps
     */
    public int merge(List<Path> shards, Path out, List<Map.Entry<String, Object>> overrides)
            throws IOException, SQLException {
        List<SweepManifest> manifests = new ArrayList<>();
        for (Path shard : shards) {
            if (!Files.exists(shard.resolve(STORE)) || !Files.exists(shard.resolve(SweepManifest.FILE))) {
                throw new BadInputException(shard + " is not a complete sweep output directory (no sweep.db or "
                        + "no sweep.json: a sweep writes sweep.json last)");
            }
            manifests.add(SweepManifest.read(shard));
        }
        SweepManifest first = manifests.get(0);
        if (first.experimentFile() == null || first.days() < 1 || first.replications() < 1) {
            throw new BadInputException(shards.get(0).resolve(SweepManifest.FILE)
                    + " lacks experiment_file, days or replications");
        }
        for (int i = 1; i < shards.size(); i++) {
            if (!sameSweep(first, manifests.get(i))) {
                throw new BadInputException("shards come from different sweeps: " + shards.get(i)
                        + " does not run the experiment, design, points, arms, seed, days or replications of "
                        + shards.get(0));
            }
        }
        ExperimentSpec experiment = ExperimentLoader.load(experimentFile(shards.get(0), first.experimentFile()));
        for (Map.Entry<String, Object> kv : overrides) {
            experiment = experiment.withOverride(kv.getKey(), kv.getValue());
        }
        experiment = experiment.withDays(first.days());
        SweepSpec sweep = SweepSpec.of(experiment).withReplications(first.replications());
        List<Map<String, Object>> points = sweep.buildPoints();
        String fingerprint = SweepFingerprint.of(experiment, sweep, points);
        for (Path shard : shards) {
            try {
                SweepStore.open(shard.resolve(STORE), fingerprint).close(); // refused if of another sweep
            } catch (BadInputException e) {
                throw new BadInputException("shards come from different sweeps (or other --set overrides): "
                        + e.getMessage());
            }
        }
        OutputFolder folder = OutputFolder.begin("--out", out, SweepPipeline::written);
        try {
            List<SweepStore.Row> rows;
            try (SweepStore merged = SweepStore.open(folder.dir().resolve(STORE), fingerprint)) {
                for (Path shard : shards) {
                    try (SweepStore part = SweepStore.open(shard.resolve(STORE), fingerprint)) {
                        for (SweepStore.Row r : part.rows()) {
                            merged.put(r);
                        }
                    }
                }
                rows = merged.rows();
            }
            writeTables(folder.dir(), experiment, sweep, points, experiment.arms().stream().map(a -> a.name()).toList(),
                    rows, Set.of(), Runtime.getRuntime().availableProcessors(), null);
            folder.commit();
            return rows.size();
        } finally {
            folder.abandon();
        }
    }

    /** @return whether {@code sweep} or {@code merge} writes files of this name into a sweep folder */
    static boolean written(String name) {
        return name.endsWith(".csv") || name.startsWith(STORE) || name.equals(SweepManifest.FILE)
                || name.equals(ReportBuilder.CHARTS) || name.equals(ReportBuilder.REPORT);
    }

    private static boolean sameSweep(SweepManifest a, SweepManifest b) {
        return Objects.equals(a.experiment(), b.experiment()) && Objects.equals(a.design(), b.design())
                && a.factors().equals(b.factors()) && a.points() == b.points() && a.arms().equals(b.arms())
                && a.replications() == b.replications() && a.metrics().equals(b.metrics())
                && a.masterSeed() == b.masterSeed() && a.days() == b.days() && a.shards() == b.shards();
    }

    /**
     * @return the experiment file a shard's manifest names: relative to the shard (as {@code sweep}
     *         records it), or, for manifests of earlier versions, relative to the current folder
     */
    static Path experimentFile(Path shard, String recorded) {
        Path path = Path.of(recorded);
        Path fromShard = shard.resolve(path);
        if (Files.isRegularFile(fromShard)) {
            return fromShard;
        }
        if (Files.isRegularFile(path)) {
            return path;
        }
        throw new BadInputException(shard.resolve(SweepManifest.FILE) + " names the experiment file " + recorded
                + ", which is neither at " + fromShard + " nor at " + path.toAbsolutePath());
    }

    /**
     * Writes the tables and the charts not yet drawn on {@code threads} threads, the charts (the
     * longer jobs) first, then report.html.
     *
     * @param drawn   the arms whose charts were drawn while the sweep ran
     * @param command the command that repeats the sweep, null for a merge of shards
     */
    private static void writeTables(Path dir, ExperimentSpec experiment, SweepSpec sweep,
                                    List<Map<String, Object>> points, List<String> arms, List<SweepStore.Row> rows,
                                    Set<Integer> drawn, int threads, String command) throws IOException {
        List<SweepCharts.Chart> charts = new ArrayList<>();
        List<ParallelWrites.Job> jobs = new ArrayList<>();
        for (int a = 0; a < arms.size(); a++) {
            List<SweepCharts.Chart> arm = SweepCharts.armCharts(sweep, points, arms, rows, a);
            charts.addAll(arm);
            if (!drawn.contains(a)) {
                arm.forEach(c -> jobs.add(SweepCharts.job(dir, c)));
            }
        }
        List<SweepCharts.Chart> joint = SweepCharts.jointCharts(sweep, points, arms, rows);
        charts.addAll(joint);
        joint.forEach(c -> jobs.add(SweepCharts.job(dir, c)));
        jobs.addAll(SweepTables.jobs(dir, sweep, points, arms, rows));
        ParallelWrites.run(jobs, threads);
        SweepReport.write(dir, experiment.name(), experiment.description(), sweep, points.size(), arms,
                experiment.days(), experiment.seed(), command, charts);
    }
}

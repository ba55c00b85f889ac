package org.loyaltylab.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.loyaltylab.BadInputException;
import org.loyaltylab.analysis.Ablation;
import org.loyaltylab.experiment.Arm;
import org.loyaltylab.experiment.ExperimentSpec;
import org.loyaltylab.experiment.FailureSink;
import org.loyaltylab.experiment.ParallelRunner;
import org.loyaltylab.experiment.RunResult;
import org.loyaltylab.experiment.Simulation;
import org.loyaltylab.model.metric.Metric;
import org.loyaltylab.model.metric.SummaryMetrics;
import org.loyaltylab.model.param.Parameters;
import org.loyaltylab.model.random.KeyedRandom;
import org.loyaltylab.output.AblationTable;
import org.loyaltylab.output.manifest.WorldsManifest;
import org.loyaltylab.output.report.ShortReport;
import org.loyaltylab.sweep.SweepFingerprint;
import org.loyaltylab.sweep.SweepStore;
import org.loyaltylab.sweep.WorldDesign;

/**
 * A {@code run --worlds}: runs every arm of an experiment in each of many plausible worlds (see
 * {@link WorldDesign}) for a few replications, with common random numbers (replication {@code r}
 * uses the same seed in every arm and every world), then writes what {@link WorldsAnalysis}
 * makes of them. Like a sweep, every finished run is kept in a crash-safe store in the results
 * folder ({@code worlds.db}, a {@link SweepStore}): {@code --resume} runs only what is missing, and
 * {@code --shard I/N} runs a disjoint slice, whose stores {@code merge} combines ({@link
 * WorldsMerge}). The tables are made from the store, so a resumed or merged run writes the same
 * bytes as one run straight through. In a world, an arm that sets an uncertain parameter itself
 * keeps its own value. Prints nothing; progress goes to a {@link ProgressListener}.
 */
public final class WorldsPipeline {
    /** The metrics whose robustness is reported. */
    public static final List<Metric> METRICS = List.of(SummaryMetrics.RETENTION, SummaryMetrics.ACTIVE_CUSTOMERS,
            SummaryMetrics.PROFIT);
    /** The store's file name in the results folder. */
    static final String STORE = "worlds.db";

    /** One run: a world, a replication, an arm; {@code index} orders every run of the worlds. */
    private record Task(int index, int world, int replication, int arm) {
    }

    private final ExperimentSpec spec;
    private final WorldsSettings settings;
    private final ProgressListener progress;

    /**
     * @param spec     the experiment, with its command-line overrides
     * @param settings where and how to run it
     * @param progress hears the progress
     */
    public WorldsPipeline(ExperimentSpec spec, WorldsSettings settings, ProgressListener progress) {
        this.spec = spec;
        this.settings = settings;
        this.progress = progress;
    }

    /**
     * Runs this shard's missing runs into the store, then, unless the run is one shard of
     * several, writes {@code worlds.csv}, {@code robustness.csv}, {@code scenarios.csv}, the
     * report and its charts; {@code worlds.json} last.
     *
     * @return the manifest written, for printing
     * @throws BadInputException if the folder is a file, holds files of another kind, holds an
     *                           interrupted run and {@code --resume} is not given, or its store is
     *                           of other worlds; or if the worlds file is bad
     * @throws IOException       if a file cannot be read or written
     * @throws SQLException      if the store cannot be used
     */
    public WorldsManifest run() throws IOException, SQLException {
        WorldDesign design = design(spec, settings);
        List<Ablation> ablation = settings.ablation() == null ? List.of()
                : AblationTable.read(settings.ablation(), spec.contrasts());
        ExperimentPipeline.checkMemory(spec.withReplications(settings.replications()), settings.threads());
        Path dir = settings.dir();
        Stages.createFolder(dir);
        OutputFolder.requireOurs("--out", dir, dir, WorldsPipeline::written);
        Path store = dir.resolve(STORE);
        if (Files.exists(store) && !settings.resume()) {
            if (!Files.exists(dir.resolve(WorldsManifest.FILE))) {
                throw new BadInputException(store + " holds an interrupted worlds run: add --resume to continue it, "
                        + "or choose another --out");
            }
            Files.delete(store);
        }
        clear(dir);
        long start = System.nanoTime();
        List<Task> tasks = tasks(design);
        int executed;
        List<SweepStore.Row> rows;
        try (SweepStore db = SweepStore.open(store, SweepFingerprint.ofWorlds(spec, settings.replications(), design))) {
            executed = simulate(tasks, design, db);
            rows = db.rows();
        }
        WorldsAnalysis analysis = new WorldsAnalysis(spec, settings, design, rows, ablation);
        if (settings.shards() > 1) {
            WorldsManifest m = analysis.manifest(List.of(), (System.nanoTime() - start) / 1e9, executed);
            m.write(dir);
            return m;
        }
        return analysis.write(dir, start, executed);
    }

    /** @return whether a worlds run writes files of this name into a results folder */
    static boolean written(String name) {
        return name.endsWith(".csv") || name.equals(WorldsManifest.FILE) || name.startsWith(STORE)
                || ShortReport.written(name);
    }

    /**
     * Removes the manifest (first, so that the folder reads as unfinished), tables, report and
     * charts an earlier run into {@code dir} wrote; the store stays.
     */
    private static void clear(Path dir) throws IOException {
        Files.deleteIfExists(dir.resolve(WorldsManifest.FILE));
        try (Stream<Path> entries = Files.list(dir)) {
            for (Path p : entries.toList()) {
                String name = p.getFileName().toString();
                if (name.endsWith(".csv") || name.equals(ShortReport.FILE)) {
                    Files.delete(p);
                } else if (name.equals(ShortReport.CHARTS)) {
                    try (Stream<Path> tree = Files.walk(p)) {
                        for (Path q : tree.sorted(Comparator.reverseOrder()).toList()) {
                            Files.delete(q);
                        }
                    }
                }
            }
        }
    }

    /**
     * @return the worlds the settings ask for: read from {@code --worlds-from}, a Saltelli design
     *         or a Latin hypercube seeded by the experiment's seed
     */
    static WorldDesign design(ExperimentSpec spec, WorldsSettings settings) throws IOException {
        Set<String> fixed = spec.baseOverrides().keySet();
        if (settings.from() != null) {
            return WorldDesign.fromCsv(settings.from(), settings.worlds(), fixed);
        }
        return settings.saltelli() ? WorldDesign.saltelli(settings.worlds(), fixed)
                : WorldDesign.latinHypercube(settings.worlds(), fixed, spec.seed());
    }

    /** @return this shard's runs, ordered by world, replication, arm */
    private List<Task> tasks(WorldDesign design) {
        List<Task> tasks = new ArrayList<>();
        int index = 0;
        for (int w = 0; w < design.worlds().size(); w++) {
            for (int rep = 1; rep <= settings.replications(); rep++) {
                for (int a = 0; a < spec.arms().size(); a++) {
                    if (index % settings.shards() == settings.shard() - 1) {
                        tasks.add(new Task(index, w, rep, a));
                    }
                    index++;
                }
            }
        }
        return tasks;
    }

    /** @return the number of runs simulated now (the others were in the store) */
    private int simulate(List<Task> tasks, WorldDesign design, SweepStore db) throws SQLException {
        Set<String> stored = db.doneKeys();
        List<Task> todo = tasks.stream()
                .filter(t -> !stored.contains(SweepStore.key(t.world(), t.arm(), t.replication()))).toList();
        int[] finished = {tasks.size() - todo.size()};
        progress.started("Simulating worlds", tasks.size());
        try {
            new ParallelRunner(settings.threads(), "loyaltylab-worlds").map(todo, t -> {
                SweepStore.Row row = execute(t, design);
                db.put(row);
                return row;
            }, r -> {
                synchronized (finished) {
                    progress.finished(++finished[0]);
                }
            });
        } finally {
            progress.ended();
        }
        return todo.size();
    }

    /** @return the run's row: the summary figures in {@link SummaryMetrics#ALL}'s order, then the events */
    private SweepStore.Row execute(Task t, WorldDesign design) {
        Arm arm = spec.arms().get(t.arm());
        long seed = KeyedRandom.replicationSeed(spec.seed(), t.replication());
        RunResult r = Simulation.MODEL.run(arm.name(), t.arm(), inWorld(arm, design.worlds().get(t.world())),
                t.replication(), seed, spec.days(), false, FailureSink.OFF);
        List<Metric> all = SummaryMetrics.ALL.all();
        double[] values = new double[all.size() + 1];
        for (int i = 0; i < all.size(); i++) {
            values[i] = r.summary().get(all.get(i));
        }
        values[all.size()] = r.events();
        return new SweepStore.Row(t.world(), t.arm(), t.replication(), seed, values);
    }

    /** @return the arm's parameters with the world's values, except those the arm sets itself */
    private static Parameters inWorld(Arm arm, Map<String, Object> world) {
        Map<String, Object> values = new LinkedHashMap<>(world);
        values.keySet().removeAll(arm.overrides().keySet());
        return arm.parameters().withAll(values);
    }
}

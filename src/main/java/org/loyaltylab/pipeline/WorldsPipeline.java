package org.loyaltylab.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.loyaltylab.BadInputException;
import org.loyaltylab.analysis.ContrastSensitivity;
import org.loyaltylab.analysis.Robustness;
import org.loyaltylab.analysis.Scenario;
import org.loyaltylab.analysis.WorldFindings;
import org.loyaltylab.analysis.WorldResults;
import org.loyaltylab.analysis.WorldRun;
import org.loyaltylab.experiment.Arm;
import org.loyaltylab.experiment.ExperimentSpec;
import org.loyaltylab.experiment.FailureSink;
import org.loyaltylab.experiment.ParallelRunner;
import org.loyaltylab.experiment.RunResult;
import org.loyaltylab.experiment.Simulation;
import org.loyaltylab.model.metric.Metric;
import org.loyaltylab.model.metric.SummaryMetrics;
import org.loyaltylab.model.param.ParameterPriors;
import org.loyaltylab.model.param.ParameterRegistry;
import org.loyaltylab.model.param.Parameters;
import org.loyaltylab.model.random.KeyedRandom;
import org.loyaltylab.output.WorldsTables;
import org.loyaltylab.output.manifest.ManifestFile;
import org.loyaltylab.output.manifest.WorldsManifest;
import org.loyaltylab.output.report.ShortReport;
import org.loyaltylab.output.report.WorldsReport;
import org.loyaltylab.sweep.WorldDesign;

/**
 * A {@code run --worlds}: runs every arm of an experiment in each of many plausible worlds (see
 * {@link WorldDesign}) for a few replications, with common random numbers (replication {@code r}
 * uses the same seed in every arm and every world), and writes how robust each arm's gain over
 * the baseline is ({@link Robustness}), where it breaks ({@link Scenario}), the findings in
 * words and {@code worlds.json}. After a Saltelli design, robustness and scenarios use its two
 * independent samples (blocks A and B) and every world gives the Sobol indices of each gain
 * ({@link ContrastSensitivity}). In a world, an arm that sets an uncertain parameter itself keeps
 * its own value. Prints nothing; progress goes to a {@link ProgressListener}.
 */
public final class WorldsPipeline {
    /** The metrics whose robustness is reported. */
    public static final List<Metric> METRICS = List.of(SummaryMetrics.RETENTION, SummaryMetrics.ACTIVE_CUSTOMERS,
            SummaryMetrics.PROFIT);

    private record Task(int world, int replication, int arm) {
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
     * Runs the worlds and writes {@code worlds.csv}, {@code robustness.csv}, {@code scenarios.csv},
     * {@code worlds.json}, {@code report.html} and its charts.
     *
     * @return the manifest written, for printing
     * @throws org.loyaltylab.BadInputException if the output folder is a file or the worlds file is bad
     * @throws IOException if a file cannot be read or written
     */
    public WorldsManifest run() throws IOException {
        WorldDesign design = design();
        ExperimentPipeline.checkMemory(spec.withReplications(settings.replications()), settings.threads());
        OutputFolder folder = OutputFolder.begin("--out", settings.dir(), WorldsPipeline::written);
        try {
            WorldsManifest manifest = runInto(folder.dir(), design);
            folder.commit();
            return manifest;
        } finally {
            folder.abandon();
        }
    }

    /** @return whether a worlds run writes files of this name into a results folder */
    static boolean written(String name) {
        return name.endsWith(".csv") || name.equals(WorldsManifest.FILE) || ShortReport.written(name);
    }

    private WorldsManifest runInto(Path dir, WorldDesign design) throws IOException {
        long start = System.nanoTime();
        List<WorldRun> runs = simulate(design);
        double wall = (System.nanoTime() - start) / 1e9;
        WorldResults worlds = new WorldResults(design.keys(), design.values(), runs);
        int n = design.saltelliBase();
        WorldResults sample = n > 0 ? worlds.first(2 * n) : worlds;
        String baseline = spec.baselineArm().name();
        List<Robustness> robustness = new ArrayList<>();
        List<Scenario> scenarios = new ArrayList<>();
        List<ContrastSensitivity> sobol = new ArrayList<>();
        for (Arm arm : spec.arms()) {
            if (arm.name().equals(baseline)) {
                continue;
            }
            for (Metric m : METRICS) {
                robustness.add(Robustness.of(arm.name(), baseline, m, sample.gains(arm.name(), baseline, m)));
                scenarios.add(Scenario.of(sample, arm.name(), baseline, m));
                if (n > 0) {
                    sobol.add(ContrastSensitivity.of(worlds, n, arm.name(), baseline, m, spec.seed()));
                }
            }
        }
        if (n > 0) {
            WorldsTables.writeSobol(dir, sobol);
        }
        WorldsTables.writeWorlds(dir, worlds);
        WorldsTables.writeRobustness(dir, robustness);
        WorldsTables.writeScenarios(dir, scenarios);
        List<String> findings = new ArrayList<>(WorldFindings.sentences(robustness, scenarios,
                spec.base().choice(ParameterRegistry.CURRENCY)));
        findings.addAll(WorldFindings.sensitivity(sobol));
        WorldsManifest manifest = manifest(design, findings, wall,
                runs.stream().mapToLong(WorldRun::events).sum());
        manifest.write(dir);
        WorldsReport.worlds(dir, spec, sample, robustness, scenarios, sobol, findings);
        return manifest;
    }

    private WorldDesign design() throws IOException {
        Set<String> fixed = spec.baseOverrides().keySet();
        if (settings.from() != null) {
            return WorldDesign.fromCsv(settings.from(), settings.worlds(), fixed);
        }
        return settings.saltelli() ? WorldDesign.saltelli(settings.worlds(), fixed)
                : WorldDesign.latinHypercube(settings.worlds(), fixed, spec.seed());
    }

    /** @return every run, ordered by world, replication, arm */
    private List<WorldRun> simulate(WorldDesign design) {
        List<Task> tasks = new ArrayList<>();
        for (int w = 0; w < design.worlds().size(); w++) {
            for (int rep = 1; rep <= settings.replications(); rep++) {
                for (int a = 0; a < spec.arms().size(); a++) {
                    tasks.add(new Task(w, rep, a));
                }
            }
        }
        int[] finished = {0};
        progress.started("Simulating worlds", tasks.size());
        try {
            return new ParallelRunner(settings.threads(), "loyaltylab-worlds").map(tasks, t -> {
                Arm arm = spec.arms().get(t.arm());
                RunResult r = Simulation.MODEL.run(arm.name(), t.arm(), inWorld(arm, design.worlds().get(t.world())),
                        t.replication(), KeyedRandom.replicationSeed(spec.seed(), t.replication()), spec.days(), false,
                        FailureSink.OFF);
                return new WorldRun(t.world(), r.arm(), r.armIndex(), r.replication(), r.seed(), r.summary(),
                        r.events());
            }, r -> {
                synchronized (finished) {
                    progress.finished(++finished[0]);
                }
            });
        } finally {
            progress.ended();
        }
    }

    /** @return the arm's parameters with the world's values, except those the arm sets itself */
    private static Parameters inWorld(Arm arm, Map<String, Object> world) {
        Map<String, Object> values = new LinkedHashMap<>(world);
        values.keySet().removeAll(arm.overrides().keySet());
        return arm.parameters().withAll(values);
    }

    private WorldsManifest manifest(WorldDesign design, List<String> findings, double wall, long events) {
        Map<String, String> varied = new LinkedHashMap<>();
        for (String key : design.keys()) {
            varied.put(key, settings.from() != null ? "from " + settings.from()
                    : ParameterPriors.find(key).orElseThrow().rangeText());
        }
        return new WorldsManifest(ManifestFile.toolVersion(), Stages.commandLine(settings.arguments()), spec.name(),
                spec.file() == null ? null : spec.file().toString(), spec.seed(), spec.days(), design.source(), varied,
                design.worlds().size(), settings.replications(), spec.baselineArm().name(),
                spec.arms().stream().map(Arm::name).toList(), findings, settings.threads(), wall, events);
    }
}

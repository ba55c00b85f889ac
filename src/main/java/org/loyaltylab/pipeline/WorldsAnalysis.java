package org.loyaltylab.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.loyaltylab.BadInputException;
import org.loyaltylab.analysis.Ablation;
import org.loyaltylab.analysis.ContrastSensitivity;
import org.loyaltylab.analysis.Robustness;
import org.loyaltylab.analysis.Scenario;
import org.loyaltylab.analysis.WorldFindings;
import org.loyaltylab.analysis.WorldResults;
import org.loyaltylab.analysis.WorldRun;
import org.loyaltylab.experiment.Arm;
import org.loyaltylab.experiment.Contrast;
import org.loyaltylab.experiment.ExperimentSpec;
import org.loyaltylab.model.metric.Metric;
import org.loyaltylab.model.metric.MetricValues;
import org.loyaltylab.model.metric.SummaryMetrics;
import org.loyaltylab.model.param.ParameterPriors;
import org.loyaltylab.model.param.ParameterRegistry;
import org.loyaltylab.output.WorldsTables;
import org.loyaltylab.output.io.ParallelWrites;
import org.loyaltylab.output.manifest.ManifestFile;
import org.loyaltylab.output.manifest.WorldsManifest;
import org.loyaltylab.output.report.ShortReport;
import org.loyaltylab.output.report.WorldsReport;
import org.loyaltylab.sweep.SweepStore;
import org.loyaltylab.sweep.WorldDesign;

/**
 * What a {@code run --worlds} makes of its stored runs: for each of the experiment's contrasts
 * (those it declares, by default every arm against the baseline) and each metric, how robust the
 * contrast is across worlds ({@link Robustness}), where it fails ({@link Scenario}) and, after a
 * Saltelli design, its Sobol indices ({@link ContrastSensitivity}); then the tables, the findings
 * in words, the report and {@code worlds.json}. After a Saltelli design, robustness and
 * scenarios use its two independent samples (blocks A and B).
 */
final class WorldsAnalysis {
    private final ExperimentSpec spec;
    private final WorldsSettings settings;
    private final WorldDesign design;
    private final List<SweepStore.Row> rows;
    private final List<Ablation> ablation;

    /**
     * @param spec     the experiment
     * @param settings the settings the runs were made with
     * @param design   the worlds
     * @param rows     the stored runs (in a shard's store, only its own)
     * @param ablation the rows of an ablation of the experiment's contrasts, for the report; may be empty
     */
    WorldsAnalysis(ExperimentSpec spec, WorldsSettings settings, WorldDesign design, List<SweepStore.Row> rows,
                   List<Ablation> ablation) {
        this.spec = spec;
        this.settings = settings;
        this.design = design;
        this.rows = rows;
        this.ablation = ablation;
    }

    /**
     * Writes the tables and the report's charts side by side on the run's threads (the charts,
     * the longer jobs, first), then the report and, last, the manifest into {@code dir}.
     *
     * @param start    when the run began ({@link System#nanoTime()})
     * @param executed the runs simulated now
     * @return the manifest
     * @throws BadInputException if a run is missing from the store
     */
    WorldsManifest write(Path dir, long start, int executed) throws IOException {
        int expected = design.worlds().size() * settings.replications() * spec.arms().size();
        if (rows.size() != expected) {
            throw new BadInputException("the store holds " + rows.size() + " of the " + expected + " runs: run the "
                    + "missing shards (or --resume them) before merging");
        }
        WorldResults worlds = new WorldResults(design.keys(), design.values(), runs());
        int n = design.saltelliBase();
        WorldResults sample = n > 0 ? worlds.first(2 * n) : worlds;
        List<Robustness> robustness = new ArrayList<>();
        List<Scenario> scenarios = new ArrayList<>();
        List<ContrastSensitivity> sobol = new ArrayList<>();
        for (Contrast c : spec.contrasts()) {
            for (Metric m : WorldsPipeline.METRICS) {
                robustness.add(Robustness.of(c, m, sample.gains(c, m)));
                scenarios.add(Scenario.of(sample, c, m));
                if (n > 0) {
                    sobol.add(ContrastSensitivity.of(worlds, n, c, m, spec.seed()));
                }
            }
        }
        List<String> findings = new ArrayList<>(WorldFindings.sentences(robustness, scenarios,
                spec.base().choice(ParameterRegistry.CURRENCY)));
        findings.addAll(WorldFindings.sensitivity(sobol));
        ShortReport report = WorldsReport.worlds(dir, spec, sample, robustness, scenarios, sobol, ablation, findings);
        List<ParallelWrites.Job> jobs = new ArrayList<>(report.chartJobs());
        jobs.add(() -> WorldsTables.writeWorlds(dir, worlds));
        jobs.add(() -> WorldsTables.writeRobustness(dir, robustness));
        jobs.add(() -> WorldsTables.writeScenarios(dir, scenarios));
        if (n > 0) {
            jobs.add(() -> WorldsTables.writeSobol(dir, sobol));
        }
        ParallelWrites.run(jobs, settings.threads());
        report.write();
        WorldsManifest manifest = manifest(findings, (System.nanoTime() - start) / 1e9, executed);
        manifest.write(dir);
        return manifest;
    }

    /** @return the stored runs as the analysis reads them, ordered by world, arm, replication */
    private List<WorldRun> runs() {
        List<Metric> all = SummaryMetrics.ALL.all();
        List<WorldRun> out = new ArrayList<>();
        for (SweepStore.Row r : rows) {
            MetricValues.Builder summary = MetricValues.of(SummaryMetrics.ALL);
            for (int i = 0; i < all.size(); i++) {
                summary.put(all.get(i), r.metrics()[i]);
            }
            out.add(new WorldRun(r.point(), spec.arms().get(r.arm()).name(), r.arm(), r.replication(), r.seed(),
                    summary.build(), (long) r.metrics()[all.size()]));
        }
        return out;
    }

    /**
     * @param findings the findings in words
     * @param wall     wall-clock seconds
     * @param executed the runs simulated now
     * @return the manifest of this run (or shard)
     */
    WorldsManifest manifest(List<String> findings, double wall, int executed) {
        Map<String, String> varied = new LinkedHashMap<>();
        for (String key : design.keys()) {
            varied.put(key, settings.from() != null ? "from " + settings.from()
                    : ParameterPriors.find(key).orElseThrow().rangeText());
        }
        long events = rows.stream().mapToLong(r -> (long) r.metrics()[r.metrics().length - 1]).sum();
        Path dir = settings.dir();
        return new WorldsManifest(ManifestFile.toolVersion(), Stages.commandLine(settings.arguments()), spec.name(),
                SweepPipeline.relativeTo(dir, spec.file()), spec.seed(), spec.days(), settings.designName(),
                settings.worlds(), SweepPipeline.relativeTo(dir, settings.from()), design.source(), varied,
                design.worlds().size(), settings.replications(), spec.baselineArm().name(),
                spec.arms().stream().map(Arm::name).toList(), findings, settings.shard(), settings.shards(),
                rows.size(), executed, settings.threads(), wall, events);
    }
}

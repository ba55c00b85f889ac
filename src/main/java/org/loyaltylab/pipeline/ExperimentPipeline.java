package org.loyaltylab.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.loyaltylab.analysis.ArmSamples;
import org.loyaltylab.analysis.Comparison;
import org.loyaltylab.analysis.Findings;
import org.loyaltylab.analysis.Payback;
import org.loyaltylab.analysis.RecoveryCurves;
import org.loyaltylab.analysis.ReplicationModes;
import org.loyaltylab.analysis.SurvivalAnalysis;
import org.loyaltylab.analysis.WorldFindings;
import org.loyaltylab.experiment.Arm;
import org.loyaltylab.experiment.ExperimentSpec;
import org.loyaltylab.experiment.FailureSink;
import org.loyaltylab.experiment.ReplicationRunner;
import org.loyaltylab.experiment.RunResult;
import org.loyaltylab.experiment.Sha256;
import org.loyaltylab.experiment.Simulation;
import org.loyaltylab.experiment.SteadyBase;
import org.loyaltylab.model.param.ParameterRegistry;
import org.loyaltylab.model.param.Parameters;
import org.loyaltylab.output.AnalysisTables;
import org.loyaltylab.output.ExperimentTables;
import org.loyaltylab.output.FailureTables;
import org.loyaltylab.output.io.ParallelWrites;
import org.loyaltylab.output.io.TableFile;
import org.loyaltylab.output.manifest.ManifestFile;
import org.loyaltylab.output.manifest.RunManifest;
import org.loyaltylab.output.report.ReportBuilder;
import org.loyaltylab.sweep.WorldDesign;

/**
 * One {@code run} of an experiment, start to finish: runs the replications (adding batches while
 * a precision target is not met, see {@link PrecisionLoop}), writes the tables and the analysis,
 * then the manifest, then the charts and the report. Prints nothing; progress goes to a
 * {@link ProgressListener}.
 */
public final class ExperimentPipeline {
    private final ExperimentSpec spec;
    private final RunSettings settings;
    private final ProgressListener progress;
    private final Simulation simulation;

    /**
     * @param spec     the experiment, with its command-line overrides
     * @param settings where and how to run it
     * @param progress hears the progress
     */
    public ExperimentPipeline(ExperimentSpec spec, RunSettings settings, ProgressListener progress) {
        this(spec, settings, progress, Simulation.MODEL);
    }

    /**
     * As the constructor above, running {@code simulation} for each run instead of the model
     * (tests use a run that fails).
     *
     * @param simulation one replication of one arm
     */
    public ExperimentPipeline(ExperimentSpec spec, RunSettings settings, ProgressListener progress,
                              Simulation simulation) {
        this.spec = spec;
        this.settings = settings;
        this.progress = progress;
        this.simulation = simulation;
    }

    /**
     * Runs the experiment and writes its results folder: checks the memory and the work a run may
     * need and the folder first, writes everything into a hidden folder beside it and swaps that in at the
     * end (see {@link OutputFolder}), so the folder holds the old results or the new, never a mix.
     *
     * @return what was written, for printing
     * @throws org.loyaltylab.BadInputException if the output folder cannot be (re)placed, or a run cannot fit in memory
     *         or would take too long
     * @throws IOException if a file cannot be written
     */
    public RunOutcome run() throws IOException {
        checkMemory(spec, settings.threads());
        OutputFolder folder = OutputFolder.begin("--out", settings.dir(), ExperimentPipeline::written);
        try {
            RunOutcome outcome = runInto(folder.dir());
            folder.commit();
            return outcome;
        } finally {
            folder.abandon();
        }
    }

    /**
     * Refuses an experiment whose runs may not fit in this JVM's heap (see {@link MemoryEstimate}) or
     * would take too long (see {@link WorkEstimate}).
     *
     * @param threads worker threads
     * @throws org.loyaltylab.BadInputException naming the parameters that drive the growth or the work
     */
    public static void checkMemory(ExperimentSpec spec, int threads) {
        int kept = spec.arms().size() * spec.replications();
        List<Parameters> runs = spec.arms().stream().map(Arm::parameters).toList();
        MemoryEstimate.check(runs, spec.days(), Math.min(threads, kept), kept, Runtime.getRuntime().maxMemory());
        WorkEstimate.check(runs, spec.days(), WorkEstimate.LIMIT);
    }

    /** @return whether {@code run} writes files of this name into a results folder */
    static boolean written(String name) {
        return TableFile.isTable(name) || name.equals(RunManifest.FILE) || name.equals(ReportBuilder.REPORT)
                || name.equals(ReportBuilder.CHARTS);
    }

    private RunOutcome runInto(Path dir) throws IOException {
        long start = System.nanoTime();
        FailureTables record = settings.failures() ? new FailureTables(dir, !settings.plainTables()) : null;
        ReplicationRunner runner = new ReplicationRunner(spec.plans(), spec.seed(), spec.days(), settings.threads(),
                simulation, record != null ? record : FailureSink.OFF);
        PrecisionLoop loop = new PrecisionLoop(runner, spec.arms().size(), progress);
        List<RunResult> results = settings.precision() == null ? loop.fixed(spec.replications())
                : loop.untilPrecise(spec.replications(), settings.precision(), settings.maxReplications(),
                        (sofar, more) -> MemoryEstimate.roomFor(sofar, more, settings.threads(),
                                Runtime.getRuntime().maxMemory()));
        double wall = (System.nanoTime() - start) / 1e9;
        List<ParallelWrites.Job> tables = new ArrayList<>(ExperimentTables.jobs(dir, results, !settings.plainTables()));
        if (record != null) {
            tables.add(1, record::assemble);
        }
        ArmSamples samples = new ArmSamples(results);
        List<String> findings = analysis(dir, samples, tables);
        ParallelWrites.run(tables, settings.threads());
        findings.addAll(CustomerCeiling.findings(spec, results));
        if (loop.outOfMemory()) {
            findings.add("--precision stopped at " + loop.stopping().replications() + " replications per arm, short of "
                    + "its target and of --max-replications " + settings.maxReplications()
                    + ": more would not fit in the memory Java has.");
        }
        long events = results.stream().mapToLong(RunResult::events).sum();
        RunManifest manifest = manifest(results.size() / spec.arms().size(), loop.stopping(), findings, wall, events);
        manifest.write(dir);
        if (settings.charts()) {
            ReportBuilder.build(dir, manifest, settings.slides(), settings.threads());
        }
        return new RunOutcome(manifest, samples, settings.charts() ? settings.dir().resolve(ReportBuilder.REPORT) : null);
    }

    /**
     * Adds the jobs that make and write the comparison, payback, survival and recovery tables to
     * {@code jobs} (survival, the longest, first), to run beside the run's tables.
     *
     * @return the findings in words
     */
    private List<String> analysis(Path dir, ArmSamples samples, List<ParallelWrites.Job> jobs) {
        String baseline = spec.baselineArm().name();
        List<String> findings = new ArrayList<>();
        String currency = spec.base().choice(ParameterRegistry.CURRENCY);
        jobs.add(() -> AnalysisTables.writeSurvival(dir, new SurvivalAnalysis(samples, baseline, spec.days(),
                spec.base().integer(ParameterRegistry.OBSERVATION_INTERVAL), spec.warmupDays())));
        jobs.add(() -> AnalysisTables.writeRecovery(dir, RecoveryCurves.of(samples)));
        if (spec.warmupDays() > 0) {
            findings.add(Findings.warmup(spec.warmupDays(), spec.days()));
        }
        if (spec.arms().size() > 1) {
            Comparison comparison = new Comparison(samples, baseline, spec.declaredContrasts());
            jobs.add(() -> AnalysisTables.writeComparison(dir, comparison, currency));
            findings.addAll(Findings.sentences(comparison, spec.days(), currency));
            jobs.add(() -> AnalysisTables.writePayback(dir, Payback.of(samples, baseline, spec.declaredContrasts()),
                    currency));
        }
        if (spec.centre() != null) {
            findings.add(SteadyBase.drift(spec.centre().centre().customers(), samples.runs(baseline), baseline));
        }
        ReplicationModes.find(samples).forEach(m -> findings.add(m.words()));
        List<RecoveryCurves.LagPoint> byLag = RecoveryCurves.byLag(samples);
        jobs.add(() -> AnalysisTables.writeRecoveryByLag(dir, byLag));
        findings.addAll(Findings.recoveryParadox(byLag));
        findings.add(WorldFindings.noiseOnly(WorldDesign.uncertain(spec.baseOverrides().keySet()).size()));
        return findings;
    }

    private RunManifest manifest(int replications, RunManifest.Precision stopping, List<String> findings, double wall,
                                 long events) throws IOException {
        String baseline = spec.baselineArm().name();
        List<RunManifest.Arm> arms = new ArrayList<>();
        for (Arm a : spec.arms()) {
            arms.add(new RunManifest.Arm(a.name(), a.description(), a.name().equals(baseline),
                    a.parameters().differencesFromDefaults(), a.parameters().asMap()));
        }
        Path file = spec.file();
        return new RunManifest(ManifestFile.toolVersion(), Stages.commandLine(settings.arguments()), spec.name(),
                spec.description(), file == null ? null : file.toString(),
                file == null ? null : Sha256.hex(Files.readAllBytes(file)), spec.seed(), spec.days(), replications,
                settings.threads(), stopping, baseline, arms, findings, wall, events,
                spec.centre() == null ? null : spec.centre().asManifest());
    }
}

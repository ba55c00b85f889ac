package org.loyaltylab.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.loyaltylab.BadInputException;
import org.loyaltylab.analysis.ArmSamples;
import org.loyaltylab.experiment.ExperimentSpec;
import org.loyaltylab.experiment.ScaleWarnings;
import org.loyaltylab.experiment.Simulation;
import org.loyaltylab.experiment.SteadyBase;
import org.loyaltylab.output.AblationTable;
import org.loyaltylab.model.metric.SummaryMetrics;
import org.loyaltylab.output.manifest.RunManifest;
import org.loyaltylab.output.manifest.WorldsManifest;
import org.loyaltylab.model.param.ParameterRegistry;
import org.loyaltylab.pipeline.AblationPipeline;
import org.loyaltylab.pipeline.ExperimentPipeline;
import org.loyaltylab.pipeline.RunOutcome;
import org.loyaltylab.pipeline.RunSettings;
import org.loyaltylab.pipeline.WorldsPipeline;
import org.loyaltylab.pipeline.WorldsSettings;
import org.loyaltylab.stats.ConfidenceInterval;
import org.loyaltylab.stats.IntervalRounding;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Mixin;

/** {@code loyaltylab run FILE}: runs every arm of an experiment and writes its tables, charts and report. */
@Command(name = "run", description = "Run every arm of an experiment for N replications and write tables, "
        + "comparison statistics, charts and a report.")
final class RunCommand extends PrintingCommand {
    /** Replications per world and arm when --worlds is given without --replications. */
    private static final int DEFAULT_WORLD_REPLICATIONS = 3;

    @Mixin
    private ExperimentOptions experimentOptions;

    @Option(names = "--seed", paramLabel = "N", description = "master seed (overrides the file)")
    private Long seed;

    @Option(names = "--warmup", paramLabel = "DAYS", description = "leave the first DAYS days out of the statistics "
            + "(summary, comparison, findings, survival: from the customers active on day DAYS and what accrues after "
            + "it); the time series keeps every day (overrides the file's warmup_days; default 0)")
    private Integer warmup;

    @Option(names = "--precision", paramLabel = "X", description = "add replications until the 95 %% CI half-width of "
            + "the headline metric (retention) is at most X relative to its mean")
    private Double precision;

    @Option(names = "--max-replications", paramLabel = "N", defaultValue = "200",
            description = "upper limit for --precision (default: ${DEFAULT-VALUE})")
    private int maxReplications;

    @Option(names = "--no-charts", description = "write the tables only, no charts or report")
    private boolean noCharts;

    @Option(names = "--no-failures", description = "do not write failures.csv.gz, the record of every service failure")
    private boolean noFailures;

    @Option(names = "--plain-tables", description = "write the per-customer and per-failure tables as plain "
            + "customers.csv and failures.csv, not gzip-compressed (.csv.gz, a third to a quarter of the size)")
    private boolean plainTables;

    @Option(names = "--worlds", paramLabel = "N", description = "run every arm in N plausible worlds (a Latin "
            + "hypercube over the priors of the uncertain parameters, or the first N rows of --worlds-from) and write "
            + "worlds.csv, robustness.csv, scenarios.csv, worlds.json, charts and a report instead of the usual results")
    private Integer worlds;

    @Option(names = "--worlds-from", paramLabel = "CSV", description = "take the worlds from the rows of a CSV file "
            + "whose columns name parameters (e.g. the sets calibration accepted); other columns are ignored")
    private Path worldsFrom;

    @Option(names = "--worlds-design", paramLabel = "D", defaultValue = "latin-hypercube",
            description = "latin-hypercube (default) or saltelli: N base rows of N (k + 2) worlds, which adds sobol.csv, "
                    + "the Sobol indices of each contrast over the k uncertain parameters")
    private String worldsDesign;

    @Option(names = "--resume", description = "with --worlds: continue the worlds run interrupted in --out, running "
            + "only the runs its store (worlds.db) lacks")
    private boolean resume;

    @Option(names = "--shard", paramLabel = "I/N", description = "with --worlds: run only the I-th of N disjoint "
            + "slices of the runs (1 <= I <= N) into --out; `merge` combines the shards' folders")
    private String shard;

    @Option(names = "--ablation-from", paramLabel = "DIR", description = "with --worlds: draw in each contrast's "
            + "section of the report the ablation bars of this run --ablation folder (its ablation.csv) of the same "
            + "experiment")
    private Path ablationFrom;

    @Option(names = "--slides", description = "also draw every chart at 1920 x 1080 for a projector, into "
            + "charts/slides/")
    private boolean slides;

    @Option(names = "--ablation", description = "run every arm with every mechanism on, then with each mechanism "
            + "switch off in turn (common random numbers), and write ablation.csv: the share of each contrast (by "
            + "default each arm's gain over the baseline) that each mechanism carries, with a chart and a report, "
            + "instead of the usual results")
    private boolean ablation;

    @Override
    public Integer call() throws Exception {
        ExperimentSpec experiment = experimentOptions.loadRun();
        if (seed != null) {
            experiment = experiment.withSeed(seed);
        }
        experiment = withWarmup(experiment);
        experiment = SteadyBase.apply(experiment, Simulation.MODEL);
        if (!experimentOptions.quiet()) {
            printSetup(experiment);
        }
        boolean worldsRun = worlds != null || worldsFrom != null || !worldsDesign.equals("latin-hypercube");
        if ((resume || shard != null || ablationFrom != null) && !worldsRun) {
            throw new BadInputException("--resume, --shard and --ablation-from apply to --worlds only (a sweep has its own: loyaltylab "
                    + "sweep)");
        }
        if (ablation) {
            return runAblation(experiment, worldsRun);
        }
        if (worldsRun) {
            return runWorlds(experiment);
        }
        if (precision != null) {
            if (!(precision > 0 && precision < 1)) {
                throw new BadInputException("--precision must be in (0, 1), e.g. 0.02 for 2 %");
            }
            ExperimentOptions.within("--max-replications", maxReplications, ExperimentSpec.MAX_REPLICATIONS);
        }
        Path dir = experimentOptions.out(experiment);
        RunSettings settings = new RunSettings(dir, experimentOptions.threads(), precision, maxReplications, !noCharts,
                !noFailures, plainTables, slides, arguments());
        RunOutcome outcome = new ExperimentPipeline(experiment, settings, experimentOptions.progress()).run();
        if (!experimentOptions.quiet()) {
            printSummary(outcome, dir);
        }
        return 0;
    }

    /** @return the experiment with the --warmup override, checked to be shorter than the horizon */
    private ExperimentSpec withWarmup(ExperimentSpec experiment) {
        if (warmup != null) {
            if (warmup < 0) {
                throw new BadInputException("--warmup must be at least 0, got " + warmup);
            }
            experiment = experiment.withWarmup(Math.min(warmup, ExperimentSpec.MAX_DAYS));
        }
        if (experiment.warmupDays() >= experiment.days()) {
            throw new BadInputException(String.format(Locale.ROOT, "the warm-up (%s %,d days) must be shorter than "
                    + "the horizon (%,d days)", warmup != null ? "--warmup" : "warmup_days", experiment.warmupDays(),
                    experiment.days()));
        }
        return experiment;
    }

    private int runWorlds(ExperimentSpec experiment) throws Exception {
        if (precision != null) {
            throw new BadInputException("--precision does not apply to --worlds");
        }
        if (!List.of("latin-hypercube", "saltelli").contains(worldsDesign)) {
            throw new BadInputException("--worlds-design must be latin-hypercube or saltelli, got " + worldsDesign);
        }
        boolean saltelli = worldsDesign.equals("saltelli");
        if (saltelli && (worldsFrom != null || worlds == null || worlds < 2)) {
            throw new BadInputException("--worlds-design saltelli needs --worlds N (N >= 2 base rows) and no --worlds-from");
        }
        Path dir = experimentOptions.out(experiment);
        int[] slice = SweepCommand.parseShard(shard);
        WorldsSettings settings = new WorldsSettings(dir, experimentOptions.threads(),
                worlds == null ? null : ExperimentOptions.positive("--worlds", worlds), worldsFrom, saltelli,
                experimentOptions.replications(DEFAULT_WORLD_REPLICATIONS), resume, slice[0], slice[1],
                ablationFrom == null ? null : ablationFrom.resolve(AblationTable.FILE), arguments());
        WorldsManifest m = new WorldsPipeline(experiment, settings, experimentOptions.progress()).run();
        if (!experimentOptions.quiet()) {
            PrintWriter w = out();
            w.printf("%s: %d arm(s) x %d worlds x %d replications, %d days, %.1f s, %,d events%n", m.experiment(),
                    m.arms().size(), m.worlds(), m.replications(), m.days(), m.wallSeconds(), m.eventsProcessed());
            w.printf("Worlds: %s, varying %d parameters; %d runs stored, %d run now%s.%n", m.source(),
                    m.varied().size(), m.runsStored(), m.runsExecutedNow(), m.shards() > 1 ? " (shard " + m.shard()
                            + "/" + m.shards() + "; combine the shards with loyaltylab merge)" : "");
            m.findings().forEach(w::println);
            w.println("Results in " + dir);
            w.flush();
        }
        return 0;
    }

    private int runAblation(ExperimentSpec experiment, boolean worldsRun) throws Exception {
        if (worldsRun || precision != null) {
            throw new BadInputException("--ablation does not combine with --worlds or --precision");
        }
        if (experiment.arms().size() < 2) {
            throw new BadInputException("--ablation needs an experiment with an arm to compare with the baseline");
        }
        Path dir = experimentOptions.out(experiment);
        List<String> findings = new AblationPipeline(experiment, dir, experimentOptions.threads(),
                experimentOptions.progress()).run();
        if (!experimentOptions.quiet()) {
            PrintWriter w = out();
            w.printf("%s: %d arm(s) x %d replications x %d mechanism switches, %d days%n", experiment.name(),
                    experiment.arms().size(), experiment.replications(), ParameterRegistry.mechanisms().size(),
                    experiment.days());
            findings.forEach(w::println);
            w.println("Results in " + dir);
            w.flush();
        }
        return 0;
    }

    /** Prints the centre's derivation and the scale warnings before the run. */
    private void printSetup(ExperimentSpec experiment) {
        PrintWriter w = out();
        if (experiment.centre() != null) {
            experiment.centre().lines().forEach(w::println);
        }
        ScaleWarnings.of(experiment).forEach(s -> w.println("warning: " + s));
        w.flush();
    }

    private void printSummary(RunOutcome outcome, Path dir) {
        PrintWriter w = out();
        RunManifest m = outcome.manifest();
        w.printf("%s: %d arm(s) x %d replications, %d days, %.1f s, %,d events%n", m.experiment(), m.arms().size(),
                m.replications(), m.days(), m.wallSeconds(), m.eventsProcessed());
        ArmSamples samples = outcome.samples();
        String currency = String.valueOf(m.arms().get(0).parameters().get(ParameterRegistry.CURRENCY.key()));
        for (String arm : samples.arms()) {
            ConfidenceInterval retention = ConfidenceInterval.studentT(samples.metric(arm, SummaryMetrics.RETENTION), 0.95);
            ConfidenceInterval profit = ConfidenceInterval.studentT(samples.metric(arm, SummaryMetrics.PROFIT), 0.95);
            w.printf("  %-24s retention %.1f %% (%.1f to %.1f), profit %s%n", arm, 100 * retention.mean(),
                    100 * retention.lower(), 100 * retention.upper(), IntervalRounding.estimate(profit, false, currency));
        }
        m.findings().forEach(w::println);
        w.println("Results in " + dir + (outcome.report() != null ? " (report: " + outcome.report() + ")" : ""));
        w.flush();
    }
}

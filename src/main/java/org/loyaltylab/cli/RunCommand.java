package org.loyaltylab.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.loyaltylab.BadInputException;
import org.loyaltylab.analysis.ArmSamples;
import org.loyaltylab.experiment.ExperimentSpec;
import org.loyaltylab.model.metric.SummaryMetrics;
import org.loyaltylab.output.manifest.RunManifest;
import org.loyaltylab.pipeline.ExperimentPipeline;
import org.loyaltylab.pipeline.RunOutcome;
import org.loyaltylab.pipeline.RunSettings;
import org.loyaltylab.stats.ConfidenceInterval;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Mixin;

/** {@code loyaltylab run FILE}: runs every arm of an experiment and writes its tables, charts and report. */
@Command(name = "run", description = "Run every arm of an experiment for N replications and write tables, "
        + "comparison statistics, charts and a report.")
final class RunCommand extends PrintingCommand {
    @Mixin
    private ExperimentOptions experimentOptions;

    @Option(names = "--seed", paramLabel = "N", description = "master seed (overrides the file)")
    private Long seed;

    @Option(names = "--precision", paramLabel = "X", description = "add replications until the 95 %% CI half-width of "
            + "the headline metric (retention) is at most X relative to its mean")
    private Double precision;

    @Option(names = "--max-replications", paramLabel = "N", defaultValue = "200",
            description = "upper limit for --precision (default: ${DEFAULT-VALUE})")
    private int maxReplications;

    @Option(names = "--no-charts", description = "write the tables only, no charts or report")
    private boolean noCharts;

    @Option(names = "--no-failures", description = "do not write failures.csv, the record of every service failure")
    private boolean noFailures;

    @Option(names = "--slides", description = "also draw every chart at 1920 x 1080 for a projector, into "
            + "charts/slides/")
    private boolean slides;

    @Override
    public Integer call() throws Exception {
        ExperimentSpec experiment = experimentOptions.loadRun();
        if (seed != null) {
            experiment = experiment.withSeed(seed);
        }
        if (precision != null) {
            if (!(precision > 0 && precision < 1)) {
                throw new BadInputException("--precision must be in (0, 1), e.g. 0.02 for 2 %");
            }
            ExperimentOptions.positive("--max-replications", maxReplications);
        }
        Path dir = experimentOptions.out(experiment);
        RunSettings settings = new RunSettings(dir, experimentOptions.threads(), precision, maxReplications, !noCharts,
                !noFailures, slides, arguments());
        RunOutcome outcome = new ExperimentPipeline(experiment, settings, experimentOptions.progress()).run();
        if (!experimentOptions.quiet()) {
            printSummary(outcome, dir);
        }
        return 0;
    }

    private void printSummary(RunOutcome outcome, Path dir) {
        PrintWriter w = out();
        RunManifest m = outcome.manifest();
        w.printf("%s: %d arm(s) x %d replications, %d days, %.1f s, %,d events%n", m.experiment(), m.arms().size(),
                m.replications(), m.days(), m.wallSeconds(), m.eventsProcessed());
        ArmSamples samples = outcome.samples();
        for (String arm : samples.arms()) {
            ConfidenceInterval retention = ConfidenceInterval.studentT(samples.metric(arm, SummaryMetrics.RETENTION), 0.95);
            ConfidenceInterval profit = ConfidenceInterval.studentT(samples.metric(arm, SummaryMetrics.PROFIT), 0.95);
            w.printf("  %-24s retention %.1f %% (%.1f to %.1f), profit %.2f M (%.2f to %.2f)%n", arm,
                    100 * retention.mean(), 100 * retention.lower(), 100 * retention.upper(), profit.mean() / 1e6,
                    profit.lower() / 1e6, profit.upper() / 1e6);
        }
        m.findings().forEach(w::println);
        w.println("Results in " + dir + (outcome.report() != null ? " (report: " + outcome.report() + ")" : ""));
        w.flush();
    }
}

package org.loyaltylab.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.loyaltylab.experiment.ExperimentSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code loyaltylab run FILE}: runs every arm of an experiment and writes its tables, charts and report. */
@Command(name = "run", description = "Run every arm of an experiment for N replications and write tables, "
        + "comparison statistics, charts and a report.")
final class RunCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private ExperimentOptions experimentOptions;

    @Option(names = "--out", paramLabel = "DIR", description = "output directory (default: results/<experiment name>)")
    private Path out;

    @Option(names = "--seed", paramLabel = "N", description = "master seed (overrides the file)")
    private Long seed;

    @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: all cores)")
    private Integer threads;

    @Option(names = "--precision", paramLabel = "X", description = "add replications until the 95 % CI half-width of "
            + "the headline metric (retention) is at most X relative to its mean")
    private Double precision;

    @Option(names = "--max-replications", paramLabel = "N", defaultValue = "200",
            description = "upper limit for --precision (default: ${DEFAULT-VALUE})")
    private int maxReplications;

    @Option(names = "--quiet", description = "no progress bar or summary")
    private boolean quiet;

    @Option(names = "--no-charts", description = "write the tables only, no charts or report")
    private boolean noCharts;

    @Option(names = "--no-failures", description = "do not write failures.csv, the record of every service failure")
    private boolean noFailures;

    @Override
    public Integer call() throws Exception {
        ExperimentSpec experiment = experimentOptions.load();
        Integer replications = experimentOptions.replications();
        if (replications != null) {
            experiment = experiment.withReplications(replications);
        }
        if (seed != null) {
            experiment = experiment.withSeed(seed);
        }
        if (precision != null && !(precision > 0 && precision < 1)) {
            throw new UsageException("--precision must be in (0, 1), e.g. 0.02 for 2 %");
        }
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        ExperimentOptions.positive("--threads", workers);
        Path dir = out != null ? out : Path.of("results", experiment.name());
        List<String> command = new ArrayList<>(spec.commandLine().getParseResult().originalArgs());
        new ExperimentJob(experiment, dir, workers, precision, maxReplications, quiet, !noCharts, !noFailures, command,
                spec.commandLine().getOut()).execute();
        return 0;
    }
}

package org.loyaltylab.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.loyaltylab.BadInputException;
import org.loyaltylab.experiment.ExperimentLoader;
import org.loyaltylab.experiment.ExperimentSpec;
import org.loyaltylab.pipeline.ProgressListener;
import org.loyaltylab.sweep.SweepSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The options {@code run} and {@code sweep} share: the experiment file, the command-line
 * overrides of its horizon, replications and parameters, the output directory, the worker
 * threads and quiet (a picocli mixin).
 */
final class ExperimentOptions {
    /** The most worker threads (each holds a running model). */
    static final int MAX_THREADS = 1024;

    @Parameters(index = "0", paramLabel = "FILE", description = "experiment file (YAML)")
    private Path file;

    @Option(names = "--replications", paramLabel = "N", description = "replications (overrides the file)")
    private Integer replications;

    @Option(names = "--days", paramLabel = "N", description = "horizon in days (overrides the file)")
    private Integer days;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "set a parameter in the base and every arm (repeatable)")
    private List<String> sets = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", description = "output directory (default: results/<experiment name>)")
    private Path out;

    @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: all cores)")
    private Integer threads;

    @Option(names = "--quiet", description = "no progress bar (nor the summary after a run)")
    private boolean quiet;

    /** @return the experiment with the --set and --days overrides applied */
    ExperimentSpec load() {
        ExperimentSpec experiment = ExperimentLoader.load(file);
        for (Map.Entry<String, Object> kv : overrides(sets)) {
            experiment = experiment.withOverride(kv.getKey(), kv.getValue());
        }
        if (days != null) {
            experiment = experiment.withDays(within("--days", days, ExperimentSpec.MAX_DAYS));
        }
        return experiment;
    }

    /** @return the {@code --set key=value} arguments as keys and values, in order */
    static List<Map.Entry<String, Object>> overrides(List<String> sets) {
        return sets.stream().map(ExperimentLoader::parseOverride).toList();
    }

    /** @return the experiment to run: {@link #load()} with the --replications override applied */
    ExperimentSpec loadRun() {
        ExperimentSpec experiment = load();
        return replications == null ? experiment : experiment.withReplications(checkedReplications());
    }

    /** @return the experiment's sweep section with the --replications override applied */
    SweepSpec sweep(ExperimentSpec experiment) {
        SweepSpec sweep = SweepSpec.of(experiment);
        return replications == null ? sweep : sweep.withReplications(checkedReplications());
    }

    /** @return the --replications option, checked, or {@code otherwise} when it is not given */
    int replications(int otherwise) {
        return replications == null ? otherwise : checkedReplications();
    }

    private int checkedReplications() {
        return within("--replications", replications, ExperimentSpec.MAX_REPLICATIONS);
    }

    /** @return the --out directory, or {@code results/<experiment name>} when it is not given */
    Path out(ExperimentSpec experiment) {
        return out != null ? out : Path.of("results", experiment.name());
    }

    /** @return the progress bars to show: none with --quiet */
    ProgressListener progress() {
        return ProgressBars.unless(quiet);
    }

    /** @return whether --quiet was given */
    boolean quiet() {
        return quiet;
    }

    /** @return the --threads option, checked, or every core when it is not given */
    int threads() {
        return threads(threads);
    }

    /** @return {@code threads}, checked, or every core when it is null */
    static int threads(Integer threads) {
        return within("--threads", threads == null ? Runtime.getRuntime().availableProcessors() : threads, MAX_THREADS);
    }

    /** @return {@code value} if in [1, max], the limits the experiment file has for the same setting */
    static int within(String option, int value, int max) {
        if (positive(option, value) > max) {
            throw new BadInputException(String.format(Locale.ROOT, "%s must be at most %,d, got %,d", option, max, value));
        }
        return value;
    }

    /** @return {@code value} if at least 1 */
    static int positive(String option, int value) {
        if (value < 1) {
            throw new BadInputException(option + " must be at least 1, got " + value);
        }
        return value;
    }
}

package org.loyaltylab.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.loyaltylab.BadInputException;
import org.loyaltylab.experiment.ExperimentLoader;
import org.loyaltylab.experiment.ExperimentSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The options {@code run} and {@code sweep} share: the experiment file and the command-line
 * overrides of its horizon, replications and parameters (a picocli mixin).
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

    /** @return the --replications override, checked, or null */
    Integer replications() {
        return replications == null ? null : within("--replications", replications, ExperimentSpec.MAX_REPLICATIONS);
    }

    /** @return the --threads option, checked, or every core when it is not given */
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

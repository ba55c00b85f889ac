package org.loyaltylab.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.loyaltylab.experiment.ExperimentLoader;
import org.loyaltylab.experiment.ExperimentSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The options {@code run} and {@code sweep} share: the experiment file and the command-line
 * overrides of its horizon, replications and parameters (a picocli mixin).
 */
final class ExperimentOptions {
    @Parameters(index = "0", paramLabel = "FILE", description = "experiment file (YAML)")
    private Path file;

    @Option(names = "--replications", paramLabel = "N", description = "replications (overrides the file)")
    private Integer replications;

    @Option(names = "--days", paramLabel = "N", description = "horizon in days (overrides the file)")
    private Integer days;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "set a parameter in the base and every arm (repeatable)")
    private List<String> sets = new ArrayList<>();

    /** @return the experiment file */
    Path file() {
        return file;
    }

    /** @return the experiment with the --set and --days overrides applied */
    ExperimentSpec load() {
        ExperimentSpec experiment = ExperimentLoader.load(file);
        for (String s : sets) {
            Map.Entry<String, Object> kv = ExperimentLoader.parseOverride(s);
            experiment = experiment.withOverride(kv.getKey(), kv.getValue());
        }
        if (days != null) {
            experiment = experiment.withDays(positive("--days", days));
        }
        return experiment;
    }

    /** @return the --replications override, checked, or null */
    Integer replications() {
        return replications == null ? null : positive("--replications", replications);
    }

    /** @return {@code value} if at least 1 */
    static int positive(String option, int value) {
        if (value < 1) {
            throw new UsageException(option + " must be at least 1, got " + value);
        }
        return value;
    }
}

package org.loyaltylab.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.loyaltylab.experiment.ExperimentLoader;
import org.loyaltylab.experiment.ExperimentSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code loyaltylab validate FILE...}: checks experiment files without running them. */
@Command(name = "validate", description = "Check experiment files without running them.")
final class ValidateCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "experiment files (YAML)")
    private List<Path> files;

    @Override
    public Integer call() {
        for (Path f : files) {
            ExperimentSpec e = ExperimentLoader.load(f);
            spec.commandLine().getOut().printf("OK: %s (%d arms, %d days, %d replications)%n", f, e.arms().size(),
                    e.days(), e.replications());
        }
        spec.commandLine().getOut().flush();
        return 0;
    }
}

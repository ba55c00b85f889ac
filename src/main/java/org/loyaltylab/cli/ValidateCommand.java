package org.loyaltylab.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.loyaltylab.experiment.ExperimentLoader;
import org.loyaltylab.experiment.ExperimentSpec;
import org.loyaltylab.sweep.SweepSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code loyaltylab validate FILE...}: checks experiment files without running them. */
@Command(name = "validate", description = "Check experiment files (and their sweep sections) without running them.")
final class ValidateCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "experiment files (YAML)")
    private List<Path> files;

    @Override
    public Integer call() {
        for (Path f : files) {
            ExperimentSpec e = ExperimentLoader.load(f);
            String sweep = "";
            if (e.sweep() != null) {
                SweepSpec s = SweepSpec.of(e);
                sweep = String.format(", sweep: %s design, %d points, %d replications per point and arm",
                        s.design().label(), s.buildPoints().size(),
                        s.replications());
            }
            spec.commandLine().getOut().printf("OK: %s (%d arms, %d days, %d replications%s)%n", f, e.arms().size(),
                    e.days(), e.replications(), sweep);
        }
        spec.commandLine().getOut().flush();
        return 0;
    }
}

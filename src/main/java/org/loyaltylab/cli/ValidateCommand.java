package org.loyaltylab.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.loyaltylab.experiment.ExperimentLoader;
import org.loyaltylab.experiment.ExperimentSpec;
import org.loyaltylab.pipeline.ExperimentPipeline;
import org.loyaltylab.pipeline.OutputFolder;
import org.loyaltylab.pipeline.SweepPipeline;
import org.loyaltylab.sweep.SweepSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code loyaltylab validate FILE...}: checks experiment files without running them. */
@Command(name = "validate", description = "Check experiment files (and their sweep sections) without running them: "
        + "also the length of the results folder's name, the size of the sweep and the memory a run may need.")
final class ValidateCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "experiment files (YAML)")
    private List<Path> files;

    @Override
    public Integer call() {
        for (Path f : files) {
            ExperimentSpec e = ExperimentLoader.load(f);
            OutputFolder.requireName("results folder", Path.of("results", e.name()));
            ExperimentPipeline.checkMemory(e, ExperimentOptions.threads(null));
            String sweep = "";
            if (e.sweep() != null) {
                SweepSpec s = SweepSpec.of(e);
                sweep = String.format(", sweep: %s design, %d points, %d replications per point and arm",
                        s.design().label(), SweepPipeline.checkSize(s, e.arms().size()), s.replications());
            }
            spec.commandLine().getOut().printf("OK: %s (%d arms, %d days, %d replications%s)%n", f, e.arms().size(),
                    e.days(), e.replications(), sweep);
        }
        spec.commandLine().getOut().flush();
        return 0;
    }
}

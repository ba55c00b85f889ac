package org.loyaltylab.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.loyaltylab.experiment.ExperimentFileException;
import org.loyaltylab.experiment.ExperimentLoader;
import org.loyaltylab.experiment.ExperimentSpec;
import org.loyaltylab.BadInputException;
import org.loyaltylab.experiment.Problems;
import org.loyaltylab.experiment.ScaleWarnings;
import org.loyaltylab.model.param.ParameterRegistry;
import org.loyaltylab.pipeline.ExperimentPipeline;
import org.loyaltylab.pipeline.OutputFolder;
import org.loyaltylab.pipeline.SweepPipeline;
import org.loyaltylab.sweep.SweepSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code loyaltylab validate FILE...}: checks experiment files without running them, and lists
 * every problem of every file, one line each on standard error (exit code 2 if there is one).
 */
@Command(name = "validate", description = "Check experiment files (and their sweep sections) without running them, "
        + "also the length of the results folder's name, the size of the sweep and the memory a run may need; "
        + "lists every problem, one line each.")
final class ValidateCommand extends PrintingCommand {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "experiment files (YAML)")
    private List<Path> files;

    @Override
    public Integer call() {
        PrintWriter out = out();
        PrintWriter err = err();
        boolean allValid = true;
        for (Path f : files) {
            Problems problems = new Problems(f.toString());
            ExperimentLoader.Reading reading = ExperimentLoader.read(f, problems);
            ExperimentSpec e = reading.spec();
            SweepSpec sweep = reading.sweep() == null ? null
                    : SweepSpec.read(reading.sweep(), e == null ? 0 : e.seed(), problems);
            if (!problems.isEmpty()) {
                for (ExperimentFileException p : problems.all()) {
                    err.println("error: " + p.getMessage());
                }
                allValid = false;
                continue;
            }
            try {
                OutputFolder.requireName("results folder", Path.of("results", e.name()));
                ExperimentPipeline.checkMemory(e, ExperimentOptions.threads(null));
                if (sweep != null) {
                    SweepPipeline.checkSize(sweep, e.arms().size());
                }
            } catch (BadInputException ex) {
                err.println("error: " + f + ": " + ex.getMessage());
                allValid = false;
                continue;
            }
            String design = sweep == null ? "" : String.format(Locale.ROOT,
                    ", sweep: %s design, %d points, %d replications per point and arm",
                    sweep.design().label(), sweep.size(), sweep.replications());
            out.printf("OK: %s (%d arms, %d days, %d replications%s)%n", f, e.arms().size(), e.days(), e.replications(),
                    design);
            if (e.centre() != null) {
                e.centre().lines().forEach(out::println);
                out.println("  " + ParameterRegistry.MARKETING_ACQUISITION.key() + ": derived by pilot runs of the "
                        + "baseline arm when the experiment runs (unless the file sets it)");
            }
            ScaleWarnings.of(e).forEach(w -> out.println("warning: " + f + ": " + w));
        }
        out.flush();
        err.flush();
        return allValid ? 0 : LoyaltyLab.BAD_INPUT;
    }
}

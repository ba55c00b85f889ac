package org.loyaltylab.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.loyaltylab.calibration.CalibrationLoader;
import org.loyaltylab.calibration.CalibrationResult;
import org.loyaltylab.calibration.CalibrationSpec;
import org.loyaltylab.calibration.Target;
import org.loyaltylab.pipeline.CalibrationPipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code loyaltylab calibrate FILE}: fits parameters to published figures, crash-safe and resumable. */
@Command(name = "calibrate", description = "Fit the parameters a calibration file names to its targets "
        + "(CMA-ES on simulated moments, common random numbers); every evaluation in a crash-safe store.")
final class CalibrateCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "the calibration file, e.g. calibration/tarp.yaml")
    private Path file;

    @Option(names = "--out", paramLabel = "DIR", description = "output directory (default: results/calibration-<name>)")
    private Path out;

    @Option(names = "--budget", paramLabel = "N", description = "evaluations at most (default: the file's budget)")
    private Integer budget;

    @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: all cores)")
    private Integer threads;

    @Option(names = "--resume", description = "carry on a calibration stored in DIR (stored evaluations are replayed)")
    private boolean resume;

    @Option(names = "--seed", paramLabel = "N", description = "master seed of the simulations and the optimiser")
    private Long seed;

    @Option(names = "--quiet", description = "no progress bar")
    private boolean quiet;

    @Override
    public Integer call() throws Exception {
        CalibrationSpec c = CalibrationLoader.load(file);
        if (budget != null) {
            c = c.withBudget(ExperimentOptions.positive("--budget", budget));
        }
        if (seed != null) {
            c = c.withSeed(seed);
        }
        Path dir = out != null ? out : Path.of("results", "calibration-" + c.name());
        List<String> command = new ArrayList<>(List.of("./loyaltylab"));
        command.addAll(spec.commandLine().getParseResult().originalArgs());
        CalibrationResult r = new CalibrationPipeline(ProgressBars.unless(quiet))
                .run(c, dir, ExperimentOptions.threads(threads), resume, command);
        var w = spec.commandLine().getOut();
        w.printf(Locale.ROOT, "%s: %d evaluations (%d replications run now) in %.1f s wall, %.1f s CPU; best at "
                + "evaluation %d, objective %.3g; %d sets within every tolerance.%n", c.name(), r.evaluations().size(),
                r.executed(), r.wallSeconds(), r.cpuSeconds(), r.best().index(), r.best().objective(),
                r.accepted().size());
        for (int t = 0; t < c.targets().size(); t++) {
            Target g = c.targets().get(t);
            double m = r.best().mean(t);
            w.printf(Locale.ROOT, "  %-28s published %5.1f %%  model %5.1f %%  %s%n", g.name(), 100 * g.value(),
                    100 * m, g.matches(m) ? "within tolerance" : "OUTSIDE tolerance");
        }
        for (int i = 0; i < c.priors().size(); i++) {
            w.printf(Locale.ROOT, "  %s = %.4g%n", c.priors().get(i).key(), r.best().parameters()[i]);
        }
        w.printf("Tables, calibrated.yaml, charts and report.html in %s%n", dir);
        w.flush();
        return 0;
    }
}

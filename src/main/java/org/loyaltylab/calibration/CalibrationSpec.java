package org.loyaltylab.calibration;

import java.nio.file.Path;
import java.util.List;
import org.loyaltylab.experiment.ExperimentSpec;

/**
 * A calibration: the parameters to fit with their priors, the targets, and the base experiment
 * whose first arm is simulated at every evaluation.
 *
 * @param name         the calibration's name (the default output folder)
 * @param file         the calibration file
 * @param targetsFile  the targets file
 * @param priors       the parameters to fit
 * @param targets      the published figures
 * @param experiment   the base experiment (horizon, replications, seed and parameter overrides applied)
 * @param budget       evaluations of the objective at most
 */
public record CalibrationSpec(String name, Path file, Path targetsFile, List<Prior> priors, List<Target> targets,
                              ExperimentSpec experiment, int budget) {
    public CalibrationSpec {
        priors = List.copyOf(priors);
        targets = List.copyOf(targets);
    }

    /** @return the same calibration with another budget */
    public CalibrationSpec withBudget(int n) {
        return new CalibrationSpec(name, file, targetsFile, priors, targets, experiment, n);
    }

    /** @return the same calibration with another master seed */
    public CalibrationSpec withSeed(long seed) {
        return new CalibrationSpec(name, file, targetsFile, priors, targets, experiment.withSeed(seed), budget);
    }
}

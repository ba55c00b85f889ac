package org.loyaltylab.calibration;

import java.util.List;

/**
 * What a calibration found.
 *
 * @param spec        the calibration
 * @param evaluations every evaluation, in the optimiser's order
 * @param best        the evaluation with the smallest objective
 * @param executed    replications run now (the others were read back from the store)
 * @param wallSeconds wall time of this invocation
 * @param cpuSeconds  CPU time of this process's threads over the invocation
 */
public record CalibrationResult(CalibrationSpec spec, List<Evaluation> evaluations, Evaluation best, int executed,
                                double wallSeconds, double cpuSeconds) {
    public CalibrationResult {
        evaluations = List.copyOf(evaluations);
    }

    /** @return the evaluations whose figures all fall within the targets' tolerances */
    public List<Evaluation> accepted() {
        return evaluations.stream().filter(e -> e.accepted(spec.targets())).toList();
    }
}

package org.loyaltylab.calibration;

import org.loyaltylab.model.failure.FailureOutcome;
import org.loyaltylab.model.failure.FailureOutcomes;
import org.loyaltylab.model.failure.ProblemSize;

/**
 * One published figure the model is fitted to.
 *
 * @param name          a short name (a column of accepted.csv)
 * @param observable    what is measured
 * @param size          the problem size, or null for both
 * @param outcome       the failure outcome (bought-again shares), or null
 * @param value         the published value
 * @param standardError the standard error the distance is measured in
 * @param tolerance     the model matches the figure when within this distance of it
 * @param source        where the figure comes from, in words
 */
public record Target(String name, Observable observable, ProblemSize size, FailureOutcome outcome, double value,
                     double standardError, double tolerance, String source) {

    /** @return the figure in one run */
    public double measure(FailureOutcomes outcomes) {
        return observable.measure(outcomes, size, outcome);
    }

    /** @return the model value's distance from the figure, in standard errors */
    public double distance(double model) {
        return (model - value) / standardError;
    }

    /** @return true if the model value is within the tolerance */
    public boolean matches(double model) {
        return Math.abs(model - value) <= tolerance;
    }
}

package org.loyaltylab.experiment;

import org.loyaltylab.model.param.Parameters;

/**
 * One arm as the runner sees it: a name and fully resolved parameters.
 *
 * @param name       the arm's name
 * @param parameters the arm's parameters
 */
public record ArmPlan(String name, Parameters parameters) {
}

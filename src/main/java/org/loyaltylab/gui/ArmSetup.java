package org.loyaltylab.gui;

import org.loyaltylab.model.param.Parameters;

/**
 * One arm shown in the live view.
 *
 * @param name       the arm's name, shown in legends
 * @param parameters its parameters
 */
public record ArmSetup(String name, Parameters parameters) {
}

package org.loyaltylab.gui;

import org.loyaltylab.model.param.Parameters;

/**
 * One arm shown in the live view.
 *
 * @param name       the arm's name, shown in legends
 * @param position   its place in the experiment (0 first), which gives its colour, the same as
 *                   in the experiment's charts and report
 * @param parameters its parameters
 */
public record ArmSetup(String name, int position, Parameters parameters) {
}

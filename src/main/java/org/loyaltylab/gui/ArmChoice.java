package org.loyaltylab.gui;

import java.util.ArrayList;
import java.util.List;
import org.loyaltylab.BadInputException;

/**
 * Which arms the live view shows: at most {@value #MAX_ARMS} side by side. By default the first
 * ones of the experiment; chosen by name otherwise. When an experiment has more arms than are
 * shown, {@link #note()} says which are shown and how to choose others.
 *
 * @param shown the arms to show, in the experiment's order
 * @param note  a line for the user, empty when every arm is shown
 */
public record ArmChoice(List<ArmSetup> shown, String note) {
    /** The most arms the live view shows side by side. */
    public static final int MAX_ARMS = 4;

    /**
     * @param arms   the experiment's arms, in its order
     * @param chosen the names asked for ({@code --arms}), or empty for the default
     * @return the arms to show and the note
     * @throws BadInputException when a name is unknown, repeated, or more than {@value #MAX_ARMS} are asked for
     */
    public static ArmChoice of(List<ArmSetup> arms, List<String> chosen) {
        List<String> names = arms.stream().map(ArmSetup::name).toList();
        if (chosen.isEmpty()) {
            List<ArmSetup> shown = arms.subList(0, Math.min(MAX_ARMS, arms.size()));
            String note = arms.size() <= MAX_ARMS ? "" : "The experiment has " + arms.size() + " arms; the GUI shows "
                    + MAX_ARMS + ": " + String.join(", ", names.subList(0, MAX_ARMS)) + ". Choose others with --arms "
                    + "NAME,NAME,... (up to " + MAX_ARMS + " of: " + String.join(", ", names) + ").";
            return new ArmChoice(List.copyOf(shown), note);
        }
        if (chosen.size() > MAX_ARMS) {
            throw new BadInputException("--arms: at most " + MAX_ARMS + " arms, got " + chosen.size());
        }
        List<ArmSetup> shown = new ArrayList<>();
        for (ArmSetup arm : arms) {
            if (chosen.contains(arm.name())) {
                shown.add(arm);
            }
        }
        for (String name : chosen) {
            if (!names.contains(name)) {
                throw new BadInputException("--arms: no arm '" + name + "' (arms: " + String.join(", ", names) + ")");
            }
        }
        if (shown.size() < chosen.size()) {
            throw new BadInputException("--arms: an arm is named twice: " + String.join(",", chosen));
        }
        return new ArmChoice(List.copyOf(shown), "");
    }
}

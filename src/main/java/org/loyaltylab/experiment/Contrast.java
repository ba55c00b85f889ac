package org.loyaltylab.experiment;

import java.util.List;

/**
 * A question an experiment asks of its arms, answered per replication under common random
 * numbers: a pair, {@code arm - against}, or an interaction, {@code (arm - against) -
 * (otherArm - otherAgainst)}, which says whether the gap between two arms widens in another
 * setting.
 *
 * @param name         the contrast's name, as the file gives it
 * @param arm          the arm compared
 * @param against      the arm it is compared against
 * @param otherArm     the interaction's reference gap's arm, null for a pair
 * @param otherAgainst the arm that gap is taken against, null for a pair
 */
public record Contrast(String name, String arm, String against, String otherArm, String otherAgainst) {
    /** @return the pair {@code arm - against}, named {@code arm-vs-against} */
    public static Contrast pair(String arm, String against) {
        return new Contrast(arm + "-vs-" + against, arm, against, null, null);
    }

    /** @return true for an interaction (a difference of two gaps) */
    public boolean isInteraction() {
        return otherArm != null;
    }

    /** @return the arms involved, in the order of the definition */
    public List<String> arms() {
        return isInteraction() ? List.of(arm, against, otherArm, otherAgainst) : List.of(arm, against);
    }

    /** @return the definition in arm names: {@code a - b} or {@code (a - b) - (c - d)} */
    public String definition() {
        return isInteraction() ? "(" + arm + " - " + against + ") - (" + otherArm + " - " + otherAgainst + ")"
                : arm + " - " + against;
    }
}

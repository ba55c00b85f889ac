package org.loyaltylab.model.centre;

/**
 * What came of one encounter (M5, M6).
 *
 * @param angerBefore     the customer's anger when the agent picked up
 * @param defensive       whether the agent answered defensively
 * @param angerAfter      anger after the answer (escalated or de-escalated)
 * @param abusive         whether the customer turned abusive
 * @param endedByAgent    whether the agent ended the contact under a boundaries policy
 * @param resolved        whether the problem was resolved (routine contacts: answered)
 * @param thanked         whether the agent thanked the customer
 * @param followUp        whether a follow-up was made
 * @param gestureShare    the share of a full recovery gesture given, 0 to 1
 * @param handleDays      handling time, days
 * @param loyaltyChange   change of the customer's loyalty
 * @param appreciationChange change of the customer's felt appreciation
 * @param stressAdded     stress added to the agent
 * @param breakingPoint   whether the customer leaves at once
 * @param story           the story the customer tells about it
 */
public record EncounterOutcome(double angerBefore, boolean defensive, double angerAfter, boolean abusive,
                               boolean endedByAgent, boolean resolved, boolean thanked, boolean followUp,
                               double gestureShare, double handleDays, double loyaltyChange,
                               double appreciationChange, double stressAdded, boolean breakingPoint,
                               Story story) {

    /** @return true if the customer was hostile (anger above one half after the answer) */
    public boolean hostile() {
        return angerAfter > 0.5;
    }
}

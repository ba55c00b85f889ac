package org.loyaltylab.model.centre;

/**
 * Everything an encounter depends on, taken when the agent picks up the contact.
 *
 * @param complaint       true for a complaint about a failure, false for a routine contact
 * @param severity        the failure's severity in [0, 1] (0 for a routine contact)
 * @param priorFailures   failures the customer had before this one (0 for a routine contact)
 * @param temperament     the customer's anger propensity
 * @param rudeness        the customer's chance of turning abusive when hostile
 * @param loyalty         the customer's loyalty when the contact starts
 * @param waitedDays      time waited in the queue, days
 * @param agentEmpathy    the agent's empathy in [0, 1]
 * @param agentTraining   the agent's training in [0, 1]
 * @param agentStress     the agent's stress in [0, 1]
 * @param earlierContacts contacts the customer made before this one about the same failure
 */
public record EncounterSituation(boolean complaint, double severity, int priorFailures, double temperament,
                                 double rudeness, double loyalty, double waitedDays, double agentEmpathy,
                                 double agentTraining, double agentStress, int earlierContacts) {
}

package org.loyaltylab.model.centre;

/**
 * What the contact centre needs from the rest of the model: the customer's side of an
 * encounter, and where to report what happened. Implemented by the model.
 */
public interface CentreClient {
    /** @return the situation when {@code agent} picks up {@code contact} on {@code day} */
    EncounterSituation situation(Contact contact, double day, double empathy, double training, double stress);

    /** @return the customer's mean patience in the queue, days (asked only of a customer who must wait) */
    double patience(int customer);

    /** Called when a contact's service ends (its outcome is in {@link Contact#outcome()}). */
    void served(Contact contact, Agent agent, double day);

    /** Called when a waiting customer hangs up. */
    void abandoned(Contact contact, double day);

    /** Called when an agent joins (at start or as a replacement hire). */
    void agentJoined(Agent agent, double day);

    /** Called when an agent quits from burnout. */
    void agentQuit(Agent agent, double day);
}

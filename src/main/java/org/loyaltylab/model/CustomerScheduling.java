package org.loyaltylab.model;

/** How the model puts its customers' events on MASON's schedule. */
public enum CustomerScheduling {
    /**
     * The model's design: every customer's next event in the customer calendar, which the schedule
     * serves before each of its steps; MASON holds only the contact centre's and the market's events.
     */
    CALENDAR,
    /**
     * The way a MASON user would first write it, kept for {@code loyaltylab bench --naive}: one
     * Steppable per customer, put on MASON's schedule at each of the customer's events
     * ({@link MasonCustomerAgents}). Same events, same draws, same results.
     */
    MASON_AGENTS
}

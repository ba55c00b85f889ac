package org.loyaltylab.model.customer;

/**
 * Where the customer calendar keeps each customer's pending event time: beside the customer's
 * other frequently read fields, so an event touches one block of memory.
 */
public interface ScheduledTimes {
    /** @return the pending event time of {@code id}, NaN if none */
    double scheduledTime(int id);

    /** Stores the pending event time of {@code id} (NaN for none). */
    void setScheduledTime(int id, double time);
}

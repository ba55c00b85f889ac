package org.loyaltylab.model.customer;

/**
 * Where the customer calendar keeps each customer's pending event time: beside the customer's
 * other frequently read fields, so an event touches one block of memory.
 */
public interface ScheduledTimes {
    /** @return the pending event time of {@code id}, NaN if none */
    double scheduledTime(int id);

    /**
     * The pending event time of {@code id}, read a few events ahead of the customer's event: an
     * implementation may read the rest of the customer's record too, so that it is in cache
     * when the event comes.
     *
     * @return the same as {@link #scheduledTime(int)}
     */
    default double scheduledTimeAhead(int id) {
        return scheduledTime(id);
    }

    /** Stores the pending event time of {@code id} (NaN for none). */
    void setScheduledTime(int id, double time);
}

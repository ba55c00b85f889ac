package org.loyaltylab.model.customer;

/**
 * Where each active customer's next event (activity or churn) waits until it is due: the
 * model's {@link CustomerCalendar}, or, for the benchmark's naive comparison, one MASON
 * Steppable per customer. Either keeps the authoritative time in {@link ScheduledTimes}.
 */
public interface CustomerEvents {
    /** Sets (inserts or moves) the pending event time of customer {@code id}. */
    void set(int id, double time);

    /** Removes customer {@code id}'s pending event, if any. */
    void remove(int id);

    /** @return the number of customers with a pending event */
    int size();
}

package org.loyaltylab.model.centre;

/**
 * One customer contact with the centre: a complaint about a failure or a routine question.
 * Mutable only in its life-cycle state.
 */
public final class Contact {
    /** Where a contact is in its life cycle. */
    public enum State {
        /** In the queue. */
        WAITING,
        /** With an agent. */
        IN_SERVICE,
        /** Hung up before being served. */
        ABANDONED,
        /** Finished. */
        DONE
    }

    private final long sequence;
    private final int customer;
    private final int contactIndex;
    private final boolean complaint;
    private final double severity;
    private final int priorFailures;
    private final int earlierContacts;
    private final double arrivalDay;
    private final double customerValue;
    private State state = State.WAITING;
    private double serviceStartDay = Double.NaN;
    private EncounterOutcome outcome;

    /**
     * @param sequence      arrival order within the run
     * @param customer      the customer's id
     * @param contactIndex  the customer's contact number (keys the encounter's random numbers)
     * @param complaint     true for a complaint about a failure
     * @param severity      the failure's severity (0 for routine contacts)
     * @param priorFailures failures before this one (0 for routine contacts)
     * @param earlierContacts contacts made before this one about the same failure
     * @param arrivalDay    when the contact arrived
     * @param customerValue the customer's spend per purchase (for value-priority routing)
     */
    public Contact(long sequence, int customer, int contactIndex, boolean complaint, double severity,
                   int priorFailures, int earlierContacts, double arrivalDay, double customerValue) {
        this.sequence = sequence;
        this.customer = customer;
        this.contactIndex = contactIndex;
        this.complaint = complaint;
        this.severity = severity;
        this.priorFailures = priorFailures;
        this.earlierContacts = earlierContacts;
        this.arrivalDay = arrivalDay;
        this.customerValue = customerValue;
    }

    /** @return arrival order within the run */
    public long sequence() {
        return sequence;
    }

    /** @return the customer's id */
    public int customer() {
        return customer;
    }

    /** @return the customer's contact number */
    public int contactIndex() {
        return contactIndex;
    }

    /** @return true for a complaint about a failure */
    public boolean complaint() {
        return complaint;
    }

    /** @return the failure's severity (0 for routine contacts) */
    public double severity() {
        return severity;
    }

    /** @return failures before this one (0 for routine contacts) */
    public int priorFailures() {
        return priorFailures;
    }

    /** @return contacts made before this one about the same failure (0 for a first complaint or a routine contact) */
    public int earlierContacts() {
        return earlierContacts;
    }

    /** @return when the contact arrived */
    public double arrivalDay() {
        return arrivalDay;
    }

    /** @return the customer's spend per purchase */
    public double customerValue() {
        return customerValue;
    }

    /** @return the life-cycle state */
    public State state() {
        return state;
    }

    /** @return when service started, NaN if not (yet) */
    public double serviceStartDay() {
        return serviceStartDay;
    }

    /** @return the encounter's outcome once service started, else null */
    public EncounterOutcome outcome() {
        return outcome;
    }

    void startService(double day, EncounterOutcome result) {
        state = State.IN_SERVICE;
        serviceStartDay = day;
        outcome = result;
    }

    void abandon() {
        state = State.ABANDONED;
    }

    void finish() {
        state = State.DONE;
    }
}

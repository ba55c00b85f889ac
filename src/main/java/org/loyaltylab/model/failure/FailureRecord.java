package org.loyaltylab.model.failure;

/**
 * One service failure, as it stood when its outcome and {@code bought_again} were final.
 *
 * @param customer        the customer's id
 * @param day             the day of the failed purchase
 * @param severity        the failure's severity in [0, 1]
 * @param size            small or large, by the severity threshold
 * @param complained      whether the customer voiced it
 * @param abandoned       whether the customer hung up in the queue on any contact about it
 * @param contacts        contacts made about it (first complaint and returns)
 * @param resolved        whether a contact resolved it
 * @param resolvedQuickly whether it was resolved within the quick-resolution contacts and days
 * @param satisfaction    satisfaction with the failure and its handling after the last contact, in [0, 1]
 * @param settledDay      the day it was settled: resolved, given up, left, superseded, or the horizon
 * @param boughtAgain     whether the customer bought again
 */
public record FailureRecord(int customer, double day, double severity, ProblemSize size, boolean complained,
                            boolean abandoned, int contacts, boolean resolved, boolean resolvedQuickly,
                            double satisfaction, double settledDay, BoughtAgain boughtAgain) {
    /** @return the outcome category */
    public FailureOutcome outcome() {
        return !complained ? FailureOutcome.NO_COMPLAINT
                : resolvedQuickly ? FailureOutcome.RESOLVED_QUICKLY
                : resolved ? FailureOutcome.RESOLVED : FailureOutcome.UNRESOLVED;
    }
}

package org.loyaltylab.model.policy;

/** What happens to frequent complainers (Solomon, CustomerThink; docs/REFERENCES.md). */
public enum ComplainerPolicy {
    /** Every customer is kept. */
    KEEP,
    /** Customers who complain too often are turned away. */
    TURN_AWAY;

    /** @return the value named as in experiment files, e.g. {@code value-priority} */
    public static ComplainerPolicy named(String name) {
        return PolicyNames.parse(ComplainerPolicy.class, name);
    }
}

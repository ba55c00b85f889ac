package org.loyaltylab.model.policy;

/** Queue discipline of the contact centre. */
public enum Routing {
    /** First come, first served. */
    FIFO,
    /** Highest-spending customers first. */
    VALUE_PRIORITY;

    /** @return the value named as in experiment files, e.g. {@code value-priority} */
    public static Routing named(String name) {
        return PolicyNames.parse(Routing.class, name);
    }
}

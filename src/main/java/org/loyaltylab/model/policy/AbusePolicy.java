package org.loyaltylab.model.policy;

/** What agents may do when a customer becomes abusive (Pop Up English; docs/REFERENCES.md). */
public enum AbusePolicy {
    /** Agents sit through abuse. */
    TOLERATE,
    /** Agents may end abusive contacts. */
    BOUNDARIES;

    /** @return the value named as in experiment files, e.g. {@code value-priority} */
    public static AbusePolicy named(String name) {
        return PolicyNames.parse(AbusePolicy.class, name);
    }
}

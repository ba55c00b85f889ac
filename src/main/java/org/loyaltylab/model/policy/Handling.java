package org.loyaltylab.model.policy;

/** How agents are told to answer angry customers (Christofi, paradox 2; Belding Training; docs/REFERENCES.md). */
public enum Handling {
    /** Listen, acknowledge, apologise. */
    KIND,
    /** Defend the company's position: argue, justify. */
    DEFENSIVE;

    /** @return the value named as in experiment files, e.g. {@code value-priority} */
    public static Handling named(String name) {
        return PolicyNames.parse(Handling.class, name);
    }
}

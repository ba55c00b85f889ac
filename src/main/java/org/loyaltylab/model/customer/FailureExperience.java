package org.loyaltylab.model.customer;

/** What became of a customer's first service failure, for survival by segment. */
public enum FailureExperience {
    /** No failure yet. */
    NONE("none"),
    /** The first failure was voiced and resolved. */
    RECOVERED("recovered"),
    /** The first failure was not resolved (silent, abandoned, or unresolved complaint). */
    UNRESOLVED("unresolved");

    private final String label;

    FailureExperience(String label) {
        this.label = label;
    }

    /** @return the name used in tables */
    public String label() {
        return label;
    }
}

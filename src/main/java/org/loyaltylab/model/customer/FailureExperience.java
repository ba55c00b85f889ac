package org.loyaltylab.model.customer;

/** What became of a customer's first service failure, for survival by segment. */
public enum FailureExperience {
    /** No failure yet. */
    NONE("none", "no failure yet"),
    /** The first failure was voiced and resolved. */
    RECOVERED("recovered", "a first failure voiced and resolved"),
    /** The first failure was not resolved (silent, abandoned, or unresolved complaint). */
    UNRESOLVED("unresolved", "a first failure not resolved (silent, abandoned or unresolved complaint)");

    private final String label;
    private final String meaning;

    FailureExperience(String label, String meaning) {
        this.label = label;
        this.meaning = meaning;
    }

    /** @return the experience, in a few words */
    public String meaning() {
        return meaning;
    }

    /** @return the name used in tables */
    public String label() {
        return label;
    }
}

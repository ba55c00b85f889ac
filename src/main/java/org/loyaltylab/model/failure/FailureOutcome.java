package org.loyaltylab.model.failure;

/** What became of one service failure, in the categories of the TARP complaint studies. */
public enum FailureOutcome {
    /** The customer never complained. */
    NO_COMPLAINT("no-complaint"),
    /** The customer complained and the problem was not resolved (gave up, left, or the horizon came). */
    UNRESOLVED("unresolved"),
    /** Resolved, but not quickly. */
    RESOLVED("resolved"),
    /** Resolved within the quick-resolution contacts and days. */
    RESOLVED_QUICKLY("resolved-quickly");

    private final String label;

    FailureOutcome(String label) {
        this.label = label;
    }

    /** @return the name used in tables */
    public String label() {
        return label;
    }
}

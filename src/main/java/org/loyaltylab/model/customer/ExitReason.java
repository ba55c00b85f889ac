package org.loyaltylab.model.customer;

/** Why a customer left (M8). Every exit records exactly one reason. */
public enum ExitReason {
    /** Felt taken for granted; a competitor's attention pulled them away. */
    INDIFFERENCE("indifference"),
    /** Left at once after a defensive answer (breaking point). */
    POOR_HANDLING("poor_handling"),
    /** Left at once after a complaint that was not resolved (breaking point). */
    UNRESOLVED("unresolved"),
    /** Low loyalty: a competitor's offer won them. */
    COMPETITOR("competitor"),
    /** Moved away or no longer needs the product: no policy changes this. */
    NATURAL("natural"),
    /** Turned away by the firm as a frequent complainer (seed 001). */
    TURNED_AWAY("turned_away");

    private final String label;

    ExitReason(String label) {
        this.label = label;
    }

    /** @return the name used in tables, e.g. {@code poor_handling} */
    public String label() {
        return label;
    }
}

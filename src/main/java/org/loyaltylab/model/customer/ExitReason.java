package org.loyaltylab.model.customer;

/** Why a customer left (M8). Every exit records exactly one reason. */
public enum ExitReason {
    /** Felt taken for granted; a competitor's attention pulled them away. */
    INDIFFERENCE("indifference", "felt taken for granted and were drawn away by a competitor's attention"),
    /** Left at once after a defensive answer (breaking point). */
    POOR_HANDLING("poor_handling", "left at once after a defensive answer"),
    /** Left at once after a complaint that was not resolved (breaking point). */
    UNRESOLVED("unresolved", "left at once after a complaint that was not resolved"),
    /** Low loyalty: a competitor's offer won them. */
    COMPETITOR("competitor", "were won by a competitor's offer when their loyalty was low"),
    /** Moved away or no longer needs the product: no policy changes this. */
    NATURAL("natural", "moved away or no longer needed the product"),
    /** Turned away by the firm as a frequent complainer (Solomon, CustomerThink). */
    TURNED_AWAY("turned_away", "were turned away by the firm as frequent complainers"),
    /** Decided, when a failure was settled, not to buy again, and quietly went elsewhere (M3b). */
    QUIET_EXIT("quiet_exit", "decided after a failure not to buy again and quietly took their business elsewhere");

    private final String label;
    private final String meaning;

    ExitReason(String label, String meaning) {
        this.label = label;
        this.meaning = meaning;
    }

    /** @return why the customers left, as a phrase completing "customers who ..." */
    public String meaning() {
        return meaning;
    }

    /** @return the name used in tables, e.g. {@code poor_handling} */
    public String label() {
        return label;
    }
}

package org.loyaltylab.model.economy;

/** The components of a run's cost (M11); their sum is the cost in a {@link MoneyStatement}. */
public enum CostComponent {
    /** Cost of goods sold. */
    GOODS("goods", "goods sold (revenue times one minus margin)"),
    /** Agent wages. */
    WAGES("wages", "agent wages"),
    /** Training programmes. */
    TRAINING("training", "training programmes"),
    /** Recruiting replacements. */
    HIRING("hiring", "recruiting replacements for agents who quit"),
    /** Recovery gestures. */
    GESTURES("gestures", "recovery gestures (discounts, vouchers)"),
    /** Special treatment. */
    SPECIAL("special", "special treatment of customers"),
    /** Follow-up contacts. */
    FOLLOW_UP("follow_up", "follow-up contacts after resolved complaints"),
    /** Marketing acquisition. */
    ACQUISITION("acquisition", "marketing acquisition of new customers");

    private final String label;
    private final String meaning;

    CostComponent(String label, String meaning) {
        this.label = label;
        this.meaning = meaning;
    }

    /** @return the name used in tables, e.g. {@code follow_up} */
    public String label() {
        return label;
    }

    /** @return what the component pays for, in a few words */
    public String meaning() {
        return meaning;
    }
}

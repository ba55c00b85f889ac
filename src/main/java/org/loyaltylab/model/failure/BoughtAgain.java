package org.loyaltylab.model.failure;

/** Whether a customer bought again after a failure was settled. */
public enum BoughtAgain {
    /** No purchase in the window, or the customer left first. */
    NO("0"),
    /** A purchase after the failure and within the window after its settlement. */
    YES("1"),
    /** The horizon cut the window short before any purchase (empty in tables). */
    UNKNOWN("");

    private final String label;

    BoughtAgain(String label) {
        this.label = label;
    }

    /** @return the cell written in tables: 0, 1, or empty */
    public String label() {
        return label;
    }
}

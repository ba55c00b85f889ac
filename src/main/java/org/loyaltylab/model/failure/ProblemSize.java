package org.loyaltylab.model.failure;

/** How big a service failure is, by a severity threshold (TARP's small and large problems). */
public enum ProblemSize {
    /** Severity below the threshold. */
    SMALL("small"),
    /** Severity at or above the threshold. */
    LARGE("large");

    private final String label;

    ProblemSize(String label) {
        this.label = label;
    }

    /** @return the name used in tables */
    public String label() {
        return label;
    }
}

package org.loyaltylab.model.metric;

/** How a figure relates to time. */
public enum Kind {
    /** The state on the day (time series) or at the horizon (summary). */
    LEVEL("level"),
    /** A count or rate within the interval since the previous observation. */
    PER_INTERVAL("per interval"),
    /** Since day 0: a running total (time series), or a total, rate or mean over the whole run (summary). */
    CUMULATIVE("cumulative");

    private final String label;

    Kind(String label) {
        this.label = label;
    }

    /** @return the name used in documentation */
    public String label() {
        return label;
    }
}

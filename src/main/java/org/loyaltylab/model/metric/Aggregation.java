package org.loyaltylab.model.metric;

/**
 * How the values of a figure combine over time within one run: over several intervals of the
 * time series, or from the run into its summary figure. Across replications every figure is
 * averaged (mean with a Student-t interval, as in comparison.csv and points-summary.csv).
 */
public enum Aggregation {
    /** The value at the end of the span (levels and running totals). */
    LAST("last"),
    /** The sum of the values (counts). */
    SUM("sum"),
    /** A ratio of the underlying totals over the span, never a plain mean of interval ratios. */
    RATIO("ratio of totals"),
    /** The mean of the values over the span, missing values left out. */
    MEAN("mean");

    private final String label;

    Aggregation(String label) {
        this.label = label;
    }

    /** @return the name used in documentation */
    public String label() {
        return label;
    }
}

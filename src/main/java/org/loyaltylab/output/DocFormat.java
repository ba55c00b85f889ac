package org.loyaltylab.output;

/** How a registry ({@link MetricDocs}, {@link ParameterDocs}) is rendered for people. */
public enum DocFormat {
    /** Aligned plain text. */
    TABLE,
    /** Comma-separated values with a header. */
    CSV,
    /** Markdown tables, as embedded in the documentation. */
    MARKDOWN
}

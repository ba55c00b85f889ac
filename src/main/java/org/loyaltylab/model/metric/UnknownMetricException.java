package org.loyaltylab.model.metric;

/** A metric name that is not a figure of the table asked for. */
public final class UnknownMetricException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String name;
    private final String allowed;

    /**
     * @param name    the name given
     * @param set     the table it was looked up in
     */
    UnknownMetricException(String name, MetricSet set) {
        super("'" + name + "' is not a " + set.description());
        this.name = name;
        this.allowed = String.join(", ", set.keys());
    }

    /** @return the name given */
    public String name() {
        return name;
    }

    /** @return the allowed names, comma-separated, in column order */
    public String allowed() {
        return allowed;
    }
}

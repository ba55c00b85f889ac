package org.loyaltylab.model;

import java.util.Collections;
import java.util.Map;
import java.util.Set;

/**
 * The state of one run on one observation day: an ordered set of named figures (the columns of
 * the time series after {@code arm, replication, day}). Names ending in {@code _total} or
 * {@code _cum} are cumulative since day 0; the others are levels now or per-interval figures.
 *
 * @param day    the observation day
 * @param values the figures by name, in column order
 */
public record Observation(double day, Map<String, Double> values) {

    /** Wraps the values as unmodifiable. */
    public Observation {
        values = Collections.unmodifiableMap(values);
    }

    /** @return the figure named {@code name} */
    public double get(String name) {
        Double v = values.get(name);
        if (v == null) {
            throw new IllegalArgumentException("no figure named " + name);
        }
        return v;
    }

    /** @return the names, in column order */
    public Set<String> names() {
        return values.keySet();
    }
}

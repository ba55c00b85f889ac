package org.loyaltylab.model.metric;

import java.util.Arrays;
import java.util.BitSet;

/** One value for every figure of a {@link MetricSet}: one row of its table, indexed by the registry. */
public final class MetricValues {
    private final MetricSet set;
    private final double[] values;

    private MetricValues(MetricSet set, double[] values) {
        this.set = set;
        this.values = values;
    }

    /** @return a builder for one row of {@code set} */
    public static Builder of(MetricSet set) {
        return new Builder(set);
    }

    /** @return the table the values belong to */
    public MetricSet set() {
        return set;
    }

    /**
     * @return the value of {@code metric}
     * @throws IllegalArgumentException if {@code metric} belongs to another table
     */
    public double get(Metric metric) {
        if (!set.contains(metric)) {
            throw new IllegalArgumentException(metric.key() + " is not a " + set.description());
        }
        return values[metric.index()];
    }

    /** Equal when of the same table with the same values, NaN equal to NaN (as {@link Double#equals}). */
    @Override
    public boolean equals(Object o) {
        return o instanceof MetricValues other && other.set == set && Arrays.equals(other.values, values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    /** Fills one row; every figure must be given exactly once. */
    public static final class Builder {
        private final MetricSet set;
        private final double[] values;
        private final BitSet given;

        private Builder(MetricSet set) {
            this.set = set;
            this.values = new double[set.size()];
            this.given = new BitSet(set.size());
        }

        /**
         * @return this builder
         * @throws IllegalArgumentException if {@code metric} belongs to another table or was given already
         */
        public Builder put(Metric metric, double value) {
            if (!set.contains(metric) || given.get(metric.index())) {
                throw new IllegalArgumentException(metric.key() + " is not a " + set.description()
                        + " still to be given");
            }
            given.set(metric.index());
            values[metric.index()] = value;
            return this;
        }

        /**
         * @return the row
         * @throws IllegalStateException naming the first figure not given
         */
        public MetricValues build() {
            int missing = given.nextClearBit(0);
            if (missing < values.length) {
                throw new IllegalStateException("no value for " + set.all().get(missing).key());
            }
            return new MetricValues(set, Arrays.copyOf(values, values.length));
        }
    }
}

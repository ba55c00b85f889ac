package org.loyaltylab.model;

import org.loyaltylab.model.metric.Metric;
import org.loyaltylab.model.metric.MetricValues;
import org.loyaltylab.model.metric.SeriesMetrics;

/**
 * The state of one run on one observation day: one value for every figure of
 * {@link SeriesMetrics} (the columns of the time series after {@code arm, replication, day}).
 *
 * @param day    the observation day
 * @param values the figures, indexed by {@link SeriesMetrics}
 */
public record Observation(double day, MetricValues values) {

    /** Checks that the values are a row of the time series. */
    public Observation {
        if (values.set() != SeriesMetrics.ALL) {
            throw new IllegalArgumentException("an observation holds time-series figures");
        }
    }

    /** @return the value of the time-series figure {@code metric} */
    public double get(Metric metric) {
        return values.get(metric);
    }
}

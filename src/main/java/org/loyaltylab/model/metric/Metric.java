package org.loyaltylab.model.metric;

/**
 * One figure a run writes: a column of timeseries.csv or summary.csv. Its {@link MetricSet}
 * creates it and numbers it in column order; rows refuse a metric their set did not register.
 *
 * @param set         the table the figure belongs to
 * @param index       its position among the set's figures, from 0
 * @param key         the column name
 * @param unit        the unit
 * @param kind        how it relates to time
 * @param aggregation how it combines over time
 * @param meaning     what it measures, in one line
 */
public record Metric(MetricSet set, int index, String key, String unit, Kind kind, Aggregation aggregation,
                     String meaning) {

    /** @return the key */
    @Override
    public String toString() {
        return key;
    }
}

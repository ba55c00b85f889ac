package org.loyaltylab.analysis;

import java.util.Map;

/**
 * One run of an experiment's time series (one arm, one replication): its observation days in
 * ascending order and, per column, one value a day. A column the run lacks reads as NaN.
 */
public final class Run {
    private final String arm;
    private final double[] days;
    private final Map<String, double[]> columns;

    /**
     * @param arm     the arm
     * @param days    the observation days, ascending
     * @param columns per column name, one value per day (NaN where missing)
     * @throws IllegalArgumentException if a column's length differs from the days'
     */
    public Run(String arm, double[] days, Map<String, double[]> columns) {
        columns.forEach((name, values) -> {
            if (values.length != days.length) {
                throw new IllegalArgumentException("column " + name + " has " + values.length + " values for "
                        + days.length + " days");
            }
        });
        this.arm = arm;
        this.days = days.clone();
        this.columns = Map.copyOf(columns);
    }

    /** @return the arm */
    public String arm() {
        return arm;
    }

    /** @return the number of observation days */
    public int size() {
        return days.length;
    }

    /** @return the day of row {@code i} */
    public double day(int i) {
        return days[i];
    }

    /** @return the value of {@code column} on row {@code i}, NaN if the run has no such column */
    public double value(String column, int i) {
        double[] values = columns.get(column);
        return values == null ? Double.NaN : values[i];
    }
}

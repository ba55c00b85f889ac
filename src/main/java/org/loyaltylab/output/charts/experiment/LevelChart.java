package org.loyaltylab.output.charts.experiment;

import org.loyaltylab.model.metric.Metric;
import org.loyaltylab.model.metric.SeriesMetrics;

/**
 * A level of the time series over time, per arm: the mean across replications with its 95 %
 * band.
 *
 * @param name    file base name
 * @param title   what the chart shows
 * @param caption how to read it
 * @param yLabel  the value axis
 * @param metric  the level drawn
 * @param units   how values are scaled and bounded
 */
record LevelChart(String name, String title, String caption, String yLabel, Metric metric, BandPlot.Units units)
        implements ExperimentChart {
    /** Active customers over time. */
    static final LevelChart ACTIVE_CUSTOMERS = new LevelChart("active-customers", "Active customers over time",
            "Customers with the firm on each observation day, per arm: the line is the mean across replications, "
            + "the shaded band its 95 % confidence interval.", "Active customers", SeriesMetrics.ACTIVE_CUSTOMERS,
            BandPlot.Units.COUNT);
    /** Mean loyalty of active customers over time. */
    static final LevelChart MEAN_LOYALTY = new LevelChart("mean-loyalty", "Mean loyalty of active customers over "
            + "time", "Attitudinal loyalty (0 to 1) averaged over the customers still active on each day; band: "
            + "95 % confidence interval across replications.", "Mean loyalty (0 = none, 1 = full)",
            SeriesMetrics.MEAN_LOYALTY, BandPlot.Units.SHARE);

    @Override
    public ExperimentCharts.Drawn draw(ExperimentTables tables) {
        return BandPlot.perArm(tables, name, title, caption, yLabel, tables.series().levels(metric.key()), units,
                null);
    }
}

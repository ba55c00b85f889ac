package org.loyaltylab.output.charts.experiment;

import org.loyaltylab.model.metric.SeriesMetrics;

/** Mean loyalty of active customers over time, per arm, with 95 % bands across replications. */
final class MeanLoyaltyChart implements ExperimentChart {
    @Override
    public ExperimentCharts.Drawn draw(ExperimentTables tables) {
        return BandPlot.perArm(tables, "mean-loyalty", "Mean loyalty of active customers over time", "Attitudinal "
                + "loyalty (0 to 1) averaged over the customers still active on each day; band: 95 % confidence "
                + "interval across replications.", "Mean loyalty (0 = none, 1 = full)",
                tables.series().levels(SeriesMetrics.MEAN_LOYALTY.key()), BandPlot.Units.SHARE, null);
    }
}

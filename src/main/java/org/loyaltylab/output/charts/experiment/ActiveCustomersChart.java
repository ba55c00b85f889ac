package org.loyaltylab.output.charts.experiment;

import org.loyaltylab.model.metric.SeriesMetrics;

/** Active customers over time, per arm, with 95 % bands across replications. */
final class ActiveCustomersChart implements ExperimentChart {
    @Override
    public ExperimentCharts.Drawn draw(ExperimentTables tables) {
        return BandPlot.perArm(tables, "active-customers", "Active customers over time", "Customers with the firm "
                + "on each observation day, per arm: the line is the mean across replications, the shaded band its "
                + "95 % confidence interval.", "Active customers",
                tables.series().levels(SeriesMetrics.ACTIVE_CUSTOMERS.key()), BandPlot.Units.COUNT, null);
    }
}

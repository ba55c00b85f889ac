package org.loyaltylab.output.charts.experiment;

import org.loyaltylab.analysis.WindowStatistic;
import org.loyaltylab.model.metric.SeriesMetrics;

/** Customers leaving per 30 days over a rolling four-week window, per arm. */
final class ChurnRateChart implements ExperimentChart {
    @Override
    public ExperimentCharts.Drawn draw(ExperimentTables tables) {
        int k = tables.series().fourWeekWindow();
        String window = tables.windowWords(k);
        return BandPlot.perArm(tables, "churn-rate", "Churn: customers leaving per 30 days", "Share of active "
                + "customers who left (for any reason), expressed per 30 days and averaged over " + window
                + " ending on each day, so that weekly noise does not hide the trend.",
                "Leaving per 30 days (% of active customers)", tables.series().windows(k,
                        WindowStatistic.churnPer30Days(SeriesMetrics.CHURNED_TOTAL.key(),
                                SeriesMetrics.ACTIVE_CUSTOMERS.key())), BandPlot.Units.COUNT,
                "rate over the " + window + " to each day");
    }
}

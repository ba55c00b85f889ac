package org.loyaltylab.output.charts.experiment;

import java.util.Map;
import java.util.TreeMap;
import org.loyaltylab.model.metric.SeriesMetrics;
import org.loyaltylab.output.charts.Band;
import org.loyaltylab.output.charts.ChartStyle;
import org.loyaltylab.stats.ConfidenceInterval;

/** Cumulative profit over time, per arm, in thousands or millions as the amounts need. */
final class ProfitChart implements ExperimentChart {
    @Override
    public ExperimentCharts.Drawn draw(ExperimentTables tables) {
        Map<String, TreeMap<Double, ConfidenceInterval>> levels = tables.series().levels(SeriesMetrics.PROFIT_CUM.key());
        double max = levels.values().stream().flatMap(m -> m.values().stream())
                .map(Band::of).mapToDouble(b -> Math.max(Math.abs(b.low()), Math.abs(b.high())))
                .filter(v -> !Double.isNaN(v)).max().orElse(0);
        ChartStyle.Money money = ChartStyle.Money.forMagnitude(max, tables.currency());
        return BandPlot.perArm(tables, "profit", "Cumulative profit over time", "Revenue minus every cost (goods, "
                + "wages, training, hiring, recovery gestures, special treatment, follow-ups, acquisition), "
                + "accumulated from day 0, in " + money.words() + ".", "Profit so far (" + money.words() + ")", levels,
                new BandPlot.Units(1 / money.divisor(), Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY), null);
    }
}

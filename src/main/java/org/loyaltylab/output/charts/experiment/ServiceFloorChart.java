package org.loyaltylab.output.charts.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemSource;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.loyaltylab.analysis.ArmSeries;
import org.loyaltylab.analysis.WindowStatistic;
import org.loyaltylab.analysis.WindowStatistic.Count;
import org.loyaltylab.model.metric.SeriesMetrics;
import org.loyaltylab.output.charts.ChartExport;
import org.loyaltylab.output.charts.ChartStyle;
import org.loyaltylab.stats.ConfidenceInterval;

/**
 * The service floor over time, one panel per quantity: defensive answers, agent stress, agents
 * who quit, the wait in the queue, abandoned calls, complaints resolved; rates over a rolling
 * four-week window.
 */
final class ServiceFloorChart implements ExperimentChart {
    private static final double SCALE = 0.7;

    @Override
    public ExperimentCharts.Drawn draw(ExperimentTables tables) {
        ArmSeries series = tables.series();
        int k = series.fourWeekWindow();
        List<JFreeChart> panels = new ArrayList<>();
        List<String> findings = new ArrayList<>();
        addPanel(tables, panels, findings, "Defensive answers", "% of answered contacts", BandPlot.Units.PERCENT,
                series.windows(k, WindowStatistic.weightedMean(SeriesMetrics.DEFENSIVE_SHARE.key(),
                        Count.served())));
        addPanel(tables, panels, findings, "Agent stress", "Mean stress (0 to 1)", BandPlot.Units.SHARE,
                series.windows(k, WindowStatistic.weightedMean(SeriesMetrics.AGENT_STRESS_MEAN.key(), null)));
        addPanel(tables, panels, findings, "Agents who quit (burnout)", "Agents, cumulative", BandPlot.Units.COUNT,
                series.levels(SeriesMetrics.AGENTS_QUIT_TOTAL.key()));
        addPanel(tables, panels, findings, "Mean wait in the queue", "Minutes", BandPlot.Units.COUNT,
                series.windows(k, WindowStatistic.weightedMean(SeriesMetrics.MEAN_WAIT_MINUTES.key(),
                        Count.waitsEnded())));
        addPanel(tables, panels, findings, "Calls abandoned in the queue", "% of contacts", BandPlot.Units.PERCENT,
                series.windows(k, WindowStatistic.ratio(SeriesMetrics.ABANDONED.key(),
                        SeriesMetrics.CONTACTS.key())));
        addPanel(tables, panels, findings, "Complaints resolved", "% of complaints handled", BandPlot.Units.PERCENT,
                series.windows(k, WindowStatistic.weightedMean(SeriesMetrics.RESOLUTION_RATE.key(),
                        Count.column(SeriesMetrics.COMPLAINTS.key()))));
        if (panels.isEmpty()) {
            return null;
        }
        LegendItemSource arms = Panels.armLegend(tables.arms());
        LegendTitle legend = ChartStyle.sharedLegend(arms, 1);
        panels.forEach(JFreeChart::removeLegend);
        String title = "The service floor: agents and the queue over time";
        String finding = findings.isEmpty() ? title : String.join("; ", findings.subList(0, Math.min(2,
                findings.size()))) + String.format(Locale.ROOT, " (day %,d)", Math.round(series.horizon()));
        return new ExperimentCharts.Drawn("service-floor", title, "Per arm, mean across replications with 95 % "
                + "bands. Rates are averaged over the " + tables.windowWords(k) + " up to each day (weighted by "
                + "contacts or complaints); agents who quit are counted from day 0.", ChartExport.grid(title,
                tables.replicationsNote(), panels, panels.size() <= 4 ? 2 : 3, legend),
                new ExperimentCharts.Parts(finding, tables.replicationsNote(), panels, arms));
    }

    /** Adds a panel of one quantity, and where arms end clearly apart, that in words. */
    private static void addPanel(ExperimentTables tables, List<JFreeChart> panels, List<String> findings, String title,
                                 String yLabel, BandPlot.Units units,
                                 Map<String, TreeMap<Double, ConfidenceInterval>> intervals) {
        List<BandPlot.Curve> curves = BandPlot.armCurves(tables.arms(), intervals);
        if (curves.isEmpty()) {
            return;
        }
        String words = BandPlot.lastDayWords(findings.isEmpty() ? title : title.toLowerCase(Locale.ROOT), curves,
                "");
        if (!words.isEmpty() && !words.endsWith("no clear difference")) {
            findings.add(words);
        }
        JFreeChart chart = BandPlot.chart(tables, title, BandPlot.DAY, yLabel, curves, units, SCALE);
        NumberAxis y = (NumberAxis) ((XYPlot) chart.getPlot()).getRangeAxis();
        y.setAutoRangeIncludesZero(true);
        y.setUpperMargin(0.08);
        Panels.fewerTicks((XYPlot) chart.getPlot(), 7);
        panels.add(chart);
    }
}

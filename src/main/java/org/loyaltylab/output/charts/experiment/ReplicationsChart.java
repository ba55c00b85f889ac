package org.loyaltylab.output.charts.experiment;

import java.awt.BasicStroke;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.RangeType;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.loyaltylab.analysis.ReplicationModes;
import org.loyaltylab.model.metric.Metric;
import org.loyaltylab.model.metric.SummaryMetrics;
import org.loyaltylab.output.charts.ChartExport;
import org.loyaltylab.output.charts.ChartStyle;
import org.loyaltylab.output.charts.Table;

/**
 * Each replication's result, per headline figure a panel of one dot per replication in each arm
 * (spread sideways by rank so that none hides another) and a black bar at the arm's mean: where the
 * mean hides replications that split into two groups (see {@link ReplicationModes}), the dots
 * show it and the title names it. From summary.csv.
 */
final class ReplicationsChart implements ExperimentChart {
    /** A panel: the figure, its title, its axis label and the multiplier of its values (money: null and NaN, set by size). */
    private record Panel(Metric metric, String title, String unit, double factor) {
    }

    private static final List<Panel> PANELS = List.of(
            new Panel(SummaryMetrics.RETENTION, "Customers kept", "% of the customers at the start", 100),
            new Panel(SummaryMetrics.ACTIVE_CUSTOMERS, "Customers at the end", "Customers", 1),
            new Panel(SummaryMetrics.PROFIT, "Profit", null, Double.NaN),
            new Panel(SummaryMetrics.AGENTS_QUIT, "Agents who quit", "Agents", 1));
    /** Half the width over which an arm's dots are spread, in arm slots. */
    private static final double SPREAD = 0.3;

    @Override
    public ExperimentCharts.Drawn draw(ExperimentTables tables) throws IOException {
        Table summary = tables.summary();
        if (summary == null || summary.rows().isEmpty()) {
            return null;
        }
        List<String> arms = tables.arms();
        List<JFreeChart> panels = new ArrayList<>();
        Set<String> splits = new LinkedHashSet<>();
        boolean nobodyQuit = false;
        for (Panel p : PANELS) {
            if (!summary.columns().contains(p.metric().key())) {
                continue;
            }
            double[][] values = new double[arms.size()][];
            for (int a = 0; a < arms.size(); a++) {
                values[a] = values(summary, arms.get(a), p.metric());
            }
            if (p.metric() == SummaryMetrics.AGENTS_QUIT && Arrays.stream(values).flatMapToDouble(Arrays::stream)
                    .allMatch(v -> v == 0)) {
                nobodyQuit = true;
                continue;
            }
            Panel shown = p.unit() != null ? p : money(p, values);
            for (int a = 0; a < arms.size(); a++) {
                int arm = a;
                ReplicationModes.of(arms.get(a), p.metric(), values[a]).ifPresent(m -> splits.add(arms.get(arm) + " ("
                        + m.minority() + " of " + m.replications() + " in " + p.title().toLowerCase() + ")"));
            }
            panels.add(panel(arms, values, shown));
        }
        if (panels.isEmpty()) {
            return null;
        }
        String title = splits.isEmpty() ? "Each replication's result: no arm's replications split into groups"
                : "Replications split into two groups: " + String.join(", ", splits);
        String note = "Dot: one replication (spread sideways so none hides another); bar: the mean"
                + (nobodyQuit ? "; no agent quit in any replication" : "");
        return new ExperimentCharts.Drawn("replications", title, "Every replication's value of the headline figures, "
                + "one dot each, with the arm's mean as a black bar. A mean and its interval describe one group; where "
                + "the dots fall into two groups far apart (e.g. agents quit in a few replications only, a burnout "
                + "spiral that only some seeds set off), the title names it and the findings say it. Replication r "
                + "has the same seed in every arm.", ChartExport.grid(title, note, panels, 2,
                ChartStyle.sharedLegend(Panels.armLegend(arms), 0.85)), new ExperimentCharts.Parts(title, note, panels, Panels.armLegend(arms)));
    }

    /** @return the money panel in the unit its largest value reads best in (k or M) */
    private static Panel money(Panel p, double[][] values) {
        double max = Arrays.stream(values).flatMapToDouble(Arrays::stream).filter(v -> !Double.isNaN(v))
                .map(Math::abs).max().orElse(0);
        ChartStyle.Money money = ChartStyle.Money.forMagnitude(max);
        return new Panel(p.metric(), p.title(), money.words(), 1 / money.divisor());
    }

    private static double[] values(Table summary, String arm, Metric metric) {
        return summary.rows().stream().filter(r -> Table.text(r, "arm").equals(arm))
                .mapToDouble(r -> Table.number(r, metric.key())).toArray();
    }

    private static JFreeChart panel(List<String> arms, double[][] values, Panel p) {
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
        for (int a = 0; a < arms.size(); a++) {
            XYSeries dots = new XYSeries(arms.get(a), false, true);
            double[] sorted = Arrays.stream(values[a]).filter(v -> !Double.isNaN(v)).sorted().toArray();
            for (int i = 0; i < sorted.length; i++) {
                double offset = sorted.length == 1 ? 0 : SPREAD * (2.0 * i / (sorted.length - 1) - 1);
                dots.add(a + offset, sorted[i] * p.factor());
            }
            data.addSeries(dots);
            renderer.setSeriesPaint(a, ChartStyle.translucent(ChartStyle.colour(a), 200));
            renderer.setSeriesShape(a, ChartStyle.dot(14));
        }
        for (int a = 0; a < arms.size(); a++) {
            double mean = Arrays.stream(values[a]).filter(v -> !Double.isNaN(v)).average().orElse(Double.NaN);
            if (Double.isNaN(mean)) {
                continue;
            }
            XYSeries bar = new XYSeries("mean " + arms.get(a), false, true);
            bar.add(a - SPREAD - 0.05, mean * p.factor());
            bar.add(a + SPREAD + 0.05, mean * p.factor());
            int s = data.getSeriesCount();
            data.addSeries(bar);
            renderer.setSeriesLinesVisible(s, true);
            renderer.setSeriesShapesVisible(s, false);
            renderer.setSeriesPaint(s, java.awt.Color.BLACK);
            renderer.setSeriesStroke(s, new BasicStroke(4f));
        }
        SymbolAxis x = new SymbolAxis(null, arms.toArray(String[]::new));
        x.setRange(-0.6, arms.size() - 0.4);
        x.setGridBandsVisible(false);
        x.setTickLabelsVisible(false); // the legend names the arms by colour: long names would collide here
        NumberAxis y = new NumberAxis(p.unit());
        y.setAutoRangeIncludesZero(p.metric() == SummaryMetrics.AGENTS_QUIT);
        y.setAutoRangeMinimumSize(p.metric() == SummaryMetrics.AGENTS_QUIT ? 1 : 1e-9);
        if (p.metric() == SummaryMetrics.AGENTS_QUIT) {
            y.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
            y.setRangeType(RangeType.POSITIVE);
        }
        XYPlot plot = new XYPlot(data, x, y, renderer);
        plot.setDomainGridlinesVisible(false);
        return ChartStyle.apply(new JFreeChart(p.title(), null, plot, false), 0.8);
    }
}

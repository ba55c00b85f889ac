package org.loyaltylab.output.charts.experiment;

import java.io.IOException;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;
import org.loyaltylab.analysis.Ranking;
import org.loyaltylab.model.metric.Metric;
import org.loyaltylab.model.metric.SummaryMetrics;
import org.loyaltylab.output.charts.ArmEstimates;
import org.loyaltylab.output.charts.Band;
import org.loyaltylab.output.charts.ChartExport;
import org.loyaltylab.output.charts.ChartStyle;

/**
 * The comparison at a glance: per headline metric (retention, profit, mean loyalty,
 * complaints) a panel of each arm's mean with its 95 % whisker; from summary.csv, else
 * comparison.csv.
 */
final class ComparisonChart implements ExperimentChart {
    /** A panel: summary figure, title, axis unit, multiplier, decimals of the labels. */
    private record Panel(Metric metric, String title, String unit, double factor, int decimals) {
    }

    @Override
    public ExperimentCharts.Drawn draw(ExperimentTables tables) throws IOException {
        ArmEstimates estimates = tables.estimates();
        if (estimates.isEmpty()) {
            return null;
        }
        List<JFreeChart> panels = new ArrayList<>();
        Map<String, List<String>> ahead = new LinkedHashMap<>();
        for (Panel m : panels(tables, estimates)) {
            Ranking ranking = ranking(tables.arms(), estimates, m);
            if (ranking.entries().isEmpty()) {
                continue;
            }
            panels.add(panel(tables.arms(), estimates, m, tables.arms().size() > 1
                    ? ranking.words(m.title(), "highest", "lowest") : m.title()));
            if (!ranking.topGroup().isEmpty()) {
                ahead.computeIfAbsent(Ranking.names(ranking.topGroup()), a -> new ArrayList<>())
                        .add(lowerFirst(m.title()));
            }
        }
        if (panels.isEmpty()) {
            return null;
        }
        String title = "The comparison at a glance";
        String finding = tables.arms().size() < 2 ? title : ahead.isEmpty()
                ? "No arm is clearly highest in any headline figure"
                : "Clearly highest: " + String.join("; ", ahead.entrySet().stream()
                        .map(e -> e.getKey() + " in " + String.join(", ", e.getValue())).toList());
        String note = "Point: mean across replications; whisker: 95 % confidence interval";
        return new ExperimentCharts.Drawn("comparison", finding, "Headline results per arm over the whole horizon: "
                + "the point is the mean across replications, the whisker its 95 % confidence interval (Student t); "
                + "the title names an arm whose interval lies above (or below) every other arm's. Each panel has its "
                + "own unit and scale, which need not start at zero; differences against the baseline, with paired "
                + "intervals and p-values, are in comparison.csv.", ChartExport.grid(finding, note, panels, 2, null),
                new ExperimentCharts.Parts(finding, note, panels, Panels.armLegend(tables.arms())));
    }

    /** @return the arms' estimates of a panel's metric, ranked */
    private static Ranking ranking(List<String> arms, ArmEstimates estimates, Panel m) {
        Map<String, double[]> by = new LinkedHashMap<>();
        for (String arm : arms) {
            Band b = estimates.of(arm, m.metric());
            if (b != null && !Double.isNaN(b.mean())) {
                by.put(arm, new double[] {b.mean(), b.low(), b.high()});
            }
        }
        return Ranking.of(by);
    }

    private static String lowerFirst(String s) {
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    private static List<Panel> panels(ExperimentTables tables, ArmEstimates estimates) {
        double maxProfit = 0;
        for (String arm : tables.arms()) {
            Band b = estimates.of(arm, SummaryMetrics.PROFIT);
            if (b != null) {
                maxProfit = Math.max(maxProfit, Math.max(Math.abs(b.low()), Math.abs(b.high())));
            }
        }
        ChartStyle.Money money = ChartStyle.Money.forMagnitude(maxProfit, tables.currency());
        String over = "over " + tables.horizonWords();
        return List.of(
                new Panel(SummaryMetrics.RETENTION, "Initial customers kept", "% of the initial customers", 100, 1),
                new Panel(SummaryMetrics.PROFIT, "Profit " + over, money.words(), 1 / money.divisor(),
                        money.divisor() >= 1e6 ? 2 : money.divisor() >= 1e3 ? 1 : 0),
                new Panel(SummaryMetrics.MEAN_LOYALTY, "Mean loyalty at the end", "Loyalty (0 to 1)", 1, 3),
                new Panel(SummaryMetrics.COMPLAINTS, "Complaints " + over, "Complaints", 1, 0));
    }

    /** @return the metric's panel (some arm has an estimate of it), titled {@code title} */
    private static JFreeChart panel(List<String> arms, ArmEstimates estimates, Panel m, String title) {
        DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (String arm : arms) {
            Band b = estimates.of(arm, m.metric());
            if (b == null || Double.isNaN(b.mean())) {
                continue;
            }
            b = b.scaled(m.factor(), Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
            data.add(b.mean(), Double.isNaN(b.halfWidth()) ? 0 : b.halfWidth(), "mean with 95 % CI", arm);
            lo = Math.min(lo, b.low());
            hi = Math.max(hi, b.high());
        }
        NumberFormat fmt = new DecimalFormat(m.decimals() == 0 ? "#,##0" : "#,##0." + "0".repeat(m.decimals()),
                DecimalFormatSymbols.getInstance(Locale.ENGLISH));
        NumberAxis y = new NumberAxis(m.unit());
        y.setAutoRangeIncludesZero(false);
        y.setUpperMargin(0.15);
        y.setLowerMargin(0.15);
        y.setAutoRangeMinimumSize(BandPlot.minimumSpan(Math.max(Math.abs(lo), Math.abs(hi))));
        PointRenderer renderer = new PointRenderer(arms, data);
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", fmt));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(ChartStyle.font(ChartStyle.TICK_PX, 0.8, true));
        ItemLabelPosition right = new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT);
        renderer.setDefaultPositiveItemLabelPosition(right);
        renderer.setDefaultNegativeItemLabelPosition(right);
        renderer.setItemLabelInsets(new RectangleInsets(14, 14, 14, 14));
        CategoryAxis x = Panels.armAxis();
        x.setUpperMargin(0.1);
        CategoryPlot plot = new CategoryPlot(data, x, y, renderer);
        return ChartStyle.apply(new JFreeChart(title, null, plot, false), 0.8);
    }
}

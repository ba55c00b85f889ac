package org.loyaltylab.output.charts;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;
import org.loyaltylab.analysis.GridCells;
import org.loyaltylab.analysis.Sensitivity;
import org.loyaltylab.model.metric.Metric;
import org.loyaltylab.model.metric.SummaryMetrics;
import org.loyaltylab.stats.ConfidenceInterval;
import org.loyaltylab.sweep.DesignKind;
import org.loyaltylab.sweep.Factor;
import org.loyaltylab.sweep.SweepSpec;
import org.loyaltylab.sweep.SweepStore;

/**
 * Charts of a sweep, in the house style: for grid designs a heatmap of each headline metric
 * over the first two numeric factors per arm (averaged over any other factors), and of the
 * second arm minus the first (for instance kind minus defensive), each cell with its value and
 * 95 % interval; for Saltelli designs the first-order and total Sobol indices with their 95 %
 * intervals.
 */
public final class SweepCharts {
    private static final List<Metric> HEADLINES = List.of(SummaryMetrics.PROFIT, SummaryMetrics.RETENTION);

    private SweepCharts() {
    }

    /**
     * A chart of a sweep.
     *
     * @param name    the file name without extension, e.g. {@code heatmap-retention-kind}
     * @param caption what it shows, in words
     * @param figure  the chart
     */
    public record Chart(String name, String caption, ChartExport.Figure figure) {
    }

    /** @return the charts that the design supports, in report order */
    public static List<Chart> charts(SweepSpec sweep, List<Map<String, Object>> points, List<String> arms,
                                     List<SweepStore.Row> rows) {
        List<Chart> charts = new ArrayList<>();
        List<Integer> numeric = new ArrayList<>();
        for (int i = 0; i < sweep.factors().size(); i++) {
            if (!sweep.factors().get(i).categorical()) {
                numeric.add(i);
            }
        }
        for (Metric headline : HEADLINES) {
            int m = sweep.figures().indexOf(headline);
            if (m < 0) {
                continue;
            }
            String metric = headline.key();
            if (sweep.design() == DesignKind.GRID && numeric.size() >= 2) {
                Factor fx = sweep.factors().get(numeric.get(0));
                Factor fy = sweep.factors().get(numeric.get(1));
                String over = " over " + fx.key() + " and " + fy.key() + (sweep.factors().size() > 2
                        ? ", averaged over the other factors" : "") + ".";
                for (int a = 0; a < arms.size(); a++) {
                    charts.add(new Chart("heatmap-" + metric + "-" + arms.get(a), metric + " under " + arms.get(a)
                            + over, ChartExport.of(heatmap(metric + " under " + arms.get(a), fx, fy,
                            GridCells.intervals(points, rows, fx, fy, m, a, -1), headline, false))));
                }
                if (arms.size() >= 2) {
                    String title = metric + ": " + arms.get(1) + " minus " + arms.get(0);
                    charts.add(new Chart("heatmap-" + metric + "-" + arms.get(1) + "-minus-" + arms.get(0), title
                            + ", each run paired with the run of the same point and seed" + over,
                            ChartExport.of(heatmap(title, fx, fy, GridCells.intervals(points, rows, fx, fy, m, 1, 0),
                                    headline, true))));
                }
            }
            if (sweep.design() == DesignKind.SALTELLI) {
                charts.add(new Chart("sobol-" + metric, "Sobol indices of " + metric + " under " + arms.get(0)
                        + ": the share of its variance each parameter carries alone (first order) and with its "
                        + "interactions (total).", ChartExport.of(sobol(headline, arms.get(0),
                        Sensitivity.of(sweep, points, arms, rows)))));
            }
        }
        return charts;
    }

    private static JFreeChart heatmap(String title, Factor fx, Factor fy, ConfidenceInterval[][] cells, Metric metric,
                                      boolean difference) {
        return Heatmap.of(title, fx.gridValues(), fy.gridValues(), fx.key(), fy.key(), cells, metric, difference);
    }

    private static JFreeChart sobol(Metric metric, String arm, List<Sensitivity.Row> rows) {
        DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
        for (Sensitivity.Row r : rows) {
            if (r.arm().equals(arm) && r.metric().equals(metric) && r.method().startsWith("sobol")) {
                double half = (r.high() - r.low()) / 2;
                data.add(r.estimate(), half, r.method().equals("sobol_first") ? "first order" : "total",
                        r.factor().substring(r.factor().indexOf('.') + 1));
            }
        }
        org.jfree.chart.renderer.category.StatisticalBarRenderer renderer =
                new org.jfree.chart.renderer.category.StatisticalBarRenderer();
        renderer.setBarPainter(new org.jfree.chart.renderer.category.StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, ChartStyle.colour(0));
        renderer.setSeriesPaint(1, ChartStyle.colour(1));
        renderer.setErrorIndicatorPaint(Color.BLACK);
        CategoryAxis x = new CategoryAxis("Parameter");
        x.setCategoryLabelPositions(org.jfree.chart.axis.CategoryLabelPositions.UP_45);
        CategoryPlot plot = new CategoryPlot(data, x, new NumberAxis("Sobol index (share of variance)"), renderer);
        JFreeChart chart = new JFreeChart("Which parameters drive " + metric.key() + "? Sobol indices", null, plot, true);
        chart.addSubtitle(new org.jfree.chart.title.TextTitle("Arm " + arm + "; whiskers: bootstrap 95 % intervals; "
                + "total minus first order = share through interactions"));
        return ChartStyle.apply(chart, 1);
    }
}

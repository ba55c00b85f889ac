package org.loyaltylab.output.charts;

import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.loyaltylab.output.io.ParallelWrites;
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

    /**
     * @return the charts of one arm: a heatmap of each headline metric (grid designs only); they
     *         read only that arm's rows, so they can be drawn as soon as its runs are stored
     */
    public static List<Chart> armCharts(SweepSpec sweep, List<Map<String, Object>> points, List<String> arms,
                                        List<SweepStore.Row> rows, int arm) {
        List<Chart> charts = new ArrayList<>();
        List<Factor> grid = gridFactors(sweep);
        for (Metric headline : headlines(sweep)) {
            if (grid.size() == 2) {
                String metric = headline.key();
                charts.add(new Chart("heatmap-" + metric + "-" + arms.get(arm), metric + " under " + arms.get(arm)
                        + over(sweep, grid), ChartExport.of(heatmap(metric + " under " + arms.get(arm), grid.get(0),
                        grid.get(1), GridCells.intervals(points, rows, grid.get(0), grid.get(1),
                                sweep.figures().indexOf(headline), arm, -1), headline, false))));
            }
        }
        return charts;
    }

    /**
     * @return the charts of the arms together: the heatmap of the second arm minus the first
     *         (grid designs) or the Sobol indices (Saltelli designs)
     */
    public static List<Chart> jointCharts(SweepSpec sweep, List<Map<String, Object>> points, List<String> arms,
                                          List<SweepStore.Row> rows) {
        List<Chart> charts = new ArrayList<>();
        List<Factor> grid = gridFactors(sweep);
        for (Metric headline : headlines(sweep)) {
            int m = sweep.figures().indexOf(headline);
            String metric = headline.key();
            if (grid.size() == 2 && arms.size() >= 2) {
                String title = metric + ": " + arms.get(1) + " minus " + arms.get(0);
                charts.add(new Chart("heatmap-" + metric + "-" + arms.get(1) + "-minus-" + arms.get(0), title
                        + ", each run paired with the run of the same point and seed" + over(sweep, grid),
                        ChartExport.of(heatmap(title, grid.get(0), grid.get(1),
                                GridCells.intervals(points, rows, grid.get(0), grid.get(1), m, 1, 0), headline, true))));
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

    /** @return a job that writes the chart's PNG, SVG and PDF into {@code dir/charts} */
    public static ParallelWrites.Job job(Path dir, Chart chart) {
        return () -> ChartExport.write(chart.figure(), Files.createDirectories(dir.resolve("charts"))
                .resolve(chart.name()));
    }

    /** @return the headline metrics the sweep records */
    private static List<Metric> headlines(SweepSpec sweep) {
        return HEADLINES.stream().filter(sweep.figures()::contains).toList();
    }

    /** @return the first two numeric factors of a grid design (the heatmaps' axes), or none */
    private static List<Factor> gridFactors(SweepSpec sweep) {
        List<Factor> numeric = sweep.factors().stream().filter(f -> !f.categorical()).limit(2).toList();
        return sweep.design() == DesignKind.GRID && numeric.size() == 2 ? numeric : List.of();
    }

    private static String over(SweepSpec sweep, List<Factor> grid) {
        return " over " + grid.get(0).key() + " and " + grid.get(1).key() + (sweep.factors().size() > 2
                ? ", averaged over the other factors" : "") + ".";
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

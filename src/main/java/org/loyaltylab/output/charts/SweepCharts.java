package org.loyaltylab.output.charts;

import java.awt.Color;
import java.awt.Paint;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;
import org.jfree.data.xy.DefaultXYZDataset;
import org.loyaltylab.analysis.GridCells;
import org.loyaltylab.analysis.Sensitivity;
import org.loyaltylab.model.metric.Metric;
import org.loyaltylab.model.metric.SummaryMetrics;
import org.loyaltylab.output.io.ParallelWrites;
import org.loyaltylab.sweep.DesignKind;
import org.loyaltylab.sweep.Factor;
import org.loyaltylab.sweep.SweepSpec;
import org.loyaltylab.sweep.SweepStore;

/**
 * Charts of a sweep, in the house style, into {@code charts/}: for grid designs a heatmap of
 * each headline metric over the first two numeric factors per arm (averaged over any other
 * factors), and of the second arm minus the first (for instance kind minus defensive); for
 * Saltelli designs the first-order and total Sobol indices with their 95 % intervals.
 */
public final class SweepCharts {
    private static final List<Metric> HEADLINES = List.of(SummaryMetrics.PROFIT, SummaryMetrics.RETENTION);

    private SweepCharts() {
    }

    /**
     * @return the jobs that draw the charts of one arm (a heatmap of each headline metric, grid
     *         designs only), one a chart (its PNG, SVG and PDF); they read only that arm's rows
     */
    public static List<ParallelWrites.Job> armJobs(Path dir, SweepSpec sweep, List<Map<String, Object>> points,
                                                   List<String> arms, List<SweepStore.Row> rows, int arm)
            throws IOException {
        Path charts = folder(dir);
        List<Factor> grid = gridFactors(sweep);
        List<ParallelWrites.Job> jobs = new ArrayList<>();
        for (Metric headline : headlines(sweep)) {
            int m = sweep.figures().indexOf(headline);
            String metric = headline.key();
            if (grid.size() == 2) {
                jobs.add(() -> ChartExport.write(ChartExport.of(heatmap(metric + " under " + arms.get(arm), grid.get(0),
                        grid.get(1), GridCells.means(points, rows, grid.get(0), grid.get(1), m, arm), metric, false)),
                        charts.resolve("heatmap-" + metric + "-" + arms.get(arm))));
            }
        }
        return jobs;
    }

    /**
     * @return the jobs that draw the charts of the arms together: the heatmap of the second arm
     *         minus the first (grid designs) or the Sobol indices (Saltelli designs), one a chart
     */
    public static List<ParallelWrites.Job> jointJobs(Path dir, SweepSpec sweep, List<Map<String, Object>> points,
                                                     List<String> arms, List<SweepStore.Row> rows) throws IOException {
        Path charts = folder(dir);
        List<Factor> grid = gridFactors(sweep);
        List<ParallelWrites.Job> jobs = new ArrayList<>();
        for (Metric headline : headlines(sweep)) {
            int m = sweep.figures().indexOf(headline);
            String metric = headline.key();
            if (grid.size() == 2 && arms.size() >= 2) {
                jobs.add(() -> ChartExport.write(ChartExport.of(heatmap(metric + ": " + arms.get(1) + " minus "
                        + arms.get(0), grid.get(0), grid.get(1),
                        GridCells.differences(points, rows, grid.get(0), grid.get(1), m, 1, 0), metric, true)),
                        charts.resolve("heatmap-" + metric + "-" + arms.get(1) + "-minus-" + arms.get(0))));
            }
            if (sweep.design() == DesignKind.SALTELLI) {
                jobs.add(() -> ChartExport.write(ChartExport.of(sobol(headline, arms.get(0),
                        Sensitivity.of(sweep, points, arms, rows))), charts.resolve("sobol-" + metric)));
            }
        }
        return jobs;
    }

    private static Path folder(Path dir) throws IOException {
        return Files.createDirectories(dir.resolve("charts"));
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

    private static JFreeChart heatmap(String title, Factor fx, Factor fy, double[][] cells, String metric,
                                      boolean diverging) {
        List<Object> xs = fx.gridValues();
        List<Object> ys = fy.gridValues();
        int count = xs.size() * ys.size();
        double[][] data = new double[3][count];
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        int k = 0;
        for (int i = 0; i < xs.size(); i++) {
            for (int j = 0; j < ys.size(); j++) {
                data[0][k] = ((Number) xs.get(i)).doubleValue();
                data[1][k] = ((Number) ys.get(j)).doubleValue();
                data[2][k] = cells[i][j];
                if (!Double.isNaN(cells[i][j])) {
                    lo = Math.min(lo, cells[i][j]);
                    hi = Math.max(hi, cells[i][j]);
                }
                k++;
            }
        }
        if (diverging) {
            double m = Math.max(Math.abs(lo), Math.abs(hi));
            lo = -m;
            hi = m;
        }
        if (!(hi > lo)) {
            hi = lo + 1;
        }
        DefaultXYZDataset dataset = new DefaultXYZDataset();
        dataset.addSeries(metric, data);
        XYBlockRenderer renderer = new XYBlockRenderer();
        renderer.setBlockWidth(step(xs));
        renderer.setBlockHeight(step(ys));
        PaintScale scale = new Scale(lo, hi, diverging);
        renderer.setPaintScale(scale);
        NumberAxis x = new NumberAxis(fx.key());
        NumberAxis y = new NumberAxis(fy.key());
        x.setAutoRangeIncludesZero(false);
        y.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(dataset, x, y, renderer);
        JFreeChart chart = new JFreeChart(title, null, plot, false);
        chart.addSubtitle(new org.jfree.chart.title.TextTitle("Mean over replications in each cell"
                + (diverging ? "; paired by seed (common random numbers); orange = second arm higher" : "")));
        NumberAxis scaleAxis = new NumberAxis(metric + (diverging ? " difference" : ""));
        scaleAxis.setRange(lo, hi);
        PaintScaleLegend legend = new PaintScaleLegend(scale, scaleAxis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setStripWidth(30);
        legend.setMargin(10, 20, 10, 10);
        chart.addSubtitle(legend);
        ChartStyle.apply(chart, 1);
        scaleAxis.setLabelFont(ChartStyle.font(24, false));
        scaleAxis.setTickLabelFont(ChartStyle.font(20, false));
        return chart;
    }

    private static double step(List<Object> values) {
        return values.size() < 2 ? 1
                : ((Number) values.get(1)).doubleValue() - ((Number) values.get(0)).doubleValue();
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

    /** Viridis for levels, blue-white-orange for differences (colour-blind safe). */
    private static final class Scale implements PaintScale {
        private final double lo;
        private final double hi;
        private final boolean diverging;

        Scale(double lo, double hi, boolean diverging) {
            this.lo = lo;
            this.hi = hi;
            this.diverging = diverging;
        }

        @Override
        public double getLowerBound() {
            return lo;
        }

        @Override
        public double getUpperBound() {
            return hi;
        }

        @Override
        public Paint getPaint(double value) {
            if (Double.isNaN(value)) {
                return Color.LIGHT_GRAY;
            }
            double t = Math.max(0, Math.min(1, (value - lo) / (hi - lo)));
            if (diverging) {
                Color a = t < 0.5 ? ChartStyle.colour(0) : Color.WHITE;
                Color b = t < 0.5 ? Color.WHITE : ChartStyle.colour(5);
                double f = t < 0.5 ? t * 2 : (t - 0.5) * 2;
                return mix(a, b, f);
            }
            Color[] v = {new Color(68, 1, 84), new Color(59, 82, 139), new Color(33, 145, 140),
                new Color(94, 201, 98), new Color(253, 231, 37)};
            double s = t * (v.length - 1);
            int i = Math.min(v.length - 2, (int) s);
            return mix(v[i], v[i + 1], s - i);
        }

        private static Color mix(Color a, Color b, double f) {
            return new Color((int) (a.getRed() + f * (b.getRed() - a.getRed())),
                    (int) (a.getGreen() + f * (b.getGreen() - a.getGreen())),
                    (int) (a.getBlue() + f * (b.getBlue() - a.getBlue())));
        }
    }
}

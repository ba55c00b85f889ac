package org.loyaltylab.gui;

import java.awt.BasicStroke;
import java.awt.Dimension;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JFrame;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.loyaltylab.model.Observation;
import org.loyaltylab.model.customer.ExitReason;
import org.loyaltylab.model.metric.Metric;
import org.loyaltylab.model.metric.SeriesMetrics;
import org.loyaltylab.output.charts.Categories;
import org.loyaltylab.output.charts.ChartStyle;

/**
 * The live JFreeChart 1.5 charts, each in its own frame registered with MASON's Console: active
 * customers, mean loyalty, churn by reason, and the service floor (defensive answers and agent
 * stress). One colour per arm (the charts' palette); line style tells the series apart within
 * an arm. Churn by reason is a live stacked bar per arm, each reason in its colour of the charts
 * ({@link Categories}).
 */
final class LiveCharts {
    /** A bar of the churn chart: the reason and its label. */
    private record Reason(ExitReason reason, String label) {
    }

    private static final List<Reason> REASONS = List.of(new Reason(ExitReason.INDIFFERENCE, "taken for granted"),
            new Reason(ExitReason.COMPETITOR, "competitor"), new Reason(ExitReason.UNRESOLVED, "unresolved"),
            new Reason(ExitReason.POOR_HANDLING, "defensive answer"), new Reason(ExitReason.NATURAL, "natural"));

    /** A line of a chart: the figure it follows and its label after the arm's name (none if empty). */
    private record Column(Metric metric, String label) {
    }

    /** One chart: its frame, per arm the series it shows, their figures and the factor they are drawn at. */
    private record LiveChart(JFrame frame, JFreeChart chart, List<List<XYSeries>> seriesByArm,
                             List<Column> columns, double scale) {
    }

    private final List<LiveArm> arms;
    private final List<LiveChart> charts = new ArrayList<>();
    private final org.jfree.data.category.DefaultCategoryDataset reasons =
            new org.jfree.data.category.DefaultCategoryDataset();
    private final JFrame reasonsFrame;
    private final int[] shown;

    LiveCharts(List<LiveArm> arms) {
        this.arms = arms;
        this.shown = new int[arms.size()];
        charts.add(chart("Active customers", "Customers", List.of(new Column(SeriesMetrics.ACTIVE_CUSTOMERS, "")), 1));
        charts.add(chart("Mean loyalty", "Loyalty (0 to 1)", List.of(new Column(SeriesMetrics.MEAN_LOYALTY, "")), 1));
        charts.add(chart("Defensive answers and agent stress", "% (answers) / % of burnout scale (stress)",
                List.of(new Column(SeriesMetrics.DEFENSIVE_SHARE, "defensive answers"),
                        new Column(SeriesMetrics.AGENT_STRESS_MEAN, "stress")), 100));
        reasonsFrame = reasonsFrame();
    }

    private LiveChart chart(String title, String yLabel, List<Column> columns, double scale) {
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        List<List<XYSeries>> byArm = new ArrayList<>();
        int s = 0;
        for (LiveArm arm : arms) {
            List<XYSeries> list = new ArrayList<>();
            for (int c = 0; c < columns.size(); c++) {
                String label = columns.get(c).label().isEmpty() ? arm.name() : arm.name() + ": " + columns.get(c).label();
                XYSeries series = new XYSeries(label, true, true);
                data.addSeries(series);
                list.add(series);
                renderer.setSeriesPaint(s, ChartStyle.colour(arm.index()));
                renderer.setSeriesStroke(s, dash(c));
                s++;
            }
            byArm.add(list);
        }
        NumberAxis y = new NumberAxis(yLabel);
        y.setAutoRangeIncludesZero(false);
        JFreeChart chart = new JFreeChart(title, null, new XYPlot(data, new NumberAxis("Day"), y, renderer), true);
        ChartStyle.apply(chart, 0.62);
        ChartPanel panel = new ChartPanel(chart);
        panel.setPreferredSize(new Dimension(800, 450));
        JFrame frame = new JFrame(title);
        frame.setContentPane(panel);
        frame.pack();
        return new LiveChart(frame, chart, byArm, columns, scale);
    }

    private static BasicStroke dash(int style) {
        float[][] patterns = {null, {12f, 6f}, {3f, 5f}, {14f, 5f, 3f, 5f}, {2f, 2f}};
        float[] p = patterns[style % patterns.length];
        return p == null ? new BasicStroke(3f) : new BasicStroke(3f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, p, 0f);
    }

    /** @return the frames, for registering with the Console */
    List<JFrame> frames() {
        List<JFrame> frames = new ArrayList<>(charts.stream().map(LiveChart::frame).toList());
        frames.add(2, reasonsFrame);
        return frames;
    }

    private JFrame reasonsFrame() {
        org.jfree.chart.plot.CategoryPlot plot = new org.jfree.chart.plot.CategoryPlot(reasons,
                new org.jfree.chart.axis.CategoryAxis(null), new NumberAxis("Customers lost so far"),
                new org.jfree.chart.renderer.category.StackedBarRenderer());
        plot.setOrientation(org.jfree.chart.plot.PlotOrientation.HORIZONTAL);
        org.jfree.chart.renderer.category.StackedBarRenderer r =
                (org.jfree.chart.renderer.category.StackedBarRenderer) plot.getRenderer();
        r.setBarPainter(new org.jfree.chart.renderer.category.StandardBarPainter());
        r.setShadowVisible(false);
        for (int i = 0; i < REASONS.size(); i++) {
            r.setSeriesPaint(i, Categories.reason(REASONS.get(i).reason()));
        }
        JFreeChart chart = new JFreeChart("Why customers left", null, plot, true);
        ChartStyle.apply(chart, 0.62);
        ChartPanel panel = new ChartPanel(chart);
        panel.setPreferredSize(new Dimension(800, 450));
        JFrame frame = new JFrame("Why customers left");
        frame.setContentPane(panel);
        frame.pack();
        return frame;
    }

    /** Adds the observations made since the last update. */
    void update() {
        for (LiveArm arm : arms) {
            List<Observation> obs = arm.observations();
            for (LiveChart c : charts) {
                List<XYSeries> series = c.seriesByArm().get(arm.index());
                for (int k = shown[arm.index()]; k < obs.size(); k++) {
                    Observation o = obs.get(k);
                    for (int i = 0; i < series.size(); i++) {
                        double v = o.get(c.columns().get(i).metric()) * c.scale();
                        if (!Double.isNaN(v)) {
                            series.get(i).add(o.day(), v, false);
                        }
                    }
                }
            }
            shown[arm.index()] = obs.size();
            if (!obs.isEmpty()) {
                Observation last = obs.get(obs.size() - 1);
                for (Reason reason : REASONS) {
                    reasons.setValue(last.get(SeriesMetrics.churned(reason.reason())), reason.label(), arm.name());
                }
            }
        }
        for (LiveChart c : charts) {
            c.seriesByArm().forEach(list -> list.forEach(XYSeries::fireSeriesChanged));
        }
    }

    /** @return the number of points shown in the first chart, per arm (for tests) */
    int points(int arm) {
        return charts.get(0).seriesByArm().get(arm).get(0).getItemCount();
    }

    void dispose() {
        charts.forEach(c -> c.frame().dispose());
        reasonsFrame.dispose();
    }
}

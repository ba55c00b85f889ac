package org.loyaltylab.gui;

import java.awt.Color;
import java.awt.Dimension;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JFrame;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.loyaltylab.model.Observation;
import org.loyaltylab.model.customer.ExitReason;
import org.loyaltylab.model.metric.Metric;
import org.loyaltylab.model.metric.SeriesMetrics;
import org.loyaltylab.output.charts.Categories;
import org.loyaltylab.output.charts.ChartStyle;

/**
 * The live JFreeChart 1.5 charts, each shown in its own frame registered with MASON's Console:
 * active customers, mean loyalty, why customers left (a stacked bar per arm, named in its colour, each reason in its
 * colour of the charts, {@link Categories}) and the service floor (defensive answers and agent
 * stress). Each arm keeps its colour of the experiment's charts; where a chart follows two
 * figures, the line style tells them apart, and the legend lists the arms by colour and the
 * figures by line style, drawn with the very strokes of the lines (arms drawn first are wider,
 * so that lines that coincide stay visible). Text and lines follow the {@link TextSize}.
 */
final class LiveCharts {
    /** A bar of the churn chart: the reason and its label. */
    private record Reason(ExitReason reason, String label) {
    }

    private static final List<Reason> REASONS = List.of(new Reason(ExitReason.INDIFFERENCE, "taken for granted"),
            new Reason(ExitReason.COMPETITOR, "competitor"), new Reason(ExitReason.UNRESOLVED, "unresolved"),
            new Reason(ExitReason.POOR_HANDLING, "defensive answer"), new Reason(ExitReason.NATURAL, "natural"));

    /** A line of a chart: the figure it follows, its name in the legend and its line style. */
    private record Column(Metric metric, String label, ChartStyle.Dash dash) {
    }

    /** One line chart: per arm the series it shows, their figures and the factor they are drawn at. */
    private record LiveChart(JFreeChart chart, List<List<XYSeries>> seriesByArm, List<Column> columns,
                             double scale) {
    }

    private final List<LiveArm> arms;
    private final List<LiveChart> lines = new ArrayList<>();
    private final DefaultCategoryDataset reasons = new DefaultCategoryDataset();
    private final JFreeChart reasonsChart;
    private final List<JFrame> frames = new ArrayList<>();
    private final int[] shown;
    private TextSize textSize;

    LiveCharts(List<LiveArm> arms, TextSize textSize) {
        this.arms = arms;
        this.shown = new int[arms.size()];
        this.textSize = textSize;
        lines.add(chart("Active customers", "Customers",
                List.of(new Column(SeriesMetrics.ACTIVE_CUSTOMERS, "", ChartStyle.Dash.SOLID)), 1));
        lines.add(chart("Mean loyalty", "Loyalty (0 to 1)",
                List.of(new Column(SeriesMetrics.MEAN_LOYALTY, "", ChartStyle.Dash.SOLID)), 1));
        lines.add(chart("Defensive answers and agent stress", "Percent",
                List.of(new Column(SeriesMetrics.DEFENSIVE_SHARE, "defensive answers, % of answers",
                                ChartStyle.Dash.SOLID),
                        new Column(SeriesMetrics.AGENT_STRESS_MEAN, "agent stress, % of burnout",
                                ChartStyle.Dash.DASHED)), 100));
        ((XYPlot) lines.get(1).chart().getPlot()).getRangeAxis().setRange(0, 1);
        reasonsChart = reasonsChart();
        setTextSize(textSize);
    }

    private LiveChart chart(String title, String yLabel, List<Column> columns, double scale) {
        XYSeriesCollection data = new XYSeriesCollection();
        List<List<XYSeries>> byArm = new ArrayList<>();
        for (LiveArm arm : arms) {
            List<XYSeries> list = new ArrayList<>();
            for (Column column : columns) {
                XYSeries series = new XYSeries(column.label().isEmpty() ? arm.name() : arm.name() + ": " + column.label(),
                        true, true);
                data.addSeries(series);
                list.add(series);
            }
            byArm.add(list);
        }
        NumberAxis y = new NumberAxis(yLabel);
        y.setAutoRangeIncludesZero(true);
        XYPlot plot = new XYPlot(data, new NumberAxis("Day"), y, new XYLineAndShapeRenderer(true, false));
        plot.setSeriesRenderingOrder(org.jfree.chart.plot.SeriesRenderingOrder.FORWARD);
        JFreeChart chart = new JFreeChart(title, null, plot, false);
        chart.addLegend(new LegendTitle(() -> legend(columns)));
        return new LiveChart(chart, byArm, columns, scale);
    }

    /** @return the legend of a line chart: the arms by colour, then (if several) the figures by line style */
    private LegendItemCollection legend(List<Column> columns) {
        LegendItemCollection items = new LegendItemCollection();
        for (LiveArm arm : arms) {
            items.add(legendLine(arm.name(), ChartStyle.Dash.SOLID, width(arm), ChartStyle.colour(arm.position())));
        }
        if (columns.size() > 1) {
            for (Column column : columns) {
                items.add(legendLine(column.label(), column.dash(), textSize.linePx(), Color.DARK_GRAY));
            }
        }
        return items;
    }

    private LegendItem legendLine(String label, ChartStyle.Dash dash, float width, Color colour) {
        double half = 30 * textSize.chartScale();
        return new LegendItem(label, null, null, null, new java.awt.geom.Line2D.Double(-half, 0, half, 0),
                ChartStyle.line(dash, width), colour);
    }

    /**
     * @return the width of an arm's lines: drawn first to last, from wide to narrow, so that arms
     *         whose lines coincide show as nested stripes ({@link ChartStyle#nestedWidth})
     */
    private float width(LiveArm arm) {
        return ChartStyle.nestedWidth(arm.index(), arms.size()) * textSize.linePx() / ChartStyle.LINE_PX;
    }

    private JFreeChart reasonsChart() {
        CategoryAxis armAxis = new CategoryAxis(null);
        CategoryPlot plot = new CategoryPlot(reasons, armAxis, new NumberAxis("Customers lost"),
                new StackedBarRenderer());
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        armAxis.setMaximumCategoryLabelLines(2);
        armAxis.setMaximumCategoryLabelWidthRatio(0.45f);
        StackedBarRenderer r = (StackedBarRenderer) plot.getRenderer();
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        for (int i = 0; i < REASONS.size(); i++) {
            r.setSeriesPaint(i, Categories.reason(REASONS.get(i).reason()));
        }
        for (LiveArm arm : arms) {
            armAxis.setTickLabelPaint(arm.name(), ChartStyle.colour(arm.position()));
        }
        return new JFreeChart("Why customers left", null, plot, true);
    }

    /** Restyles every chart for {@code size}: fonts, line widths and legend samples. */
    void setTextSize(TextSize size) {
        this.textSize = size;
        for (LiveChart c : lines) {
            style(c.chart());
            XYLineAndShapeRenderer renderer = (XYLineAndShapeRenderer) ((XYPlot) c.chart().getPlot()).getRenderer();
            int s = 0;
            for (LiveArm arm : arms) {
                for (Column column : c.columns()) {
                    renderer.setSeriesPaint(s, ChartStyle.colour(arm.position()));
                    renderer.setSeriesStroke(s++, ChartStyle.line(column.dash(), width(arm)));
                }
            }
        }
        style(reasonsChart);
        CategoryPlot plot = (CategoryPlot) reasonsChart.getPlot();
        plot.getDomainAxis().setTickLabelFont(ChartStyle.font(ChartStyle.TICK_PX, size.chartScale(), true));
        ((StackedBarRenderer) plot.getRenderer()).setDefaultLegendShape(ChartStyle.swatch(24 * size.chartScale()));
    }

    private void style(JFreeChart chart) {
        ChartStyle.apply(chart, textSize.chartScale());
        chart.getTitle().setFont(ChartStyle.font(textSize.chartTitlePx(), true));
    }

    /** @return the charts, in the order their frames are laid out */
    List<JFreeChart> charts() {
        return List.of(lines.get(0).chart(), lines.get(1).chart(), reasonsChart, lines.get(2).chart());
    }

    /** @return the charts' frames (made at the first call), for registering with the Console */
    List<JFrame> frames() {
        if (frames.isEmpty()) {
            for (JFreeChart chart : charts()) {
                ChartPanel panel = new ChartPanel(chart);
                panel.setPreferredSize(textSize == TextSize.LARGE ? new Dimension(960, 640) : new Dimension(800, 450));
                JFrame frame = new JFrame(chart.getTitle().getText());
                frame.setContentPane(panel);
                frame.pack();
                frames.add(frame);
            }
        }
        return frames;
    }

    /** Adds the observations made since the last update. */
    void update() {
        for (LiveArm arm : arms) {
            List<Observation> obs = arm.observations();
            for (LiveChart c : lines) {
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
        for (LiveChart c : lines) {
            c.seriesByArm().forEach(list -> list.forEach(XYSeries::fireSeriesChanged));
        }
    }

    /** @return the smallest font of any chart's titles, legend, axis labels and tick labels, pixels */
    float smallestTextPx() {
        float least = Float.MAX_VALUE;
        for (JFreeChart chart : charts()) {
            least = Math.min(least, chart.getTitle().getFont().getSize2D());
            least = Math.min(least, chart.getLegend().getItemFont().getSize2D());
            List<org.jfree.chart.axis.Axis> axes = chart.getPlot() instanceof XYPlot xy
                    ? List.of(xy.getDomainAxis(), xy.getRangeAxis())
                    : List.of(((CategoryPlot) chart.getPlot()).getDomainAxis(),
                            ((CategoryPlot) chart.getPlot()).getRangeAxis());
            for (org.jfree.chart.axis.Axis axis : axes) {
                least = Math.min(least, Math.min(axis.getTickLabelFont().getSize2D(), axis.getLabelFont().getSize2D()));
            }
        }
        return least;
    }

    /** @return the number of points shown in the first chart, per arm (for tests) */
    int points(int arm) {
        return lines.get(0).seriesByArm().get(arm).get(0).getItemCount();
    }

    void dispose() {
        frames.forEach(JFrame::dispose);
    }
}

package org.loyaltylab.output.charts.worlds;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.loyaltylab.analysis.Robustness;
import org.loyaltylab.analysis.WorldResults;
import org.loyaltylab.model.metric.Metric;
import org.loyaltylab.output.charts.ChartExport;
import org.loyaltylab.output.charts.ChartStyle;

/**
 * {@code worlds-gain}: per metric a panel with, for each arm, its paired gain over the baseline in
 * every world as a dot (spread sideways so that dots do not hide one another), the median as a
 * black bar, the 5 to 95 % range of worlds as a black whisker beside the dots, and a dashed line
 * at no gain. Under each arm, the share of worlds it wins; the title says the same for the
 * first metric in words.
 */
public final class WorldsGainChart {
    /** The file name without extension. */
    public static final String NAME = "worlds-gain";
    private static final double GOLDEN = 0.6180339887498949;

    private WorldsGainChart() {
    }

    /**
     * @param arms       every arm of the experiment, in colour order
     * @param worlds     the worlds whose gains are drawn
     * @param robustness one row per arm and metric, metrics in the order of the panels
     * @param currency   the label of money
     * @return the figure, or null when there is nothing to draw
     */
    public static ChartExport.Figure figure(List<String> arms, WorldResults worlds, List<Robustness> robustness,
                                            String currency) {
        if (robustness.isEmpty()) {
            return null;
        }
        List<Metric> metrics = robustness.stream().map(Robustness::metric).distinct().toList();
        List<JFreeChart> panels = new ArrayList<>();
        for (Metric m : metrics) {
            panels.add(panel(arms, worlds, robustness.stream().filter(r -> r.metric().equals(m)).toList(),
                    metrics.size() == 1 ? 1 : 0.7, currency));
        }
        Metric first = metrics.get(0);
        List<Robustness> headline = robustness.stream().filter(r -> r.metric().equals(first)).toList();
        Robustness lead = headline.get(0);
        String title = String.format(Locale.ROOT, "%s beats %s on %s in %d of %d worlds (%.0f %%)",
                capitalise(lead.arm()), lead.baseline(), first.key(), lead.wins().successes(), lead.wins().n(),
                100 * lead.wins().share()) + String.join("", headline.stream().skip(1).map(r -> String.format(
                        Locale.ROOT, ", %s in %.0f %%", r.arm(), 100 * r.wins().share())).toList());
        String note = "Dot: one plausible world; black bar: median; black whisker: 5 to 95 % of worlds; "
                + "dashed: no gain";
        return ChartExport.grid(title, note, panels, panels.size(),
                ArmLegend.of(arms, headline.stream().map(Robustness::arm).toList(), ChartStyle.dot(22)));
    }

    private static JFreeChart panel(List<String> arms, WorldResults worlds, List<Robustness> rows, double scale,
                                    String currency) {
        Metric m = rows.get(0).metric();
        double[][] gains = new double[rows.size()][];
        double maxAbs = 0;
        for (int i = 0; i < rows.size(); i++) {
            gains[i] = worlds.gains(rows.get(i).arm(), rows.get(i).baseline(), m);
            for (double g : gains[i]) {
                maxAbs = Double.isFinite(g) ? Math.max(maxAbs, Math.abs(g)) : maxAbs;
            }
        }
        Unit unit = Unit.of(m, maxAbs, currency);
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
        String[] labels = new String[rows.size()];
        XYPlot plot = new XYPlot(data, null, new NumberAxis("Gain over " + rows.get(0).baseline() + ", " + unit.words),
                renderer);
        double dot = Math.max(8, Math.min(18, 60 / Math.sqrt(Math.max(1, gains[0].length))));
        for (int i = 0; i < rows.size(); i++) {
            Robustness r = rows.get(i);
            XYSeries s = new XYSeries(r.arm());
            for (int w = 0; w < gains[i].length; w++) {
                if (Double.isFinite(gains[i][w])) {
                    s.add(i + 0.5 * ((w * GOLDEN) % 1 - 0.5), unit.factor * gains[i][w]);
                }
            }
            data.addSeries(s);
            renderer.setSeriesPaint(i, ChartStyle.translucent(ChartStyle.colour(arms.indexOf(r.arm())), 170));
            renderer.setSeriesShape(i, ChartStyle.dot(dot));
            labels[i] = String.format(Locale.ROOT, "wins %.0f %%", 100 * r.wins().share());
            BasicStroke thick = new BasicStroke(6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND);
            plot.addAnnotation(new XYLineAnnotation(i - 0.3, unit.factor * r.medianGain(), i + 0.3,
                    unit.factor * r.medianGain(), thick, Color.BLACK));
            plot.addAnnotation(new XYLineAnnotation(i + 0.38, unit.factor * r.gainP05(), i + 0.38,
                    unit.factor * r.gainP95(), new BasicStroke(4f), Color.BLACK));
        }
        SymbolAxis x = new SymbolAxis(null, labels);
        x.setRange(-0.6, rows.size() - 0.4);
        x.setGridBandsVisible(false);
        plot.setDomainAxis(x);
        ValueMarker zero = new ValueMarker(0, Color.DARK_GRAY, ChartStyle.line(ChartStyle.Dash.DASHED, 2f));
        plot.addRangeMarker(zero);
        ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(true);
        return ChartStyle.apply(new JFreeChart(capitalise(m.key().replace('_', ' ')), null, plot, false), scale);
    }

    /** @return {@code s} with its first letter in upper case */
    static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** How a metric's gain is shown: a multiplier and its unit in words. */
    private record Unit(double factor, String words) {
        static Unit of(Metric m, double maxAbs, String currency) {
            if (m.unit().startsWith("share")) {
                return new Unit(100, "percentage points");
            }
            if (m.unit().equals("currency")) {
                ChartStyle.Money money = ChartStyle.Money.forMagnitude(maxAbs, currency);
                return new Unit(1 / money.divisor(), money.words());
            }
            return new Unit(1, m.unit());
        }
    }
}

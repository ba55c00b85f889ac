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
import org.loyaltylab.experiment.Contrast;
import org.loyaltylab.model.metric.Metric;
import org.loyaltylab.output.charts.ChartExport;
import org.loyaltylab.output.charts.ChartStyle;

/**
 * {@code worlds-gain-CONTRAST}: one contrast across plausible worlds, a panel per metric: its
 * paired value in every world as a dot (spread sideways so that dots do not hide one another),
 * in the contrast's colour, the median as a black bar, the 5 to 95 % range of worlds
 * as a black whisker beside the dots, and a dashed line at 0. Under the dots, the share of worlds
 * above 0 with its 95 % interval; the title says the same for the first metric in words.
 */
public final class WorldsGainChart {
    /** The file name's prefix; the contrast's name follows. */
    public static final String NAME = "worlds-gain";
    private static final double GOLDEN = 0.6180339887498949;

    private WorldsGainChart() {
    }

    /**
     * @param colour     the contrast's palette index ({@link ContrastColours})
     * @param worlds     the worlds whose values are drawn
     * @param robustness the contrast's rows, one per metric, in the order of the panels
     * @param currency   the label of money
     * @return the figure, or null when there is nothing to draw
     */
    public static ChartExport.Figure figure(int colour, WorldResults worlds, List<Robustness> robustness,
                                            String currency) {
        if (robustness.isEmpty()) {
            return null;
        }
        List<JFreeChart> panels = new ArrayList<>();
        for (Robustness r : robustness) {
            panels.add(panel(colour, worlds, r, robustness.size() == 1 ? 1 : 0.7, currency));
        }
        Robustness lead = robustness.get(0);
        Contrast c = lead.contrast();
        String note = (c.isInteraction() ? "Gap widens: " + c.definition() + " above 0. " : "")
                + "Dot: one plausible world; black bar: median; black whisker: 5 to 95 % of worlds; dashed: "
                + (c.isInteraction() ? "gaps equal" : "no gain");
        return ChartExport.grid(title(lead), note, panels, panels.size(), null);
    }

    /**
     * @return the headline in words, e.g. "Kind beats defensive on retention in 182 of 200 worlds
     *         (91 %, 86 to 94 %)"; for an interaction "The gap widens on ..."
     */
    static String title(Robustness r) {
        Contrast c = r.contrast();
        String what = c.isInteraction() ? "The gap widens" : capitalise(c.arm()) + " beats " + c.against();
        return String.format(Locale.ROOT, "%s on %s in %d of %d worlds (%.0f %%, %.0f to %.0f %%)", what,
                r.metric().key().replace('_', ' '), r.wins().successes(), r.wins().n(), 100 * r.wins().share(),
                100 * r.wins().lower(), 100 * r.wins().upper());
    }

    private static JFreeChart panel(int colour, WorldResults worlds, Robustness r, double scale, String currency) {
        Metric m = r.metric();
        Contrast c = r.contrast();
        double[] gains = worlds.gains(c, m);
        double maxAbs = 0;
        for (double g : gains) {
            maxAbs = Double.isFinite(g) ? Math.max(maxAbs, Math.abs(g)) : maxAbs;
        }
        Unit unit = Unit.of(m, maxAbs, currency);
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
        String axis = (c.isInteraction() ? "Difference of the gaps, " : "Gain over " + c.against() + ", ")
                + unit.words;
        XYPlot plot = new XYPlot(data, null, new NumberAxis(axis), renderer);
        double dot = Math.max(8, Math.min(18, 60 / Math.sqrt(Math.max(1, gains.length))));
        XYSeries s = new XYSeries(c.name());
        for (int w = 0; w < gains.length; w++) {
            if (Double.isFinite(gains[w])) {
                s.add(((w * GOLDEN) % 1 - 0.5), unit.factor * gains[w]);
            }
        }
        data.addSeries(s);
        renderer.setSeriesPaint(0, ChartStyle.translucent(ChartStyle.colour(colour), 170));
        renderer.setSeriesShape(0, ChartStyle.dot(dot));
        BasicStroke thick = new BasicStroke(6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND);
        plot.addAnnotation(new XYLineAnnotation(-0.55, unit.factor * r.medianGain(), 0.55,
                unit.factor * r.medianGain(), thick, Color.BLACK));
        plot.addAnnotation(new XYLineAnnotation(0.7, unit.factor * r.gainP05(), 0.7, unit.factor * r.gainP95(),
                new BasicStroke(4f), Color.BLACK));
        String label = String.format(Locale.ROOT, "above 0 in %.0f %% (%.0f to %.0f %%)", 100 * r.wins().share(),
                100 * r.wins().lower(), 100 * r.wins().upper());
        SymbolAxis x = new SymbolAxis(null, new String[] {label});
        x.setRange(-0.8, 0.9);
        x.setGridBandsVisible(false);
        plot.setDomainAxis(x);
        plot.addRangeMarker(new ValueMarker(0, Color.DARK_GRAY, ChartStyle.line(ChartStyle.Dash.DASHED, 2f)));
        ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(true);
        return ChartStyle.apply(new JFreeChart(capitalise(m.key().replace('_', ' ')), null, plot, false), scale);
    }

    /** @return {@code s} with its first letter in upper case */
    static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** How a metric's value is shown: a multiplier and its unit in words. */
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

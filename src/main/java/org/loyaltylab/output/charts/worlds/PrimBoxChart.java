package org.loyaltylab.output.charts.worlds;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYBoxAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.loyaltylab.analysis.Scenario;
import org.loyaltylab.analysis.WorldFindings;
import org.loyaltylab.analysis.WorldResults;
import org.loyaltylab.model.param.ParameterPriors;
import org.loyaltylab.model.param.Prior;
import org.loyaltylab.output.charts.ChartExport;
import org.loyaltylab.output.charts.ChartStyle;
import org.loyaltylab.output.charts.Categories;

/**
 * {@code worlds-box-CONTRAST}: where a contrast fails, on the first metric whose PRIM box restricts
 * a parameter (the boxes of the others are in the report's table): a row per restricted parameter, its whole prior range across (0 its lowest value,
 * 1 its highest; log scale for a log-uniform prior; the range drawn when a world file gave no
 * prior), every world as a dot at its value (filled in the contrast's colour where the contrast
 * is below 0, small and grey elsewhere) and the box's range as a black frame, with its bounds and
 * the prior's written above.
 */
public final class PrimBoxChart {
    /** The file name's prefix; the contrast's name follows. */
    public static final String NAME = "worlds-box";
    private static final double GOLDEN = 0.6180339887498949;
    private static final Color OTHER = Categories.EVALUATION;

    private PrimBoxChart() {
    }

    /**
     * @param colour    the contrast's palette index ({@link ContrastColours})
     * @param worlds    the worlds the boxes were found in
     * @param scenarios the contrast's boxes, one per metric, in the order of preference
     * @return the figure, or null when no box restricts a parameter
     */
    public static ChartExport.Figure figure(int colour, WorldResults worlds, List<Scenario> scenarios) {
        Scenario lead = scenarios.stream().filter(s -> s.box() != null && !s.ranges().isEmpty()).findFirst()
                .orElse(null);
        if (lead == null) {
            return null;
        }
        List<JFreeChart> panels = List.of(panel(colour, worlds, lead, 1));
        String title = String.format(Locale.ROOT, "Where %s fails: %d of %d worlds below 0 on %s", lead.contrast()
                .name(), lead.losing(), worlds.size(), lead.metric().key().replace('_', ' '));
        LegendItemCollection items = new LegendItemCollection();
        items.add(new LegendItem("world where the contrast is below 0", null, null, null, ChartStyle.dot(18),
                ChartStyle.colour(colour)));
        items.add(new LegendItem("other world", null, null, null, ChartStyle.dot(10), OTHER));
        items.add(new LegendItem("PRIM box", null, null, null, true, ChartStyle.swatch(22), false, Color.WHITE, true,
                Color.BLACK, new BasicStroke(3f), false, ChartStyle.swatch(22), new BasicStroke(1f), Color.BLACK));
        return ChartExport.grid(title, "Each row: one parameter the box restricts, across its whole prior range; "
                + "coverage = share of the failing worlds inside the box, density = share of the box's worlds that "
                + "fail", panels, panels.size(), ChartStyle.sharedLegend(() -> items, 1));
    }

    private static JFreeChart panel(int colour, WorldResults worlds, Scenario s, double scale) {
        double[][] x = worlds.values();
        double[] gains = worlds.gains(s.contrast(), s.metric());
        XYSeries failing = new XYSeries("failing");
        XYSeries other = new XYSeries("other");
        String[] names = new String[s.ranges().size()];
        XYPlot plot = new XYPlot(new XYSeriesCollection(), null, null, null);
        for (int row = 0; row < names.length; row++) {
            Scenario.Range r = s.ranges().get(row);
            int col = worlds.keys().indexOf(r.key());
            Scale unit = Scale.of(r.key(), x, col);
            int y0 = names.length - 1 - row;
            names[y0] = r.key();
            for (int w = 0; w < x.length; w++) {
                if (Double.isNaN(gains[w])) {
                    continue;
                }
                double y = y0 + 0.5 * ((w * GOLDEN) % 1 - 0.5);
                (gains[w] < 0 ? failing : other).add(unit.of(x[w][col]), y);
            }
            double lo = r.lowerCut() ? Math.max(0, unit.of(r.lower())) : 0;
            double hi = r.upperCut() ? Math.min(1, unit.of(r.upper())) : 1;
            plot.addAnnotation(new XYBoxAnnotation(lo, y0 - 0.32, hi, y0 + 0.32, new BasicStroke(3f), Color.BLACK,
                    null));
            String box = r.lowerCut() && r.upperCut() ? WorldFindings.value(r.lower()) + " to "
                    + WorldFindings.value(r.upper()) : r.upperCut() ? "at most " + WorldFindings.value(r.upper())
                    : "at least " + WorldFindings.value(r.lower());
            XYTextAnnotation label = new XYTextAnnotation("box: " + box + "; prior: " + unit.range, 0, y0 + 0.36);
            label.setFont(ChartStyle.font(ChartStyle.TICK_PX, scale * 0.9, false));
            label.setTextAnchor(TextAnchor.BOTTOM_LEFT);
            label.setPaint(Color.BLACK);
            plot.addAnnotation(label);
        }
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(other);
        data.addSeries(failing);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
        renderer.setSeriesPaint(0, ChartStyle.translucent(OTHER, 200));
        renderer.setSeriesShape(0, ChartStyle.dot(7));
        renderer.setSeriesPaint(1, ChartStyle.translucent(ChartStyle.colour(colour), 200));
        renderer.setSeriesShape(1, ChartStyle.dot(13));
        plot.setDataset(data);
        plot.setRenderer(renderer);
        NumberAxis across = new NumberAxis("Position in the prior range (0: its lowest value, 1: its highest)");
        across.setRange(-0.02, 1.02);
        plot.setDomainAxis(across);
        SymbolAxis rows = new SymbolAxis(null, names);
        rows.setRange(-0.6, names.length - 0.2);
        rows.setGridBandsVisible(false);
        plot.setRangeAxis(rows);
        String title = String.format(Locale.ROOT, "%s: coverage %.0f %%, density %.0f %%",
                WorldsGainChart.capitalise(s.metric().key().replace('_', ' ')), 100 * s.box().coverage(),
                100 * s.box().density());
        return ChartStyle.apply(new JFreeChart(title, null, plot, false), scale);
    }

    /** Maps a parameter's values to [0, 1]: its prior's quantile, or its drawn range when it has no prior. */
    private record Scale(Prior prior, double min, double max, String range) {
        static Scale of(String key, double[][] x, int col) {
            Prior p = ParameterPriors.find(key).orElse(null);
            if (p != null) {
                return new Scale(p, 0, 1, p.rangeText());
            }
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (double[] row : x) {
                min = Math.min(min, row[col]);
                max = Math.max(max, row[col]);
            }
            return new Scale(null, min, max, "none (drawn " + min + " to " + max + ")");
        }

        double of(double v) {
            return prior != null ? prior.toUnit(v) : max > min ? (v - min) / (max - min) : 0.5;
        }
    }
}

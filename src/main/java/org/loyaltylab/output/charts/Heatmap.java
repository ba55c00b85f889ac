package org.loyaltylab.output.charts;

import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.DefaultXYZDataset;
import org.loyaltylab.model.metric.Metric;
import org.loyaltylab.stats.ConfidenceInterval;

/**
 * A heatmap of one metric over the levels of two sweep factors: one block per cell, its tick
 * label centred under it, and in the block the cell's mean and the half-width of its 95 %
 * interval, in white on dark blocks and black on light ones. Levels in viridis; differences
 * between arms in blue (below zero), white and orange (above), centred on zero; both readable
 * with the common colour-vision deficiencies.
 */
final class Heatmap {
    /** The largest font of the values in the blocks, shrunk as the grid grows. */
    private static final int VALUE_PX = 28;

    private Heatmap() {
    }

    /**
     * @param title      the title
     * @param xs         the levels along x, in order
     * @param ys         the levels along y, in order
     * @param xLabel     the factor along x
     * @param yLabel     the factor along y
     * @param cells      [x level][y level] the cell's interval (mean and half-width); null or a NaN mean for none
     * @param metric     the metric shown
     * @param difference whether the cells are differences between arms (a diverging scale centred on zero)
     * @return the chart, 1600 x 900 in the house style
     */
    static JFreeChart of(String title, List<Object> xs, List<Object> ys, String xLabel, String yLabel,
                         ConfidenceInterval[][] cells, Metric metric, boolean difference) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (ConfidenceInterval[] column : cells) {
            for (ConfidenceInterval c : column) {
                if (c != null && !Double.isNaN(c.mean())) {
                    lo = Math.min(lo, c.mean());
                    hi = Math.max(hi, c.mean());
                }
            }
        }
        Units units = Units.of(metric, Math.max(Math.abs(lo), Math.abs(hi)), difference);
        lo *= units.factor;
        hi *= units.factor;
        if (difference) {
            double m = Math.max(Math.abs(lo), Math.abs(hi));
            lo = -m;
            hi = m;
        }
        if (!(hi > lo)) {
            hi = lo + 1;
        }
        int count = xs.size() * ys.size();
        double[][] data = new double[3][count];
        for (int i = 0, k = 0; i < xs.size(); i++) {
            for (int j = 0; j < ys.size(); j++, k++) {
                data[0][k] = i;
                data[1][k] = j;
                data[2][k] = cells[i][j] == null ? Double.NaN : cells[i][j].mean() * units.factor;
            }
        }
        DefaultXYZDataset dataset = new DefaultXYZDataset();
        dataset.addSeries(metric.key(), data);
        XYBlockRenderer renderer = new XYBlockRenderer();
        renderer.setBlockAnchor(RectangleAnchor.CENTER);
        Scale scale = new Scale(lo, hi, difference);
        renderer.setPaintScale(scale);
        XYPlot plot = new XYPlot(dataset, axis(xLabel, xs), axis(yLabel, ys), renderer);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        JFreeChart chart = new JFreeChart(title, null, plot, false);
        chart.addSubtitle(new TextTitle("In each cell: the mean over its runs (replications"
                + (difference ? ", paired by seed" : "") + ") and \u00b1 the half-width of its 95 % confidence interval"));
        NumberAxis legendAxis = new NumberAxis(units.label);
        legendAxis.setRange(lo, hi);
        PaintScaleLegend legend = new PaintScaleLegend(scale, legendAxis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setStripWidth(30);
        legend.setMargin(10, 20, 10, 10);
        chart.addSubtitle(legend);
        ChartStyle.apply(chart, 1);
        legendAxis.setLabelFont(ChartStyle.font(ChartStyle.TICK_PX, false));
        legendAxis.setTickLabelFont(ChartStyle.font(ChartStyle.TICK_PX, false));
        String format = "%,." + decimals(cells, units.factor) + "f";
        Font font = ChartStyle.font((int) Math.round(VALUE_PX * Math.min(1, 6.0 / Math.max(xs.size(), ys.size()))),
                true);
        for (int k = 0; k < count; k++) {
            ConfidenceInterval c = cells[(int) data[0][k]][(int) data[1][k]];
            if (c == null || Double.isNaN(c.mean())) {
                continue;
            }
            Color ink = dark(scale.getPaint(data[2][k])) ? Color.WHITE : Color.BLACK;
            double half = c.halfWidth() * units.factor;
            plot.addAnnotation(text(String.format(Locale.ROOT, format, data[2][k]), data[0][k], data[1][k] + 0.12, font,
                    ink));
            if (!Double.isNaN(half)) {
                plot.addAnnotation(text("\u00b1 " + String.format(Locale.ROOT, format, half), data[0][k], data[1][k] - 0.15,
                        font.deriveFont(Font.PLAIN), ink));
            }
        }
        return chart;
    }

    /** @return an axis with one tick per level, centred on its blocks */
    private static SymbolAxis axis(String label, List<Object> levels) {
        SymbolAxis axis = new SymbolAxis(label, levels.stream().map(Heatmap::level).toArray(String[]::new));
        axis.setRange(-0.5, levels.size() - 0.5);
        axis.setGridBandsVisible(false);
        return axis;
    }

    /** @return a level to 6 significant digits without trailing zeros: 0.3, 0.433333, 1, 250 */
    static String level(Object value) {
        return value instanceof Number n ? new BigDecimal(n.doubleValue()).round(new MathContext(6))
                .stripTrailingZeros().toPlainString() : String.valueOf(value);
    }

    /**
     * @return the decimals every cell is written with: enough to show the median half-width to two
     *         significant digits (to 3 significant digits of the largest value without intervals), at most 4
     */
    static int decimals(ConfidenceInterval[][] cells, double factor) {
        List<Double> halves = new ArrayList<>();
        double largest = 0;
        for (ConfidenceInterval[] column : cells) {
            for (ConfidenceInterval c : column) {
                if (c != null && !Double.isNaN(c.mean())) {
                    largest = Math.max(largest, Math.abs(c.mean() * factor));
                    if (c.halfWidth() > 0) {
                        halves.add(c.halfWidth() * factor);
                    }
                }
            }
        }
        Collections.sort(halves);
        double precision = halves.isEmpty() ? largest / 100 : halves.get(halves.size() / 2) / 10;
        return precision > 0 ? (int) Math.max(0, Math.min(4, Math.ceil(-Math.log10(precision)))) : 0;
    }

    private static XYTextAnnotation text(String s, double x, double y, Font font, Color ink) {
        XYTextAnnotation a = new XYTextAnnotation(s, x, y);
        a.setFont(font);
        a.setPaint(ink);
        a.setTextAnchor(TextAnchor.CENTER);
        return a;
    }

    private static boolean dark(Paint paint) {
        Color c = (Color) paint;
        return 0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue() < 128;
    }

    /** How a metric's values are shown: shares in percent, money in thousands or millions, else as they are. */
    private record Units(double factor, String label) {
        static Units of(Metric metric, double maxAbs, boolean difference) {
            String what = metric.key() + (difference ? " difference" : "");
            if (metric.unit().startsWith("share")) {
                return new Units(100, what + (difference ? " (percentage points)" : " (%)"));
            }
            if (metric.unit().equals("currency")) {
                ChartStyle.Money money = ChartStyle.Money.forMagnitude(maxAbs);
                return new Units(1 / money.divisor(), what + " (" + money.words() + ")");
            }
            return new Units(1, what + " (" + metric.unit() + ")");
        }
    }

    /** Viridis for levels, blue-white-orange for differences (colour-blind safe). */
    private record Scale(double getLowerBound, double getUpperBound, boolean diverging) implements PaintScale {
        private static final Color[] VIRIDIS = {new Color(68, 1, 84), new Color(59, 82, 139),
            new Color(33, 145, 140), new Color(94, 201, 98), new Color(253, 231, 37)};

        @Override
        public Paint getPaint(double value) {
            if (Double.isNaN(value)) {
                return Color.LIGHT_GRAY;
            }
            double t = Math.max(0, Math.min(1, (value - getLowerBound) / (getUpperBound - getLowerBound)));
            if (diverging) {
                return t < 0.5 ? mix(ChartStyle.colour(0), Color.WHITE, t * 2)
                        : mix(Color.WHITE, ChartStyle.colour(5), (t - 0.5) * 2);
            }
            double s = t * (VIRIDIS.length - 1);
            int i = Math.min(VIRIDIS.length - 2, (int) s);
            return mix(VIRIDIS[i], VIRIDIS[i + 1], s - i);
        }

        private static Color mix(Color a, Color b, double f) {
            return new Color((int) (a.getRed() + f * (b.getRed() - a.getRed())),
                    (int) (a.getGreen() + f * (b.getGreen() - a.getGreen())),
                    (int) (a.getBlue() + f * (b.getBlue() - a.getBlue())));
        }
    }
}

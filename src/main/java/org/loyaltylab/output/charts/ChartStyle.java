package org.loyaltylab.output.charts;

import org.loyaltylab.model.param.ParameterRegistry;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemSource;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

/**
 * The one place that owns how charts look: sizes and fonts readable from the back of a seminar
 * room at 1600 x 900 (title 40 px, axis labels 28 px, tick labels 24 px, legend 26 px), the
 * Okabe-Ito colour-blind-safe palette for arms (arm i always gets colour i, in every chart;
 * categories have their own colours, {@link Categories}), white
 * background, light grid, 4 px lines, translucent bands in the line's colour, no 3D, no shadows.
 */
public final class ChartStyle {
    /** Width of exported charts, pixels. */
    public static final int WIDTH = 1600;
    /** Height of exported charts, pixels. */
    public static final int HEIGHT = 900;
    /** Title size at full scale, pixels. */
    public static final int TITLE_PX = 40;
    /** Subtitle size at full scale, pixels. */
    public static final int SUBTITLE_PX = 24;
    /** Axis label size at full scale, pixels. */
    public static final int AXIS_LABEL_PX = 28;
    /** Tick label size at full scale, pixels. */
    public static final int TICK_PX = 24;
    /** Legend item size at full scale, pixels. */
    public static final int LEGEND_PX = 26;
    /** Width of slides for a projector, pixels. */
    public static final int SLIDE_WIDTH = 1920;
    /** Height of slides for a projector, pixels. */
    public static final int SLIDE_HEIGHT = 1080;
    /** The font scale of slides: tick labels of 28 px, the rest in proportion. */
    public static final double SLIDE_SCALE = 28.0 / TICK_PX;
    /** Line width, pixels. */
    public static final float LINE_PX = 4f;
    /** Opacity (0-255) of confidence bands. */
    public static final int BAND_ALPHA = 56;

    /** Okabe-Ito (2008), in the order arms receive them; yellow late: it is faint on white projectors. */
    private static final Color[] PALETTE = {
        new Color(0x00, 0x72, 0xB2), // blue
        new Color(0xE6, 0x9F, 0x00), // orange
        new Color(0x00, 0x9E, 0x73), // bluish green
        new Color(0xCC, 0x79, 0xA7), // reddish purple
        new Color(0x56, 0xB4, 0xE9), // sky blue
        new Color(0xD5, 0x5E, 0x00), // vermillion
        new Color(0x00, 0x00, 0x00), // black
        new Color(0xF0, 0xE4, 0x42), // yellow
    };

    private static final String FAMILY = "DejaVu Sans";
    /** The font stack written into SVG: DejaVu Sans, else fonts of similar width. */
    static final String SVG_FONT_STACK = "\"DejaVu Sans\", Verdana, \"Bitstream Vera Sans\", Geneva, sans-serif";
    private static final Color GRID = new Color(0xDD, 0xDD, 0xDD);
    private static final Color TEXT = new Color(0x22, 0x22, 0x22);

    private ChartStyle() {
    }

    /** @return the colour of arm (or series) {@code i}: the same in every chart */
    public static Color colour(int i) {
        return PALETTE[Math.floorMod(i, PALETTE.length)];
    }

    /** @return the colour with the given alpha (0-255) */
    public static Color translucent(Color c, int alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
    }

    /** @return the CSS hex of arm {@code i}'s colour, e.g. {@code #0072B2} */
    public static String hex(int i) {
        Color c = colour(i);
        return String.format("#%02X%02X%02X", c.getRed(), c.getGreen(), c.getBlue());
    }

    /** How a line is drawn: solid (arms), dashed (references), dotted (a lowest tier). */
    public enum Dash {
        /** A solid line. */
        SOLID,
        /** Dashes 16 px long. */
        DASHED,
        /** Round dots. */
        DOTTED
    }

    /** @return a line stroke of the given width and dash */
    public static Stroke line(Dash dash, float width) {
        return switch (dash) {
            case SOLID -> new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
            case DASHED -> new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f,
                    new float[] {16f, 9f}, 0f);
            case DOTTED -> new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f,
                    new float[] {0.1f, 2.2f * width}, 0f);
        };
    }

    /**
     * The width of line {@code i} of {@code n} in a chart whose lines are drawn first to last:
     * from 1.75 down to 0.75 times the house width, so that lines which coincide (arms or
     * segments that do not differ) show as nested stripes instead of hiding one another.
     */
    public static float nestedWidth(int i, int n) {
        return n <= 1 ? LINE_PX : LINE_PX * (1.75f - (float) i / (n - 1));
    }

    /** @return the line sample drawn in legends: long enough to see the colour from the back */
    public static Shape legendLine() {
        return new Line2D.Double(-22, 0, 22, 0);
    }

    /** @return a round marker of the given diameter, centred */
    public static Shape dot(double diameter) {
        return new Ellipse2D.Double(-diameter / 2, -diameter / 2, diameter, diameter);
    }

    /** @return a square legend swatch, for bars */
    public static Shape swatch(double size) {
        return new Rectangle2D.Double(-size / 2, -size / 2, size, size);
    }

    /** @return a font of the given pixel size at 1600 x 900 */
    public static Font font(int size, boolean bold) {
        return new Font(FAMILY, bold ? Font.BOLD : Font.PLAIN, size);
    }

    /** @return a font of a full-scale size shrunk by {@code scale} (for panels of a grid) */
    public static Font font(int size, double scale, boolean bold) {
        return font((int) Math.round(size * scale), bold);
    }

    /**
     * @return the font, shrunk (to no less than 60 %) until {@code text} fits in {@code maxWidth}
     *         pixels, so that a long title is never clipped
     */
    public static Font fitted(Font font, String text, double maxWidth) {
        if (text == null || text.isEmpty()) {
            return font;
        }
        java.awt.font.FontRenderContext frc = new java.awt.font.FontRenderContext(null, true, true);
        Font f = font;
        while (f.getStringBounds(text, frc).getWidth() > maxWidth && f.getSize2D() > font.getSize2D() * 0.6) {
            f = f.deriveFont(f.getSize2D() - 1f);
        }
        return f;
    }

    /**
     * Gives a line series the house look: its arm colour, a 4 px line and a translucent band.
     */
    public static void series(XYItemRenderer renderer, int series, Color colour, Dash dash) {
        renderer.setSeriesPaint(series, colour);
        renderer.setSeriesFillPaint(series, translucent(colour, BAND_ALPHA));
        renderer.setSeriesStroke(series, line(dash, LINE_PX));
        if (renderer instanceof XYLineAndShapeRenderer) {
            ((XYLineAndShapeRenderer) renderer).setLegendLine(legendLine());
        }
    }

    /**
     * Applies the house style; {@code scale} shrinks fonts for charts drawn as panels of a grid.
     *
     * @return the chart
     */
    public static JFreeChart apply(JFreeChart chart, double scale) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.setPadding(new RectangleInsets(10 * scale, 16 * scale, 10 * scale, 30 * scale));
        TextTitle title = chart.getTitle();
        if (title != null) {
            title.setFont(fitted(font(TITLE_PX, scale, true), title.getText(), WIDTH * scale - 80));
            title.setPaint(Color.BLACK);
            title.setMargin(4 * scale, 0, 12 * scale, 0);
        }
        chart.getSubtitles().stream().filter(s -> s instanceof TextTitle).forEach(s -> {
            ((TextTitle) s).setFont(font(SUBTITLE_PX, scale, false));
            ((TextTitle) s).setPaint(TEXT);
            ((TextTitle) s).setMargin(0, 0, 8 * scale, 0);
        });
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend(legend, scale);
        }
        Plot plot = chart.getPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setInsets(new RectangleInsets(4, 4, 4, 8));
        if (plot instanceof XYPlot) {
            XYPlot xy = (XYPlot) plot;
            xy.setDomainGridlinePaint(GRID);
            xy.setRangeGridlinePaint(GRID);
            xy.setDomainGridlineStroke(new BasicStroke(1f));
            xy.setRangeGridlineStroke(new BasicStroke(1f));
            xy.setAxisOffset(RectangleInsets.ZERO_INSETS);
            for (int i = 0; i < xy.getDomainAxisCount(); i++) {
                axis(xy.getDomainAxis(i), scale);
            }
            for (int i = 0; i < xy.getRangeAxisCount(); i++) {
                axis(xy.getRangeAxis(i), scale);
            }
        } else if (plot instanceof CategoryPlot) {
            CategoryPlot cat = (CategoryPlot) plot;
            cat.setRangeGridlinePaint(GRID);
            cat.setRangeGridlineStroke(new BasicStroke(1f));
            cat.setAxisOffset(RectangleInsets.ZERO_INSETS);
            axis(cat.getDomainAxis(), scale);
            axis(cat.getRangeAxis(), scale);
        }
        return chart;
    }

    /** Styles a legend: no frame, large items, at the bottom. */
    public static LegendTitle legend(LegendTitle legend, double scale) {
        legend.setItemFont(font(LEGEND_PX, scale, false));
        legend.setItemPaint(TEXT);
        legend.setFrame(BlockBorder.NONE);
        legend.setBackgroundPaint(Color.WHITE);
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setHorizontalAlignment(HorizontalAlignment.CENTER);
        legend.setItemLabelPadding(new RectangleInsets(2, 10 * scale, 2, 30 * scale));
        legend.setMargin(new RectangleInsets(10 * scale, 0, 0, 0));
        return legend;
    }

    /** @return a styled legend of the items of {@code source}, for a figure of several panels */
    public static LegendTitle sharedLegend(LegendItemSource source, double scale) {
        return legend(new LegendTitle(source), scale);
    }

    private static void axis(Axis axis, double scale) {
        if (axis == null) {
            return;
        }
        axis.setLabelFont(font(AXIS_LABEL_PX, scale, false));
        axis.setTickLabelFont(font(TICK_PX, scale, false));
        axis.setLabelPaint(Color.BLACK);
        axis.setTickLabelPaint(TEXT);
        axis.setAxisLinePaint(Color.GRAY);
        axis.setAxisLineStroke(new BasicStroke(1.5f));
        axis.setTickMarkPaint(Color.GRAY);
        axis.setLabelInsets(new RectangleInsets(6 * scale, 6 * scale, 6 * scale, 6 * scale));
    }

    /**
     * A unit for money on an axis: thousands or millions, whichever keeps tick labels short.
     *
     * @param divisor what to divide currency amounts by
     * @param words   the unit in words, e.g. "million EUR"
     */
    public record Money(double divisor, String words) {
        /** @return the unit that suits amounts up to {@code maxAbs} in size, in the default currency label */
        public static Money forMagnitude(double maxAbs) {
            return forMagnitude(maxAbs, (String) ParameterRegistry.CURRENCY.defaultValue());
        }

        /** @return the unit that suits amounts up to {@code maxAbs} in size, e.g. "million EUR" */
        public static Money forMagnitude(double maxAbs, String currency) {
            if (maxAbs >= 2e6) {
                return new Money(1e6, "million " + currency);
            }
            if (maxAbs >= 2e3) {
                return new Money(1e3, "thousand " + currency);
            }
            return new Money(1, currency);
        }
    }
}

package org.loyaltylab.output.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Stroke;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

/**
 * The one place that owns how charts look: sizes and fonts readable from the back of a seminar
 * room at 1600 x 900, the Okabe-Ito colour-blind-safe palette (series i always gets colour i),
 * white background, light grid, thick lines, no 3D.
 */
public final class ChartStyle {
    /** Width of exported charts, pixels. */
    public static final int WIDTH = 1600;
    /** Height of exported charts, pixels. */
    public static final int HEIGHT = 900;

    private static final Color[] PALETTE = {
        new Color(0x00, 0x72, 0xB2), // blue
        new Color(0xE6, 0x9F, 0x00), // orange
        new Color(0x00, 0x9E, 0x73), // bluish green
        new Color(0xCC, 0x79, 0xA7), // reddish purple
        new Color(0x56, 0xB4, 0xE9), // sky blue
        new Color(0xD5, 0x5E, 0x00), // vermillion
        new Color(0xF0, 0xE4, 0x42), // yellow
        new Color(0x00, 0x00, 0x00), // black
    };
    private static final String FAMILY = "DejaVu Sans";
    private static final Color GRID = new Color(0xDD, 0xDD, 0xDD);

    private ChartStyle() {
    }

    /** @return the colour of series {@code i} */
    public static Color colour(int i) {
        return PALETTE[i % PALETTE.length];
    }

    /** @return the colour of series {@code i} with the given alpha, for bands */
    public static Paint translucent(int i, int alpha) {
        Color c = colour(i);
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
    }

    /** @return the line stroke, dashed for the second style */
    public static Stroke line(boolean dashed) {
        return dashed ? new BasicStroke(4f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, new float[] {14f, 8f}, 0f)
                : new BasicStroke(4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }

    /** @return a font of the given pixel size at 1600 x 900 */
    public static Font font(int size, boolean bold) {
        return new Font(FAMILY, bold ? Font.BOLD : Font.PLAIN, size);
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
        chart.setPadding(new RectangleInsets(12, 16, 12, 28));
        TextTitle title = chart.getTitle();
        if (title != null) {
            title.setFont(font((int) (38 * scale), true));
            title.setPaint(Color.BLACK);
            title.setMargin(6, 0, 14, 0);
        }
        chart.getSubtitles().stream().filter(s -> s instanceof TextTitle).forEach(s -> {
            ((TextTitle) s).setFont(font((int) (24 * scale), false));
            ((TextTitle) s).setPaint(Color.DARK_GRAY);
        });
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setItemFont(font((int) (26 * scale), false));
            legend.setFrame(BlockBorder.NONE);
            legend.setPosition(RectangleEdge.BOTTOM);
            legend.setItemLabelPadding(new RectangleInsets(4, 8, 4, 24));
        }
        Plot plot = chart.getPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        if (plot instanceof XYPlot) {
            XYPlot xy = (XYPlot) plot;
            xy.setDomainGridlinePaint(GRID);
            xy.setRangeGridlinePaint(GRID);
            for (int i = 0; i < xy.getDomainAxisCount(); i++) {
                axis(xy.getDomainAxis(i), scale);
            }
            for (int i = 0; i < xy.getRangeAxisCount(); i++) {
                axis(xy.getRangeAxis(i), scale);
            }
        } else if (plot instanceof CategoryPlot) {
            CategoryPlot cat = (CategoryPlot) plot;
            cat.setRangeGridlinePaint(GRID);
            axis(cat.getDomainAxis(), scale);
            axis(cat.getRangeAxis(), scale);
        }
        return chart;
    }

    private static void axis(Axis axis, double scale) {
        if (axis == null) {
            return;
        }
        axis.setLabelFont(font((int) (28 * scale), false));
        axis.setTickLabelFont(font((int) (24 * scale), false));
        axis.setLabelPaint(Color.BLACK);
        axis.setTickLabelPaint(Color.DARK_GRAY);
        axis.setAxisLinePaint(Color.GRAY);
    }
}

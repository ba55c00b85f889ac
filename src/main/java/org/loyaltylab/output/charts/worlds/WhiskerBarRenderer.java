package org.loyaltylab.output.charts.worlds;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.CategoryDataset;
import org.loyaltylab.output.charts.ChartStyle;

/**
 * Flat bars, series {@code s} in the colour of arm {@code colours[s]}, each with a black whisker
 * from its interval's lower to upper bound (bounds that are not numbers are not drawn; a bound
 * beyond the axis is cut at it and has no cap).
 */
final class WhiskerBarRenderer extends BarRenderer {
    private static final long serialVersionUID = 1L;

    private final double[][] low;
    private final double[][] high;

    /**
     * @param colours the palette index of each series
     * @param low     the lower bound of each bar, by series then category
     * @param high    the upper bound, likewise
     */
    WhiskerBarRenderer(int[] colours, double[][] low, double[][] high) {
        this.low = low;
        this.high = high;
        setBarPainter(new StandardBarPainter());
        setShadowVisible(false);
        setDrawBarOutline(false);
        setItemMargin(0.05);
        for (int s = 0; s < colours.length; s++) {
            setSeriesPaint(s, ChartStyle.colour(colours[s]));
        }
    }

    @Override
    public void drawItem(Graphics2D g, CategoryItemRendererState state, Rectangle2D area, CategoryPlot plot,
                         CategoryAxis domainAxis, ValueAxis rangeAxis, CategoryDataset dataset, int row, int column,
                         int pass) {
        super.drawItem(g, state, area, plot, domainAxis, rangeAxis, dataset, row, column, pass);
        double lo = low[row][column];
        double hi = high[row][column];
        if (Double.isNaN(lo) || Double.isNaN(hi)) {
            return;
        }
        double centre = calculateBarW0(plot, plot.getOrientation(), area, domainAxis, state, row, column)
                + state.getBarWidth() / 2;
        double a = rangeAxis.valueToJava2D(clip(lo, rangeAxis), area, plot.getRangeAxisEdge());
        double b = rangeAxis.valueToJava2D(clip(hi, rangeAxis), area, plot.getRangeAxisEdge());
        double cap = Math.min(12, state.getBarWidth() / 4);
        g.setPaint(Color.BLACK);
        g.setStroke(new BasicStroke(3f));
        boolean horizontal = plot.getOrientation().isHorizontal();
        g.draw(line(horizontal, a, centre, b, centre));
        if (lo >= rangeAxis.getLowerBound()) {
            g.draw(line(horizontal, a, centre - cap, a, centre + cap));
        }
        if (hi <= rangeAxis.getUpperBound()) {
            g.draw(line(horizontal, b, centre - cap, b, centre + cap));
        }
    }

    /** @return the line from (value, across) to (value, across), turned for a vertical plot */
    private static Line2D line(boolean horizontal, double v1, double c1, double v2, double c2) {
        return horizontal ? new Line2D.Double(v1, c1, v2, c2) : new Line2D.Double(c1, v1, c2, v2);
    }

    private static double clip(double v, ValueAxis axis) {
        return Math.max(axis.getLowerBound(), Math.min(axis.getUpperBound(), v));
    }
}

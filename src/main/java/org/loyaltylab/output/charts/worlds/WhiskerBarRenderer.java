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
 * from its interval's lower to upper bound (bounds that are not numbers are not drawn; bounds
 * beyond the axis are clipped to it).
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
        if (plot.getOrientation().isHorizontal()) {
            g.draw(new Line2D.Double(a, centre, b, centre));
            g.draw(new Line2D.Double(a, centre - cap, a, centre + cap));
            g.draw(new Line2D.Double(b, centre - cap, b, centre + cap));
        } else {
            g.draw(new Line2D.Double(centre, a, centre, b));
            g.draw(new Line2D.Double(centre - cap, a, centre + cap, a));
            g.draw(new Line2D.Double(centre - cap, b, centre + cap, b));
        }
    }

    private static double clip(double v, ValueAxis axis) {
        return Math.max(axis.getLowerBound(), Math.min(axis.getUpperBound(), v));
    }
}

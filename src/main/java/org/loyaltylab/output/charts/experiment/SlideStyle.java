package org.loyaltylab.output.charts.experiment;

import java.awt.Color;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.CategoryTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.xy.IntervalXYDataset;
import org.jfree.data.xy.XYDataset;
import org.loyaltylab.output.charts.ChartStyle;

/**
 * Restyles one chart for a slide: the house style at {@link ChartStyle#SLIDE_SCALE}, value axes
 * that start at zero, at most six ticks on a panel's day axis, and no bands where bands of
 * different lines overlap on most days (they would blend into one smudge from the back of a room).
 */
final class SlideStyle {
    /** What a slide says when it leaves bands out. */
    static final String BANDS_HIDDEN = "bands left out where they overlap (see the report)";

    private SlideStyle() {
    }

    /**
     * @param panel true for a panel among several: its title is a panel heading, its day axis has
     *              room for fewer ticks
     * @return true if bands were left out
     */
    static boolean apply(JFreeChart chart, boolean panel) {
        ChartStyle.apply(chart, ChartStyle.SLIDE_SCALE);
        if (panel && chart.getTitle() != null) {
            chart.getTitle().setFont(ChartStyle.font(ChartStyle.AXIS_LABEL_PX, ChartStyle.SLIDE_SCALE, true));
        }
        boolean hidden = false;
        if (chart.getPlot() instanceof XYPlot xy) {
            fromZero(xy.getRangeAxis());
            if (panel) {
                Panels.fewerTicks(xy, 6);
            }
            if (xy.getRenderer() instanceof DeviationRenderer r && xy.getDataset() instanceof IntervalXYDataset d
                    && bandsOverlap(d)) {
                for (int s = 0; s < d.getSeriesCount(); s++) {
                    r.setSeriesFillPaint(s, new Color(0, 0, 0, 0));
                }
                hidden = true;
            }
        } else if (chart.getPlot() instanceof CategoryPlot cat) {
            fromZero(cat.getRangeAxis());
            cat.getRenderer().setDefaultItemLabelFont(ChartStyle.font(ChartStyle.TICK_PX, ChartStyle.SLIDE_SCALE,
                    true));
            for (Object a : cat.getAnnotations()) {
                if (a instanceof CategoryTextAnnotation t) {
                    t.setFont(ChartStyle.font(ChartStyle.TICK_PX, ChartStyle.SLIDE_SCALE, true));
                }
            }
        }
        return hidden;
    }

    /** Makes a linear value axis include zero. */
    private static void fromZero(ValueAxis axis) {
        if (!(axis instanceof NumberAxis y)) {
            return;
        }
        if (y.isAutoRange()) {
            y.setAutoRangeIncludesZero(true);
        } else {
            y.setRange(Math.min(0, y.getLowerBound()), Math.max(0, y.getUpperBound()));
        }
    }

    /**
     * @return true if two series with bands (a reference line has none) have overlapping bands on
     *         more than half of the x values they share
     */
    static boolean bandsOverlap(IntervalXYDataset d) {
        for (int a = 0; a < d.getSeriesCount(); a++) {
            for (int b = a + 1; b < d.getSeriesCount(); b++) {
                if (hasBand(d, a) && hasBand(d, b) && overlapShare(d, a, b) > 0.5) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean hasBand(IntervalXYDataset d, int s) {
        for (int i = 0; i < d.getItemCount(s); i++) {
            if (d.getEndYValue(s, i) > d.getStartYValue(s, i)) {
                return true;
            }
        }
        return false;
    }

    private static double overlapShare(IntervalXYDataset d, int a, int b) {
        int shared = 0;
        int overlapping = 0;
        for (int i = 0; i < d.getItemCount(a); i++) {
            int j = indexOf(d, b, d.getXValue(a, i));
            if (j >= 0) {
                shared++;
                if (d.getStartYValue(a, i) <= d.getEndYValue(b, j) && d.getStartYValue(b, j) <= d.getEndYValue(a, i)) {
                    overlapping++;
                }
            }
        }
        return shared == 0 ? 0 : (double) overlapping / shared;
    }

    private static int indexOf(XYDataset d, int s, double x) {
        for (int i = 0; i < d.getItemCount(s); i++) {
            if (d.getXValue(s, i) == x) {
                return i;
            }
        }
        return -1;
    }
}

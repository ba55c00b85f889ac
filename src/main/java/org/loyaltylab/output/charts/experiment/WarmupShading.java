package org.loyaltylab.output.charts.experiment;

import java.awt.Color;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.loyaltylab.output.charts.ChartStyle;

/**
 * The warm-up on a chart over simulated time: the days before the statistics start shaded grey
 * (a neutral, neither an arm's colour nor a category's) behind the data and labelled, so that a
 * reader sees which part of the curves the summary, comparison and findings leave out.
 */
final class WarmupShading {
    /** The shade: light grey, opaque enough to see on a projector, light enough to read the lines through. */
    static final Color SHADE = new Color(0, 0, 0, 28);
    /** The label in the shaded region (short, to fit a panel's narrow shade; the caption says the rest). */
    static final String LABEL = "warm-up";

    private WarmupShading() {
    }

    /** Shades days 0 to {@code warmupDays} of {@code plot} (nothing when there is no warm-up). */
    static void shade(XYPlot plot, int warmupDays, double scale) {
        if (warmupDays <= 0) {
            return;
        }
        IntervalMarker m = new IntervalMarker(0, warmupDays, SHADE);
        m.setLabel(LABEL);
        m.setLabelFont(ChartStyle.font(ChartStyle.SUBTITLE_PX, scale, false));
        m.setLabelPaint(new Color(60, 60, 60));
        m.setLabelBackgroundColor(new Color(0, 0, 0, 0));
        m.setLabelAnchor(RectangleAnchor.TOP_LEFT);
        m.setLabelTextAnchor(TextAnchor.TOP_LEFT);
        plot.addDomainMarker(m, Layer.BACKGROUND);
    }
}

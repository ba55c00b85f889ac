package org.loyaltylab.output.charts;

import java.awt.Paint;
import org.jfree.chart.renderer.category.StatisticalBarRenderer;

/** A statistical bar renderer that colours each arm's bar with the arm's palette colour. */
final class ColouredBarRenderer extends StatisticalBarRenderer {
    private static final long serialVersionUID = 1L;

    ColouredBarRenderer() {
        setBarPainter(new org.jfree.chart.renderer.category.StandardBarPainter());
        setShadowVisible(false);
        setErrorIndicatorPaint(java.awt.Color.BLACK);
        setErrorIndicatorStroke(new java.awt.BasicStroke(3f));
        setItemMargin(0.1);
        setMaximumBarWidth(0.18);
    }

    @Override
    public Paint getItemPaint(int row, int column) {
        return ChartStyle.colour(column);
    }
}

package org.loyaltylab.output.charts.experiment;

import java.awt.BasicStroke;
import java.awt.Paint;
import java.util.List;
import org.jfree.chart.renderer.category.StatisticalLineAndShapeRenderer;
import org.jfree.data.category.CategoryDataset;
import org.loyaltylab.output.charts.ChartStyle;

/**
 * Points with confidence whiskers, no connecting lines, each arm's point and whisker in the
 * arm's palette colour (for the comparison at a glance).
 */
final class PointRenderer extends StatisticalLineAndShapeRenderer {
    private static final long serialVersionUID = 1L;

    private final List<String> arms;
    private final transient CategoryDataset data;

    /**
     * @param arms every arm in colour order
     * @param data the dataset whose column keys are arm names
     */
    PointRenderer(List<String> arms, CategoryDataset data) {
        super(false, true);
        this.arms = List.copyOf(arms);
        this.data = data;
        setErrorIndicatorStroke(new BasicStroke(5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        setErrorIndicatorPaint(null);
        setDefaultShape(ChartStyle.dot(20));
        setSeriesShape(0, ChartStyle.dot(20));
        setUseFillPaint(false);
        setDrawOutlines(false);
    }

    @Override
    public Paint getItemPaint(int row, int column) {
        int arm = arms.indexOf(String.valueOf(data.getColumnKey(column)));
        return ChartStyle.colour(arm < 0 ? column : arm);
    }
}

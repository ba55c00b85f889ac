package org.loyaltylab.output.charts.worlds;

import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;
import org.loyaltylab.output.charts.ChartStyle;

/** A panel of horizontal bars with interval whiskers: one bar group per category, one bar per series. */
final class WhiskerBars {
    private WhiskerBars() {
    }

    /**
     * @param title      the panel's title
     * @param axis       the value axis label
     * @param categories the categories, top to bottom
     * @param series     the series names
     * @param colours    the palette index of each series
     * @param values     bar lengths, by series then category
     * @param low        lower bounds, likewise
     * @param high       upper bounds, likewise
     * @param scale      font scale of the panel
     * @return the panel
     */
    static JFreeChart panel(String title, String axis, List<String> categories, List<String> series, int[] colours,
                            double[][] values, double[][] low, double[][] high, double scale) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int s = 0; s < series.size(); s++) {
            for (int c = 0; c < categories.size(); c++) {
                data.addValue(Double.isNaN(values[s][c]) ? null : values[s][c], series.get(s), categories.get(c));
            }
        }
        NumberAxis x = new NumberAxis(axis);
        x.setAutoRangeIncludesZero(true);
        CategoryAxis y = new CategoryAxis();
        y.setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
        y.setMaximumCategoryLabelWidthRatio(0.6f);
        y.setMaximumCategoryLabelLines(2);
        CategoryPlot plot = new CategoryPlot(data, y, x, new WhiskerBarRenderer(colours, low, high));
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        x.setRange(range(values));
        return ChartStyle.apply(new JFreeChart(title, null, plot, false), scale);
    }

    /** @return from the lowest bar (or 0) to the highest (or 0), with a margin; whiskers beyond are cut */
    private static org.jfree.data.Range range(double[][] values) {
        double lo = 0;
        double hi = 0;
        for (double[] row : values) {
            for (double v : row) {
                if (Double.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        double pad = hi > lo ? 0.25 * (hi - lo) : 1;
        return new org.jfree.data.Range(lo < 0 ? lo - pad : 0, hi > 0 || lo == 0 ? hi + pad : 0);
    }
}

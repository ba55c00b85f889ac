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
        y.setMaximumCategoryLabelWidthRatio(0.45f);
        CategoryPlot plot = new CategoryPlot(data, y, x, new WhiskerBarRenderer(colours, low, high));
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        widen(x, low, high);
        return ChartStyle.apply(new JFreeChart(title, null, plot, series.size() > 1), scale);
    }

    /** Widens the axis so that finite whiskers show, within [-1, 2] of the largest bar's scale. */
    private static void widen(NumberAxis x, double[][] low, double[][] high) {
        double lo = 0;
        double hi = 0;
        for (int s = 0; s < low.length; s++) {
            for (int c = 0; c < low[s].length; c++) {
                if (Double.isFinite(low[s][c]) && Double.isFinite(high[s][c])) {
                    lo = Math.min(lo, low[s][c]);
                    hi = Math.max(hi, high[s][c]);
                }
            }
        }
        if (hi > lo) {
            double pad = 0.05 * (hi - lo);
            x.setRange(lo - (lo < 0 ? pad : 0), hi + pad);
        }
    }
}

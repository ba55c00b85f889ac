package org.loyaltylab.output.charts.calibration;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import java.text.DecimalFormat;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.loyaltylab.calibration.CalibrationResult;
import org.loyaltylab.calibration.Evaluation;
import org.loyaltylab.output.charts.Categories;
import org.loyaltylab.output.charts.ChartStyle;

/**
 * Convergence of a calibration: the objective (sum of squared standardised distances) of every
 * evaluation as a dot, and the best so far as a line, on a log scale.
 */
public final class ConvergenceChart {
    private static final double FLOOR = 1e-3;

    private ConvergenceChart() {
    }

    /** @return the chart */
    public static JFreeChart draw(CalibrationResult result) {
        XYSeries each = new XYSeries("each evaluation");
        XYSeries best = new XYSeries("best so far");
        double min = Double.POSITIVE_INFINITY;
        for (Evaluation e : result.evaluations()) {
            double v = Math.max(FLOOR, e.objective());
            min = Math.min(min, v);
            each.add(e.index(), v);
            best.add(e.index(), min);
        }
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(each);
        data.addSeries(best);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer();
        renderer.setSeriesLinesVisible(0, false);
        renderer.setSeriesShapesVisible(0, true);
        renderer.setSeriesShape(0, ChartStyle.dot(10));
        renderer.setSeriesPaint(0, Categories.EVALUATION);
        renderer.setSeriesShapesVisible(1, false);
        ChartStyle.series(renderer, 1, ChartStyle.colour(0), ChartStyle.Dash.SOLID);
        LogAxis y = new LogAxis("sum of squared distances (standard errors)");
        y.setTickUnit(new NumberTickUnit(1));
        y.setNumberFormatOverride(new DecimalFormat("#,##0.###"));
        XYPlot plot = new XYPlot(data, new NumberAxis("evaluation"), y, renderer);
        JFreeChart chart = new JFreeChart("Convergence of the calibration", plot);
        chart.addSubtitle(new TextTitle("CMA-ES; best " + String.format(java.util.Locale.ROOT, "%.3g", min)
                + " at evaluation " + result.best().index()));
        return ChartStyle.apply(chart, 1);
    }
}

package org.loyaltylab.output.charts.calibration;

import java.awt.Color;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.loyaltylab.calibration.CalibrationResult;
import org.loyaltylab.calibration.Target;
import org.loyaltylab.output.charts.Categories;
import org.loyaltylab.output.charts.ChartStyle;
import org.loyaltylab.stats.ConfidenceInterval;

/**
 * Target vs model: each published figure with its tolerance band, beside the calibrated model's
 * figure with its 95 % CI across replications.
 */
public final class FitChart {
    private static final double OFFSET = 0.12;

    private FitChart() {
    }

    /** @return the chart */
    public static JFreeChart draw(CalibrationResult result) {
        List<Target> targets = result.spec().targets();
        YIntervalSeries published = new YIntervalSeries("published figure (bar: tolerance)");
        YIntervalSeries model = new YIntervalSeries("calibrated model (bar: 95 % CI across replications)");
        String[] names = new String[targets.size()];
        for (int t = 0; t < targets.size(); t++) {
            Target g = targets.get(t);
            names[t] = g.outcome() != null ? g.outcome().label() : "complained";
            published.add(t - OFFSET, g.value(), g.value() - g.tolerance(), g.value() + g.tolerance());
            ConfidenceInterval ci = result.best().interval(t);
            model.add(t + OFFSET, ci.mean(), ci.lower(), ci.upper());
        }
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        data.addSeries(published);
        data.addSeries(model);
        SymbolAxis x = new SymbolAxis(null, names);
        x.setGridBandsVisible(false);
        x.setTickUnit(new NumberTickUnit(1));
        NumberAxis y = new NumberAxis("share who bought again, or who complained");
        y.setRange(0, 1);
        XYErrorRenderer renderer = new XYErrorRenderer();
        renderer.setDrawXError(false);
        renderer.setErrorStroke(ChartStyle.line(ChartStyle.Dash.SOLID, ChartStyle.LINE_PX));
        renderer.setCapLength(24);
        Color[] colours = {Categories.PUBLISHED, ChartStyle.colour(0)};
        for (int s = 0; s < 2; s++) {
            renderer.setSeriesPaint(s, colours[s]);
            renderer.setSeriesShape(s, ChartStyle.dot(22));
        }
        renderer.setErrorPaint(null);
        XYPlot plot = new XYPlot(data, x, y, renderer);
        JFreeChart chart = new JFreeChart("Published figures and the calibrated model", plot);
        chart.addSubtitle(new TextTitle("Calibration " + result.spec().name() + ": evaluation "
                + result.best().index() + " of " + result.evaluations().size() + ", "
                + result.spec().experiment().replications() + " replications of "
                + result.spec().experiment().days() + " days"));
        return ChartStyle.apply(chart, 1);
    }
}

package org.loyaltylab.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.junit.jupiter.api.Test;
import org.loyaltylab.model.param.ParameterRegistry;
import org.loyaltylab.model.param.Parameters;
import org.loyaltylab.output.charts.ChartStyle;

/**
 * The live charts with four arms: one series an arm and figure in the arm's colour of the
 * experiment, a legend drawn with the series' own colours and strokes, and large text of at least
 * the projector size. Built without a display (no frames are made).
 */
class LiveChartsTest {
    private static final String[] NAMES = {"defensive", "kind", "defensive-volatile", "kind-volatile"};

    /** Four arms that sit at places 0, 2, 3 and 5 of their experiment. */
    private static List<LiveArm> arms() {
        int[] positions = {0, 2, 3, 5};
        Parameters small = Parameters.defaults().with(ParameterRegistry.INITIAL_CUSTOMERS.key(), 200);
        List<LiveArm> arms = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            arms.add(new LiveArm(NAMES[i], i, positions[i], small, 7, 10));
        }
        return arms;
    }

    @Test
    void eachLineChartHasASeriesAnArmAndFigureInTheArmsColourWithAMatchingLegend() {
        LiveCharts charts = new LiveCharts(arms(), TextSize.NORMAL);
        int[] positions = {0, 2, 3, 5};
        for (JFreeChart chart : List.of(charts.charts().get(0), charts.charts().get(1), charts.charts().get(3))) {
            XYPlot plot = (XYPlot) chart.getPlot();
            XYItemRenderer renderer = plot.getRenderer();
            int figures = plot.getDataset().getSeriesCount() / 4;
            assertEquals(4 * figures, plot.getDataset().getSeriesCount(), chart.getTitle().getText());
            LegendItemCollection legend = chart.getLegend().getSources()[0].getLegendItems();
            assertEquals(4 + (figures > 1 ? figures : 0), legend.getItemCount(), chart.getTitle().getText());
            for (int a = 0; a < 4; a++) {
                LegendItem item = legend.get(a);
                assertEquals(NAMES[a], item.getLabel());
                assertEquals(ChartStyle.colour(positions[a]), item.getLinePaint());
                for (int f = 0; f < figures; f++) {
                    int s = a * figures + f;
                    assertEquals(ChartStyle.colour(positions[a]), renderer.getSeriesPaint(s), chart.getTitle().getText());
                    assertTrue(plot.getDataset().getSeriesKey(s).toString().startsWith(NAMES[a]));
                }
                assertEquals(renderer.getSeriesStroke(a * figures), item.getLineStroke(), "legend line = drawn line");
            }
            for (int f = 0; f < (figures > 1 ? figures : 0); f++) {
                assertTrue(java.util.Arrays.equals(((java.awt.BasicStroke) renderer.getSeriesStroke(f)).getDashArray(),
                        ((java.awt.BasicStroke) legend.get(4 + f).getLineStroke()).getDashArray()), "dashes of figure " + f);
            }
        }
    }

    @Test
    void theChurnChartNamesEachArmInItsColour() {
        LiveCharts charts = new LiveCharts(arms(), TextSize.NORMAL);
        org.jfree.chart.axis.CategoryAxis axis =
                ((org.jfree.chart.plot.CategoryPlot) charts.charts().get(2).getPlot()).getDomainAxis();
        assertEquals(ChartStyle.colour(5), axis.getTickLabelPaint("kind-volatile"));
        assertEquals(ChartStyle.colour(2), axis.getTickLabelPaint("kind"));
    }

    @Test
    void largeTextRaisesEveryChartTextToTheProjectorSizeAndThickensLines() {
        LiveCharts charts = new LiveCharts(arms(), TextSize.NORMAL);
        float normal = charts.smallestTextPx();
        float normalLine = lineWidth(charts);
        assertTrue(normal < TextSize.PROJECTOR_PX, "normal text is desk size: " + normal);
        charts.setTextSize(TextSize.LARGE);
        assertTrue(charts.smallestTextPx() >= TextSize.PROJECTOR_PX, "large: " + charts.smallestTextPx());
        assertTrue(lineWidth(charts) > 1.5 * normalLine, lineWidth(charts) + " vs " + normalLine);
        charts.setTextSize(TextSize.NORMAL);
        assertEquals(normal, charts.smallestTextPx(), "back to normal");
    }

    private static float lineWidth(LiveCharts charts) {
        XYPlot plot = (XYPlot) charts.charts().get(0).getPlot();
        return ((java.awt.BasicStroke) plot.getRenderer().getSeriesStroke(3)).getLineWidth();
    }
}

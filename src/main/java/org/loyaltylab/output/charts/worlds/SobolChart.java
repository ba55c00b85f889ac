package org.loyaltylab.output.charts.worlds;

import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.loyaltylab.analysis.ContrastSensitivity;
import org.loyaltylab.model.metric.Metric;
import org.loyaltylab.output.charts.ChartExport;
import org.loyaltylab.stats.SobolIndices;

/**
 * {@code worlds-sobol}: per arm, a panel of the {@value #SHOWN} uncertain parameters with the
 * largest total Sobol index of the arm's gain on the headline (first) metric, with 95 %
 * bootstrap whiskers, in the arm's colour. Every index of every metric is in sobol.csv.
 */
public final class SobolChart {
    /** The file name without extension. */
    public static final String NAME = "worlds-sobol";
    /** The parameters shown per panel. */
    static final int SHOWN = 8;

    private SobolChart() {
    }

    /**
     * @param arms every arm of the experiment, in colour order
     * @param rows the indices of each gain, the headline metric's first
     * @return the figure, or null when there is nothing to draw
     */
    public static ChartExport.Figure figure(List<String> arms, List<ContrastSensitivity> rows) {
        if (rows.isEmpty()) {
            return null;
        }
        Metric headline = rows.get(0).metric();
        List<ContrastSensitivity> shown = rows.stream().filter(c -> c.metric().equals(headline)).toList();
        List<JFreeChart> panels = new ArrayList<>();
        double scale = shown.size() == 1 ? 1 : 0.7;
        for (ContrastSensitivity c : shown) {
            List<Integer> top = c.largestTotals(SHOWN);
            double[][] total = new double[1][top.size()];
            double[][] low = new double[1][top.size()];
            double[][] high = new double[1][top.size()];
            for (int j = 0; j < top.size(); j++) {
                SobolIndices.Index i = c.indices().get(top.get(j));
                total[0][j] = i.total();
                low[0][j] = i.totalLow();
                high[0][j] = i.totalHigh();
            }
            panels.add(WhiskerBars.panel(WorldsGainChart.capitalise(c.arm()), "Total Sobol index",
                    top.stream().map(c.keys()::get).toList(), List.of(c.arm()), new int[] {arms.indexOf(c.arm())},
                    total, low, high, scale));
        }
        return ChartExport.grid("What the " + headline.key().replace('_', ' ') + " gain over "
                + shown.get(0).baseline() + " depends on most", "Bar: total Sobol index (share of the gain's "
                + "variance across worlds due to the parameter, with its interactions); whisker: 95 % bootstrap "
                + "interval, cut at the axis", panels, panels.size(), null);
    }
}

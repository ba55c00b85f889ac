package org.loyaltylab.output.charts.worlds;

import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.loyaltylab.analysis.ContrastSensitivity;
import org.loyaltylab.output.charts.ChartExport;
import org.loyaltylab.stats.SobolIndices;

/**
 * {@code worlds-sobol}: per contrast and metric, a panel of each uncertain parameter's total
 * Sobol index of the gain, with its 95 % bootstrap interval, in the arm's colour.
 */
public final class SobolChart {
    /** The file name without extension. */
    public static final String NAME = "worlds-sobol";

    private SobolChart() {
    }

    /**
     * @param arms every arm of the experiment, in colour order
     * @param rows the indices of each gain
     * @return the figure, or null when there is nothing to draw
     */
    public static ChartExport.Figure figure(List<String> arms, List<ContrastSensitivity> rows) {
        if (rows.isEmpty()) {
            return null;
        }
        List<JFreeChart> panels = new ArrayList<>();
        int columns = Math.min(3, rows.size());
        double scale = columns == 1 ? 1 : 0.7;
        for (ContrastSensitivity c : rows) {
            int k = c.keys().size();
            double[][] total = new double[1][k];
            double[][] low = new double[1][k];
            double[][] high = new double[1][k];
            for (int j = 0; j < k; j++) {
                SobolIndices.Index i = c.indices().get(j);
                total[0][j] = i.total();
                low[0][j] = i.totalLow();
                high[0][j] = i.totalHigh();
            }
            panels.add(WhiskerBars.panel(WorldsGainChart.capitalise(c.metric().key()) + " gain of " + c.arm(),
                    "Total Sobol index", c.keys(), List.of(c.arm()), new int[] {arms.indexOf(c.arm())}, total, low,
                    high, scale));
        }
        return ChartExport.grid("What the gain depends on", "Bar: total Sobol index (share of the "
                + "gain's variance across worlds due to the parameter, with its interactions); whisker: 95 % "
                + "bootstrap interval", panels, columns, null);
    }
}

package org.loyaltylab.output.charts.worlds;

import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.loyaltylab.analysis.ContrastSensitivity;
import org.loyaltylab.experiment.Contrast;
import org.loyaltylab.output.charts.ChartExport;
import org.loyaltylab.stats.SobolIndices;

/**
 * {@code worlds-sobol-CONTRAST}: one contrast, a panel per metric of the {@value #SHOWN}
 * uncertain parameters with the largest total Sobol index of the contrast, with 95 % bootstrap
 * whiskers, in the contrast's colour. Every index is in sobol.csv.
 */
public final class SobolChart {
    /** The file name's prefix; the contrast's name follows. */
    public static final String NAME = "worlds-sobol";
    /** The parameters shown per panel. */
    static final int SHOWN = 8;

    private SobolChart() {
    }

    /**
     * @param colour the contrast's palette index ({@link ContrastColours})
     * @param rows   the indices of one contrast, one row per metric
     * @return the figure, or null when there is nothing to draw
     */
    public static ChartExport.Figure figure(int colour, List<ContrastSensitivity> rows) {
        if (rows.isEmpty()) {
            return null;
        }
        Contrast contrast = rows.get(0).contrast();
        List<JFreeChart> panels = new ArrayList<>();
        double scale = rows.size() == 1 ? 1 : 0.7;
        for (ContrastSensitivity c : rows) {
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
            panels.add(WhiskerBars.panel(WorldsGainChart.capitalise(c.metric().key().replace('_', ' ')),
                    "Total Sobol index", top.stream().map(c.keys()::get).toList(), List.of(contrast.name()),
                    new int[] {colour}, total, low, high, scale));
        }
        return ChartExport.grid("What " + contrast.definition() + " depends on most", "Bar: total Sobol index "
                + "(share of the contrast's variance across worlds due to the parameter, with its interactions); "
                + "whisker: 95 % bootstrap interval, cut at the axis", panels, panels.size(), null);
    }
}

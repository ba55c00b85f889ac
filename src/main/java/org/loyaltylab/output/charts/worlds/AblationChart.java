package org.loyaltylab.output.charts.worlds;

import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.loyaltylab.analysis.Ablation;
import org.loyaltylab.experiment.Contrast;
import org.loyaltylab.model.metric.Metric;
import org.loyaltylab.output.charts.ChartExport;
import org.loyaltylab.output.charts.ChartStyle;

/**
 * {@code ablation}: per metric a panel of bars, one per mechanism and contrast (in the colour of
 * {@link ContrastColours}), of the share of the contrast the mechanism carries, in per cent, with Fieller's 95 % whisker
 * (none when the gain is not clearly different from 0).
 */
public final class AblationChart {
    /** The file name without extension. */
    public static final String NAME = "ablation";

    private AblationChart() {
    }

    /** @return a mechanism switch's key in words: {@code mechanisms.word_of_mouth} is "word of mouth" */
    static String words(String key) {
        return key.substring(key.lastIndexOf('.') + 1).replace('_', ' ');
    }

    /**
     * @param contrasts the contrasts drawn, in order
     * @param colours   the palette index of each ({@link ContrastColours})
     * @param rows      the ablation rows of those contrasts
     * @return the figure, or null when there is nothing to draw
     */
    public static ChartExport.Figure figure(List<Contrast> contrasts, int[] colours, List<Ablation> rows) {
        if (rows.isEmpty()) {
            return null;
        }
        List<Metric> metrics = rows.stream().map(Ablation::metric).distinct().toList();
        List<String> mechanisms = rows.stream().map(Ablation::mechanism).distinct().toList();
        List<String> names = contrasts.stream().map(Contrast::name).toList();
        List<JFreeChart> panels = new ArrayList<>();
        for (Metric m : metrics) {
            double[][] share = new double[contrasts.size()][mechanisms.size()];
            double[][] low = new double[contrasts.size()][mechanisms.size()];
            double[][] high = new double[contrasts.size()][mechanisms.size()];
            for (Ablation a : rows) {
                if (a.metric().equals(m)) {
                    int s = contrasts.indexOf(a.contrast());
                    int c = mechanisms.indexOf(a.mechanism());
                    share[s][c] = 100 * a.share().mean();
                    low[s][c] = 100 * a.share().lower();
                    high[s][c] = 100 * a.share().upper();
                }
            }
            panels.add(WhiskerBars.panel(WorldsGainChart.capitalise(m.key().replace('_', ' ')) + " gain",
                    "% of the gain carried", mechanisms.stream().map(AblationChart::words).toList(), names, colours, share, low, high,
                    metrics.size() == 1 ? 1 : 0.7));
        }
        String title = contrasts.size() == 1 ? "What carries " + contrasts.get(0).name() : "What carries each contrast";
        return ChartExport.grid(title, "Bar: share of the contrast lost with the "
                + "mechanism off; whisker: 95 % interval (Fieller), cut at the axis, none when unbounded",
                panels, panels.size(), ContrastLegend.of(contrasts, colours, ChartStyle.swatch(22)));
    }
}

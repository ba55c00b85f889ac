package org.loyaltylab.output.charts.worlds;

import java.awt.Shape;
import java.util.List;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.title.LegendTitle;
import org.loyaltylab.output.charts.ChartStyle;

/** One legend for a figure of panels: a marker per arm shown, in the arm's palette colour. */
final class ArmLegend {
    private ArmLegend() {
    }

    /**
     * @param arms   every arm of the experiment, in colour order
     * @param shown  the arms the figure shows
     * @param marker the marker drawn beside each name
     * @return the legend, styled
     */
    static LegendTitle of(List<String> arms, List<String> shown, Shape marker) {
        LegendItemCollection items = new LegendItemCollection();
        for (String arm : shown) {
            items.add(new LegendItem(arm, null, null, null, marker, ChartStyle.colour(arms.indexOf(arm))));
        }
        return ChartStyle.sharedLegend(() -> items, 1);
    }
}

package org.loyaltylab.output.charts.worlds;

import java.awt.Shape;
import java.util.List;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.title.LegendTitle;
import org.loyaltylab.experiment.Contrast;
import org.loyaltylab.output.charts.ChartStyle;

/** One legend for a figure of panels: a marker per contrast shown, in its colour ({@link ContrastColours}). */
final class ContrastLegend {
    private ContrastLegend() {
    }

    /**
     * @param shown   the contrasts the figure shows
     * @param colours the palette index of each
     * @param marker  the marker drawn beside each name
     * @return the legend, styled
     */
    static LegendTitle of(List<Contrast> shown, int[] colours, Shape marker) {
        LegendItemCollection items = new LegendItemCollection();
        for (int i = 0; i < shown.size(); i++) {
            Contrast c = shown.get(i);
            items.add(new LegendItem(c.name() + " (" + c.definition() + ")", null, null, null, marker,
                    ChartStyle.colour(colours[i])));
        }
        return ChartStyle.sharedLegend(() -> items, 1);
    }
}

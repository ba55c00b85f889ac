package org.loyaltylab.output.charts.experiment;

import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.LegendItemSource;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.Range;
import org.loyaltylab.output.charts.ChartExport;
import org.loyaltylab.output.charts.ChartStyle;

/** Figures of several panels (one per arm, or one per quantity) and the arm axes and legends they share. */
final class Panels {
    private Panels() {
    }

    /** @return the font scale of a panel in a figure of {@code panels} */
    static double scale(int panels) {
        return panels <= 1 ? 1 : panels == 2 ? 0.8 : 0.75;
    }

    /** @return the panels with one y range, so that arms compare at a glance */
    static List<JFreeChart> sameYRange(List<JFreeChart> panels) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (JFreeChart c : panels) {
            Range r = ((XYPlot) c.getPlot()).getRangeAxis().getRange();
            lo = Math.min(lo, r.getLowerBound());
            hi = Math.max(hi, r.getUpperBound());
        }
        for (JFreeChart c : panels) {
            ((XYPlot) c.getPlot()).getRangeAxis().setRange(lo, hi);
        }
        return panels;
    }

    /** One panel per arm: alone it is the chart; otherwise a grid under one title and one legend. */
    static ChartExport.Figure perArm(String title, String subtitle, List<JFreeChart> panels) {
        if (panels.size() == 1) {
            JFreeChart only = panels.get(0);
            only.setTitle(title);
            only.addSubtitle(0, new TextTitle(subtitle));
            return ChartExport.of(ChartStyle.apply(only, 1));
        }
        double scale = scale(panels.size());
        LegendTitle legend = ChartStyle.sharedLegend(panels.get(0).getPlot(), Math.max(scale, 0.85));
        for (JFreeChart p : panels) {
            p.removeLegend();
            p.getTitle().setFont(ChartStyle.font(ChartStyle.AXIS_LABEL_PX, Math.max(scale, 0.85), true));
        }
        return ChartExport.grid(title, subtitle, panels, panels.size() <= 2 ? panels.size() : 2, legend);
    }

    /** @return a category axis of arm names, wrapping long names */
    static CategoryAxis armAxis() {
        CategoryAxis x = new CategoryAxis(null);
        x.setMaximumCategoryLabelLines(3);
        x.setMaximumCategoryLabelWidthRatio(1.0f);
        x.setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
        x.setCategoryMargin(0.25);
        x.setLowerMargin(0.04);
        x.setUpperMargin(0.04);
        return x;
    }

    /** @return a legend item source of arm colours, for figures whose panels have no legend of their own */
    static LegendItemSource armLegend(List<String> arms) {
        return () -> {
            LegendItemCollection items = new LegendItemCollection();
            for (int i = 0; i < arms.size(); i++) {
                items.add(new LegendItem(arms.get(i), null, null, null, ChartStyle.legendLine(),
                        ChartStyle.line(false, ChartStyle.nestedWidth(i, arms.size())), ChartStyle.colour(i)));
            }
            return items;
        };
    }
}

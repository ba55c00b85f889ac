package org.loyaltylab.output.charts.experiment;

import java.text.DecimalFormat;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.LegendItemSource;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
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
        return panels <= 1 ? 1 : panels == 2 ? 0.8 : panels <= 4 ? 0.75 : 0.7;
    }

    /** @return the columns of a grid of {@code panels}: side by side up to two, then two or three a row */
    static int columns(int panels) {
        return panels <= 2 ? panels : panels <= 4 ? 2 : 3;
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

    /**
     * One panel per arm: alone it is the chart; otherwise a grid under one title and one legend.
     *
     * @param title    the figure's title (a finding where the chart tests a claim)
     * @param subtitle the line under it
     * @param finding  what the data show in words, for a slide's title
     */
    static ExperimentCharts.Drawn perArm(String name, String title, String caption, String finding, String subtitle,
                                         List<JFreeChart> panels) {
        if (panels.size() == 1) {
            JFreeChart only = panels.get(0);
            only.setTitle(title);
            only.addSubtitle(0, new TextTitle(subtitle));
            return ExperimentCharts.Drawn.single(name, title, caption, finding, ChartStyle.apply(only, 1));
        }
        double scale = scale(panels.size());
        LegendItemSource items = panels.get(0).getPlot();
        LegendTitle legend = ChartStyle.sharedLegend(items, Math.max(scale, 0.85));
        for (JFreeChart p : panels) {
            p.removeLegend();
            p.getTitle().setFont(ChartStyle.font(ChartStyle.AXIS_LABEL_PX, Math.max(scale, 0.85), true));
            if (columns(panels.size()) > 2) {
                fewerTicks((XYPlot) p.getPlot(), 6);
            }
        }
        return new ExperimentCharts.Drawn(name, title, caption, ChartExport.grid(title, subtitle, panels,
                columns(panels.size()), legend), new ExperimentCharts.Parts(finding, subtitle, panels, items));
    }

    /** Doubles the fixed tick unit of a panel's x-axis until it has at most {@code max} ticks. */
    static void fewerTicks(XYPlot plot, int max) {
        if (plot.getDomainAxis() instanceof NumberAxis x && !x.isAutoTickUnitSelection()) {
            double unit = x.getTickUnit().getSize();
            while ((x.getUpperBound() - x.getLowerBound()) / unit > max) {
                unit *= 2;
            }
            x.setTickUnit(new NumberTickUnit(unit, new DecimalFormat("0")));
        }
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
                        ChartStyle.line(ChartStyle.Dash.SOLID, ChartStyle.nestedWidth(i, arms.size())),
                        ChartStyle.colour(i)));
            }
            return items;
        };
    }
}

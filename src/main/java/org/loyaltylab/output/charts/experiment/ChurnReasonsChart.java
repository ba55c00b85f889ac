package org.loyaltylab.output.charts.experiment;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Arrays;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.CategoryTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.loyaltylab.output.charts.Band;
import org.loyaltylab.output.charts.ChartExport;
import org.loyaltylab.output.charts.ChartStyle;
import org.loyaltylab.output.charts.Table;

/**
 * Why customers left: exits over the whole horizon by reason, mean per replication, stacked per
 * arm; from summary.csv, else from the last day of the time series.
 */
final class ChurnReasonsChart implements ExperimentChart {
    /** Exit reasons: summary column suffix and words, colour (fixed, whatever the arms). */
    private static final String[][] REASONS = {
        {"indifference", "Felt taken for granted (indifference)"},
        {"poor_handling", "Defensive answer (poor handling)"},
        {"unresolved", "Problem not resolved"},
        {"competitor", "Won by a competitor"},
        {"natural", "Natural (moved away)"},
        {"turned_away", "Turned away by the firm"},
        {"quiet_exit", "Quietly did not buy again"},
    };
    private static final Color[] REASON_COLOURS = {ChartStyle.VERMILLION, ChartStyle.PURPLE, ChartStyle.ORANGE,
        ChartStyle.BLUE, ChartStyle.GREY, ChartStyle.BLACK, ChartStyle.SKY};

    @Override
    public ExperimentCharts.Drawn draw(ExperimentTables tables) throws IOException {
        double[][] means = means(tables);
        if (means == null) {
            return null;
        }
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        StackedBarRenderer renderer = new StackedBarRenderer();
        int s = 0;
        for (int i = 0; i < REASONS.length; i++) {
            if (Arrays.stream(means[i]).sum() <= 0) {
                continue; // a reason no arm produced: no empty legend entry
            }
            for (int a = 0; a < tables.arms().size(); a++) {
                data.addValue(means[i][a], REASONS[i][1], tables.arms().get(a));
            }
            renderer.setSeriesPaint(s, REASON_COLOURS[i]);
            renderer.setSeriesOutlinePaint(s, Color.WHITE);
            s++;
        }
        if (data.getRowCount() == 0) {
            for (String arm : tables.arms()) {
                data.addValue(0, REASONS[0][1], arm);
            }
            renderer.setSeriesPaint(0, REASON_COLOURS[0]);
        }
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setMaximumBarWidth(0.16);
        renderer.setItemMargin(0);
        renderer.setDrawBarOutline(true);
        renderer.setDefaultOutlineStroke(new BasicStroke(1.5f));
        for (int i = 0; i < data.getRowCount(); i++) {
            renderer.setLegendShape(i, ChartStyle.swatch(22));
        }
        NumberAxis y = new NumberAxis("Customers lost (mean per replication)");
        y.setUpperMargin(0.12);
        CategoryPlot plot = new CategoryPlot(data, Panels.armAxis(), y, renderer);
        plot.setOrientation(PlotOrientation.VERTICAL);
        NumberFormat counts = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
        for (int a = 0; a < tables.arms().size(); a++) {
            double total = 0;
            for (double[] reason : means) {
                total += reason[a];
            }
            CategoryTextAnnotation label = new CategoryTextAnnotation(counts.format(total) + " in all",
                    tables.arms().get(a), total);
            label.setFont(ChartStyle.font(ChartStyle.TICK_PX, true));
            label.setTextAnchor(TextAnchor.BOTTOM_CENTER);
            plot.addAnnotation(label);
        }
        String title = "Why customers left: exits by reason over " + tables.horizonWords();
        JFreeChart chart = ChartStyle.apply(new JFreeChart(title, null, plot, true), 1);
        chart.getLegend().setItemFont(ChartStyle.font(24, false));
        return new ExperimentCharts.Drawn("churn-reasons", title, "Customers who left over the whole horizon, by "
                + "the reason recorded at their exit: mean per replication, stacked per arm. Reasons no arm produced "
                + "are left out.", ChartExport.of(chart));
    }

    /**
     * @return per reason and arm, the mean number of customers lost per replication (0 where
     *         unknown), or null if no arm has any of them
     */
    private static double[][] means(ExperimentTables tables) throws IOException {
        Table summary = tables.summary();
        double[][] means = new double[REASONS.length][tables.arms().size()];
        boolean any = false;
        for (int a = 0; a < tables.arms().size(); a++) {
            String arm = tables.arms().get(a);
            boolean inSummary = summary != null && summary.rows().stream().anyMatch(r -> Table.text(r, "arm")
                    .equals(arm));
            for (int i = 0; i < REASONS.length; i++) {
                String column = "churn_" + REASONS[i][0];
                double[] v = inSummary ? summary.rows().stream().filter(r -> Table.text(r, "arm").equals(arm))
                        .mapToDouble(r -> Table.number(r, column)).toArray()
                        : tables.series().finalValues(arm, column + "_total");
                double m = Band.of(v).mean();
                means[i][a] = Double.isNaN(m) ? 0 : m;
                any |= !Double.isNaN(m);
            }
        }
        return any ? means : null;
    }
}

package org.loyaltylab.output.charts.experiment;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
import org.loyaltylab.model.customer.ExitReason;
import org.loyaltylab.model.metric.SeriesMetrics;
import org.loyaltylab.model.metric.SummaryMetrics;
import org.loyaltylab.output.charts.Band;
import org.loyaltylab.output.charts.Categories;
import org.loyaltylab.output.charts.ChartStyle;
import org.loyaltylab.output.charts.Table;

/**
 * Why customers left: exits over the whole horizon by reason, mean per replication, stacked per
 * arm; from summary.csv, else from the last day of the time series.
 */
final class ChurnReasonsChart implements ExperimentChart {
    private static final ExitReason[] REASONS = ExitReason.values();

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
                data.addValue(means[i][a], words(REASONS[i]), tables.arms().get(a));
            }
            renderer.setSeriesPaint(s, Categories.reason(REASONS[i]));
            renderer.setSeriesOutlinePaint(s, Color.WHITE);
            s++;
        }
        if (data.getRowCount() == 0) {
            for (String arm : tables.arms()) {
                data.addValue(0, words(REASONS[0]), arm);
            }
            renderer.setSeriesPaint(0, Categories.reason(REASONS[0]));
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
        return ExperimentCharts.Drawn.single("churn-reasons", title, "Customers who left over the whole horizon, "
                + "by the reason recorded at their exit: mean per replication, stacked per arm. Reasons no arm "
                + "produced are left out. Reasons have their own colours, never an arm's.", mainReason(tables, means),
                chart);
    }

    /** @return the reason most customers left for, in words: the same in every arm, or per arm */
    private static String mainReason(ExperimentTables tables, double[][] means) {
        List<String> main = new ArrayList<>();
        for (int a = 0; a < tables.arms().size(); a++) {
            int top = 0;
            for (int i = 1; i < REASONS.length; i++) {
                top = means[i][a] > means[top][a] ? i : top;
            }
            main.add(words(REASONS[top]));
        }
        if (main.stream().distinct().count() == 1) {
            return "Why customers left: most often " + lower(main.get(0)) + (main.size() > 1 ? ", in every arm" : "");
        }
        List<String> parts = new ArrayList<>();
        for (int a = 0; a < main.size(); a++) {
            parts.add(lower(main.get(a)) + " (" + tables.arms().get(a) + ")");
        }
        return "Why customers left: most often " + String.join("; ", parts);
    }

    private static String lower(String words) {
        return Character.toLowerCase(words.charAt(0)) + words.substring(1);
    }

    /** @return the reason in a legend's words */
    private static String words(ExitReason reason) {
        return switch (reason) {
            case INDIFFERENCE -> "Felt taken for granted (indifference)";
            case POOR_HANDLING -> "Defensive answer (poor handling)";
            case UNRESOLVED -> "Problem not resolved";
            case COMPETITOR -> "Won by a competitor";
            case NATURAL -> "Natural (moved away)";
            case TURNED_AWAY -> "Turned away by the firm";
            case QUIET_EXIT -> "Quietly did not buy again after a failure";
        };
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
                String column = SummaryMetrics.churned(REASONS[i]).key();
                double[] v = inSummary ? summary.rows().stream().filter(r -> Table.text(r, "arm").equals(arm))
                        .mapToDouble(r -> Table.number(r, column)).toArray()
                        : tables.series().finalValues(arm, SeriesMetrics.churned(REASONS[i]).key());
                double m = Band.of(v).mean();
                means[i][a] = Double.isNaN(m) ? 0 : m;
                any |= !Double.isNaN(m);
            }
        }
        return any ? means : null;
    }
}

package org.loyaltylab.output.charts.experiment;

import java.io.IOException;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.SeriesRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.loyaltylab.analysis.ComplaintsByValue;
import org.loyaltylab.analysis.Deciles;
import org.loyaltylab.output.charts.ChartStyle;
import org.loyaltylab.output.charts.Table;
import org.loyaltylab.output.io.TableFile;

/**
 * Who complains (Solomon, CustomerThink): complaints per customer-year by spend decile, one
 * line per arm, on a log scale of spend; from customers.csv.gz or customers.csv (streamed twice: deciles, then rates).
 */
final class ComplaintsVersusValueChart implements ExperimentChart {
    @Override
    public ExperimentCharts.Drawn draw(ExperimentTables tables) throws IOException {
        ComplaintsByValue rates = rates(tables);
        if (rates == null) {
            return null;
        }
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        int s = 0;
        double minX = Double.POSITIVE_INFINITY;
        double maxX = 0;
        for (int a = 0; a < tables.arms().size(); a++) {
            List<ComplaintsByValue.Point> points = rates.points(a);
            if (points.isEmpty()) {
                continue;
            }
            XYSeries series = new XYSeries(tables.arms().get(a), false);
            for (ComplaintsByValue.Point p : points) {
                series.add(p.meanValue(), p.complaintsPerYear());
                minX = Math.min(minX, p.meanValue());
                maxX = Math.max(maxX, p.meanValue());
            }
            data.addSeries(series);
            ChartStyle.series(renderer, s, ChartStyle.colour(a), ChartStyle.Dash.SOLID);
            // later arms draw on top with smaller dots, so arms that coincide show as nested rings
            renderer.setSeriesShape(s, ChartStyle.dot(Math.max(8, 26 - 5 * s)));
            s++;
        }
        if (data.getSeriesCount() == 0) {
            return null;
        }
        int first = 0;
        while (rates.points(first).isEmpty()) {
            first++;
        }
        String title = "Who complains? Complaint rate by spend per purchase";
        NumberAxis y = new NumberAxis("Complaints per customer-year");
        y.setAutoRangeIncludesZero(true);
        XYPlot plot = new XYPlot(data, spendAxis(minX, maxX, tables.currency()), y, renderer);
        plot.setSeriesRenderingOrder(SeriesRenderingOrder.FORWARD);
        JFreeChart chart = new JFreeChart(title, null, plot, true);
        chart.addSubtitle(0, new TextTitle(
                "The claim (Solomon, CustomerThink): the customers who complain most may be your best"));
        return ExperimentCharts.Drawn.single("complaints-vs-value", title, "Customers of every replication binned into "
                + "ten spend deciles (spend per purchase, in " + tables.currency() + ", log scale); complaints per year of being "
                + "a customer. A rising line means complainers are disproportionately high-value: turning them away "
                + "loses the best customers. Where arms coincide their dots nest as rings: the policy does not change "
                + "who complains.", topToBottom(rates.points(first))
                + (data.getSeriesCount() > 1 ? " (" + tables.arms().get(first) + ")" : ""),
                ChartStyle.apply(chart, 1));
    }

    /** @return how often the top spend decile complains against the bottom one, in words */
    private static String topToBottom(List<ComplaintsByValue.Point> points) {
        double bottom = points.get(0).complaintsPerYear();
        double top = points.get(points.size() - 1).complaintsPerYear();
        return bottom > 0 ? String.format(Locale.ROOT, "The top spend decile complains %.1f times as often as the "
                + "bottom one", top / bottom) : "Who complains? Complaint rate by spend per purchase";
    }

    /** @return the complaint rates by spend decile per arm, or null without customers.csv or ten customers */
    private static ComplaintsByValue rates(ExperimentTables tables) throws IOException {
        Path customers = TableFile.find(tables.dir(), "customers.csv");
        double[][] spend = {new double[1 << 16]};
        int[] count = {0};
        boolean present = Table.forEachRow(customers, r -> {
            double v = Table.number(r, "value");
            if (!Double.isNaN(v)) {
                if (count[0] == spend[0].length) {
                    spend[0] = Arrays.copyOf(spend[0], spend[0].length * 2);
                }
                spend[0][count[0]++] = v;
            }
        });
        if (!present || count[0] < 10) {
            return null;
        }
        List<String> arms = tables.arms();
        ComplaintsByValue rates = new ComplaintsByValue(Deciles.of(Arrays.copyOf(spend[0], count[0])), arms.size(),
                tables.series().horizon());
        Table.forEachRow(customers, r -> {
            int a = arms.indexOf(Table.text(r, "arm"));
            double v = Table.number(r, "value");
            double acquired = Table.number(r, "acquired_day");
            if (a >= 0 && !Double.isNaN(v) && !Double.isNaN(acquired)) {
                rates.add(a, v, acquired, Table.number(r, "exit_day"), Table.number(r, "complaints"));
            }
        });
        return rates;
    }

    /** @return a log axis of spend ticked at 10^k x 1, 2, 4, 8..., starting on the tick below the cheapest decile */
    private static LogAxis spendAxis(double minX, double maxX, String currency) {
        LogAxis x = new LogAxis("Spend per purchase (" + currency + ", log scale; points: decile means)");
        x.setBase(10);
        x.setSmallestValue(1e-3);
        x.setTickUnit(new NumberTickUnit(Math.log10(2)));
        x.setNumberFormatOverride(new DecimalFormat("#,##0.##"));
        x.setMinorTickCount(0);
        double decade = Math.pow(10, Math.floor(Math.log10(minX / 1.05)));
        double lower = decade * Math.pow(2, Math.floor(Math.log(minX / 1.05 / decade) / Math.log(2)));
        x.setRange(lower, Math.max(maxX * 1.15, lower * 2));
        return x;
    }
}

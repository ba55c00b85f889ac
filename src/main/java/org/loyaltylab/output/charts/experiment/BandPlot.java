package org.loyaltylab.output.charts.experiment;

import java.awt.Color;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.data.RangeType;
import org.jfree.chart.plot.SeriesRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.loyaltylab.analysis.Ranking;
import org.loyaltylab.output.charts.Band;
import org.loyaltylab.output.charts.ChartStyle;
import org.loyaltylab.stats.ConfidenceInterval;

/** Lines over days with translucent 95 % bands: the building block of the time-series charts. */
final class BandPlot {
    /** The x-axis label of charts over simulated time. */
    static final String DAYS = "Simulated time (days)";
    /** The x-axis label of the service-floor panels, also simulated time. */
    static final String DAY = "Day";
    /** The axes of simulated time, on which the warm-up is shaded (not days since joining or since a failure). */
    private static final Set<String> CALENDAR = Set.of(DAYS, DAY);

    /** One line with its band. */
    record Curve(String label, Color colour, ChartStyle.Dash dash, TreeMap<Double, Band> points) {
    }

    /** A range the values cannot leave (bands are clamped to it) and a scale factor for units. */
    record Units(double factor, double floor, double ceiling) {
        static final Units PLAIN = new Units(1, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
        static final Units COUNT = new Units(1, 0, Double.POSITIVE_INFINITY);
        static final Units PERCENT = new Units(100, 0, 100);
        static final Units SHARE = new Units(1, 0, 1);
    }

    private BandPlot() {
    }

    /** @return one curve per arm with points, in colour order */
    static List<Curve> armCurves(List<String> arms, Map<String, TreeMap<Double, ConfidenceInterval>> intervals) {
        List<Curve> curves = new ArrayList<>();
        for (int i = 0; i < arms.size(); i++) {
            TreeMap<Double, ConfidenceInterval> m = intervals.get(arms.get(i));
            if (m != null && !m.isEmpty()) {
                TreeMap<Double, Band> bands = new TreeMap<>();
                m.forEach((day, ci) -> bands.put(day, Band.of(ci)));
                curves.add(new Curve(arms.get(i), ChartStyle.colour(i), ChartStyle.Dash.SOLID, bands));
            }
        }
        return curves;
    }

    /**
     * @return a chart of lines with translucent 95 % bands, drawn first to last and each thinner
     *         than the one before, so that lines which coincide show as nested stripes
     */
    static JFreeChart chart(ExperimentTables tables, String title, String xLabel, String yLabel, List<Curve> curves,
                            Units units, double scale) {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        DeviationRenderer renderer = new DeviationRenderer(true, false);
        renderer.setAlpha(1f);
        renderer.setDrawSeriesLineAsPath(true);
        int s = 0;
        for (Curve c : curves) {
            YIntervalSeries series = new YIntervalSeries(c.label());
            c.points().forEach((day, band) -> {
                Band b = band.scaled(units.factor(), units.floor(), units.ceiling());
                series.add(day, b.mean(), b.low(), b.high());
            });
            data.addSeries(series);
            ChartStyle.series(renderer, s, c.colour(), c.dash());
            renderer.setSeriesStroke(s, ChartStyle.line(c.dash(), ChartStyle.nestedWidth(s, curves.size())));
            s++;
        }
        NumberAxis y = new NumberAxis(yLabel);
        y.setAutoRangeIncludesZero(false);
        double maxAbs = 0;
        for (int i = 0; i < data.getSeriesCount(); i++) {
            for (int j = 0; j < data.getItemCount(i); j++) {
                maxAbs = Math.max(maxAbs, Math.abs(data.getYValue(i, j)));
            }
        }
        y.setAutoRangeMinimumSize(minimumSpan(maxAbs));
        if (units.floor() == 0) {
            y.setRangeType(RangeType.POSITIVE); // a count or share never shows a negative tick
        }
        XYPlot plot = new XYPlot(data, dayAxis(tables, xLabel), y, renderer);
        plot.setSeriesRenderingOrder(SeriesRenderingOrder.FORWARD);
        if (CALENDAR.contains(xLabel)) {
            WarmupShading.shade(plot, tables.warmupDays(), scale);
        }
        return ChartStyle.apply(new JFreeChart(title, null, plot, true), scale);
    }

    /**
     * @param intervals per arm and day, the mean and interval across replications
     * @param extra     words added to the reading guide under the title, or null
     * @return the chart of one curve per arm at full scale, with the reading guide under its
     *         title; null if no arm has a point
     */
    static ExperimentCharts.Drawn perArm(ExperimentTables tables, String name, String title, String caption,
                                         String yLabel, Map<String, TreeMap<Double, ConfidenceInterval>> intervals,
                                         Units units, String extra) {
        if (intervals.isEmpty()) {
            return null;
        }
        List<Curve> curves = armCurves(tables.arms(), intervals);
        JFreeChart chart = chart(tables, title, DAYS, yLabel, curves, units, 1);
        chart.addSubtitle(0, new TextTitle(tables.replicationsNote() + (extra == null ? "" : "; " + extra)));
        return ExperimentCharts.Drawn.single(name, title, caption, lastDayWords(measure(yLabel) + " on day %,d", curves,
                title),
                ChartStyle.apply(chart, 1));
    }

    /** @return an axis label without its unit in brackets: "Active customers" */
    static String measure(String yLabel) {
        return yLabel.replaceAll("\\s*\\(.*\\)$", "");
    }

    /**
     * @param what      what the curves measure with a {@code %,d} for the last day, e.g. "Active customers on
     *                  day %,d"
     * @param otherwise the words when fewer than two curves have a last point
     * @return which curve ends highest and lowest, e.g. "Active customers on day 730: kind highest"
     */
    static String lastDayWords(String what, List<Curve> curves, String otherwise) {
        Map<String, double[]> last = new LinkedHashMap<>();
        double day = Double.NaN;
        for (Curve c : curves) {
            if (!c.points().isEmpty()) {
                Band b = c.points().lastEntry().getValue();
                last.put(c.label(), new double[] {b.mean(), b.low(), b.high()});
                day = c.points().lastKey();
            }
        }
        return last.size() < 2 ? otherwise : Ranking.of(last).words(String.format(Locale.ROOT, what, Math.round(day)),
                "highest", "lowest");
    }

    /** @return one chart per arm shown, titled by the arm when there are several, at the panels' scale */
    static List<JFreeChart> perArmPanels(ExperimentTables tables, List<String> shown,
                                         Function<String, List<Curve>> curves, String xLabel, String yLabel,
                                         Units units) {
        double scale = Panels.scale(shown.size());
        List<JFreeChart> panels = new ArrayList<>();
        for (String arm : shown) {
            panels.add(chart(tables, shown.size() > 1 ? arm : null, xLabel, yLabel, curves.apply(arm), units, scale));
        }
        return panels;
    }

    /** @return the smallest y span worth showing: flat lines sit mid-chart with readable ticks */
    static double minimumSpan(double maxAbs) {
        return maxAbs > 0 && !Double.isInfinite(maxAbs) ? maxAbs * 0.05 : 1;
    }

    /** @return a days axis from the first to the last observation, ticked in quarters or months */
    private static NumberAxis dayAxis(ExperimentTables tables, String label) {
        NumberAxis x = new NumberAxis(label);
        double lo = tables.series().firstDay();
        double hi = Math.max(tables.series().horizon(), lo + 1);
        x.setRange(lo, hi + (hi - lo) * 0.005);
        double span = hi - lo;
        double unit = span >= 540 ? 90 : span >= 180 ? 30 : span >= 56 ? 14 : span >= 21 ? 7 : 0;
        if (unit > 0) {
            x.setTickUnit(new NumberTickUnit(unit, new DecimalFormat("0")));
        } else {
            x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        }
        return x;
    }
}

package org.loyaltylab.output.charts;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVRecord;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.LegendItemSource;
import org.jfree.chart.annotations.CategoryTextAnnotation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.SeriesRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Draws every chart of an experiment from the tables in its results directory into
 * {@code charts/} (PNG 1600 x 900, SVG, PDF): time series per arm with 95 % bands across
 * replications, churn by reason, Kaplan-Meier survival, the recovery paradox, the service
 * floor, the comparison at a glance, and complaints against spend. {@code timeseries.csv} is
 * required; a chart whose table ({@code summary.csv}, {@code customers.csv},
 * {@code comparison.csv}, {@code survival.csv}, {@code recovery.csv}) is absent is skipped.
 * Arm i always has colour i of {@link ChartStyle}'s palette, in the experiment's arm order.
 */
public final class ExperimentCharts {
    /**
     * One drawn chart.
     *
     * @param name    file base name in {@code charts/} (and the figure's id in the report)
     * @param title   what the chart shows
     * @param caption how to read it, in a sentence or two
     * @param figure  the drawing
     */
    public record Drawn(String name, String title, String caption, ChartExport.Figure figure) {
    }

    /** Every chart name, in report order; charts whose table is absent are left out of a run. */
    public static final List<String> ALL = List.of("active-customers", "churn-rate", "mean-loyalty", "profit",
            "churn-reasons", "survival", "survival-value-tier", "survival-temperament-tier", "survival-failure",
            "recovery-paradox", "recovery-by-lag", "service-floor", "comparison", "complaints-vs-value");

    /** Exit reasons: summary column, words, colour (fixed, whatever the arms). */
    private static final String[][] REASONS = {
        {"indifference", "Felt taken for granted (indifference)"},
        {"poor_handling", "Defensive answer (poor handling)"},
        {"unresolved", "Problem not resolved"},
        {"competitor", "Won by a competitor"},
        {"natural", "Natural (moved away)"},
        {"turned_away", "Turned away by the firm"},
    };
    private static final Color[] REASON_COLOURS = {ChartStyle.VERMILLION, ChartStyle.PURPLE, ChartStyle.ORANGE,
        ChartStyle.BLUE, ChartStyle.GREY, ChartStyle.BLACK};

    private static final String DAYS = "Simulated time (days)";
    /** Panels drawn side by side at most, for charts with one panel per arm. */
    private static final int MAX_ARM_PANELS = 4;

    private final Path dir;
    private final List<String> arms;
    private final RunSeries runs;
    private final Table summary;

    /** Reads the tables of a results directory; arms are coloured in order of appearance. */
    public ExperimentCharts(Path dir) throws IOException {
        this(dir, List.of());
    }

    /**
     * Reads the tables of a results directory.
     *
     * @param armOrder the experiment's arms in order (arm i gets colour i); arms found in the
     *                 tables but not listed follow in order of appearance
     */
    public ExperimentCharts(Path dir, List<String> armOrder) throws IOException {
        this.dir = dir;
        Table timeseries = Table.readIfPresent(dir.resolve("timeseries.csv"));
        if (timeseries == null) {
            throw new IOException("no timeseries.csv in " + dir + ": is it a results directory of loyaltylab run?");
        }
        runs = new RunSeries(timeseries);
        summary = Table.readIfPresent(dir.resolve("summary.csv"));
        List<String> order = new ArrayList<>();
        for (String a : armOrder) {
            if (!order.contains(a)) {
                order.add(a);
            }
        }
        for (String a : runs.arms()) {
            if (!order.contains(a)) {
                order.add(a);
            }
        }
        if (summary != null) {
            for (String a : summary.distinct("arm")) {
                if (!order.contains(a)) {
                    order.add(a);
                }
            }
        }
        arms = List.copyOf(order);
    }

    /** @return the arms, in colour order */
    public List<String> arms() {
        return arms;
    }

    /** @return the last observation day */
    public double horizon() {
        return runs.horizon();
    }

    /** Draws every chart whose tables are present; writes PNG, SVG and PDF into {@code charts/}. */
    public List<Drawn> drawAll() throws IOException {
        List<Drawn> drawn = charts();
        Path charts = dir.resolve("charts");
        Files.createDirectories(charts);
        for (Drawn d : drawn) {
            ChartExport.write(d.figure(), charts.resolve(d.name()));
        }
        return drawn;
    }

    /** @return every chart whose tables are present, in report order, without writing files */
    public List<Drawn> charts() throws IOException {
        List<Drawn> drawn = new ArrayList<>();
        if (arms.isEmpty() || runs.arms().isEmpty()) {
            return drawn;
        }
        add(drawn, activeCustomers());
        add(drawn, churnRate());
        add(drawn, meanLoyalty());
        add(drawn, profit());
        add(drawn, churnReasons());
        Table survival = Table.readIfPresent(dir.resolve("survival.csv"));
        if (survival != null) {
            add(drawn, survival(survival));
            List<String> types = new ArrayList<>(List.of("value_tier", "temperament_tier", "failure"));
            survival.distinct("segment_type").stream().filter(t -> !t.equals("all") && !types.contains(t))
                    .forEach(types::add);
            for (String type : types) {
                add(drawn, survivalBySegment(survival, type));
            }
        }
        Table recovery = Table.readIfPresent(dir.resolve("recovery.csv"));
        if (recovery != null) {
            add(drawn, recoveryParadox(recovery));
        }
        Table byLag = Table.readIfPresent(dir.resolve("recovery-by-lag.csv"));
        if (byLag != null) {
            add(drawn, recoveryByLag(byLag));
        }
        add(drawn, serviceFloor());
        add(drawn, comparison());
        Path customers = dir.resolve("customers.csv");
        if (Files.isRegularFile(customers)) {
            add(drawn, complaintsVersusValue(customers));
        }
        return drawn;
    }

    private static void add(List<Drawn> list, Drawn d) {
        if (d != null) {
            list.add(d);
        }
    }

    // --- building blocks ----------------------------------------------------------------------

    /** One line with its band. */
    private record Curve(String label, Color colour, boolean dashed, TreeMap<Double, Band> points) {
    }

    /** A range the values cannot leave (bands are clamped to it) and a scale factor for units. */
    private record Units(double factor, double floor, double ceiling) {
        static final Units PLAIN = new Units(1, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
        static final Units COUNT = new Units(1, 0, Double.POSITIVE_INFINITY);
        static final Units PERCENT = new Units(100, 0, 100);
        static final Units SHARE = new Units(1, 0, 1);
    }

    /** @return one curve per arm, in colour order */
    private List<Curve> armCurves(Map<String, TreeMap<Double, Band>> bands) {
        List<Curve> curves = new ArrayList<>();
        for (int i = 0; i < arms.size(); i++) {
            TreeMap<Double, Band> m = bands.get(arms.get(i));
            if (m != null && !m.isEmpty()) {
                curves.add(new Curve(arms.get(i), ChartStyle.colour(i), false, m));
            }
        }
        return curves;
    }

    /**
     * @return a chart of lines with translucent 95 % bands, drawn first to last and each thinner
     *         than the one before, so that lines which coincide show as nested stripes
     */
    private JFreeChart bandChart(String title, String xLabel, String yLabel, List<Curve> curves, Units units,
                                 double scale) {
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
            ChartStyle.series(renderer, s, c.colour(), c.dashed());
            renderer.setSeriesStroke(s, ChartStyle.line(c.dashed(), ChartStyle.nestedWidth(s, curves.size())));
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
        XYPlot plot = new XYPlot(data, dayAxis(xLabel), y, renderer);
        plot.setSeriesRenderingOrder(SeriesRenderingOrder.FORWARD);
        return ChartStyle.apply(new JFreeChart(title, null, plot, true), scale);
    }

    /** @return the smallest y span worth showing: flat lines sit mid-chart with readable ticks */
    private static double minimumSpan(double maxAbs) {
        return maxAbs > 0 && !Double.isInfinite(maxAbs) ? maxAbs * 0.05 : 1;
    }

    /** @return a days axis from the first to the last observation, ticked in quarters or months */
    private NumberAxis dayAxis(String label) {
        NumberAxis x = new NumberAxis(label);
        double lo = runs.firstDay();
        double hi = Math.max(runs.horizon(), lo + 1);
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

    /** Adds the "line = mean, shaded = band" reading guide under the title. */
    private JFreeChart withBandNote(JFreeChart chart, String extra, double scale) {
        TextTitle note = new TextTitle(replicationsNote() + (extra == null ? "" : "; " + extra));
        chart.addSubtitle(0, note);
        return ChartStyle.apply(chart, scale);
    }

    private String replicationsNote() {
        int min = Integer.MAX_VALUE;
        int max = 0;
        for (String a : arms) {
            int n = runs.replications(a);
            if (n > 0) {
                min = Math.min(min, n);
                max = Math.max(max, n);
            }
        }
        String n = min == max ? Integer.toString(max) : min + " to " + max;
        return max > 1 ? "Line: mean of " + n + " replications; shaded: 95 % confidence band"
                : "One replication: no confidence band";
    }

    private String horizonWords() {
        return String.format(Locale.ROOT, "%,d days", Math.round(runs.horizon()));
    }

    // --- 1-4: time series --------------------------------------------------------------------

    private Drawn activeCustomers() {
        Map<String, TreeMap<Double, Band>> bands = runs.levels(r -> Table.number(r, "active_customers"));
        if (bands.isEmpty()) {
            return null;
        }
        String title = "Active customers over time";
        JFreeChart chart = bandChart(title, DAYS, "Active customers", armCurves(bands), Units.COUNT, 1);
        return new Drawn("active-customers", title, "Customers with the firm on each observation day, per arm: "
                + "the line is the mean across replications, the shaded band its 95 % confidence interval.",
                ChartExport.of(withBandNote(chart, null, 1)));
    }

    private Drawn churnRate() {
        int k = runs.fourWeekWindow();
        Map<String, TreeMap<Double, Band>> bands = runs.windows(k, (run, from, to) -> {
            double days = Table.number(run.get(to), "day") - Table.number(run.get(from), "day");
            double left = Table.number(run.get(to), "churned_total") - Table.number(run.get(from), "churned_total");
            double active = 0;
            int n = 0;
            for (int j = from; j <= to; j++) {
                double a = Table.number(run.get(j), "active_customers");
                if (!Double.isNaN(a)) {
                    active += a;
                    n++;
                }
            }
            active = n > 0 ? active / n : Double.NaN;
            return days > 0 && active > 0 ? 100 * left / active * 30 / days : Double.NaN;
        });
        if (bands.isEmpty()) {
            return null;
        }
        String window = windowWords(k);
        String title = "Churn: customers leaving per 30 days";
        JFreeChart chart = bandChart(title, DAYS, "Leaving per 30 days (% of active customers)", armCurves(bands),
                Units.COUNT, 1);
        return new Drawn("churn-rate", title, "Share of active customers who left (for any reason), expressed per "
                + "30 days and averaged over " + window + " ending on each day, so that weekly noise does not hide "
                + "the trend.", ChartExport.of(withBandNote(chart, "rate over the " + window + " to each day", 1)));
    }

    private String windowWords(int k) {
        double days = runs.windowDays(k);
        return days > 0 ? String.format(Locale.ROOT, "%d days", Math.round(days)) : "the interval";
    }

    private Drawn meanLoyalty() {
        Map<String, TreeMap<Double, Band>> bands = runs.levels(r -> Table.number(r, "mean_loyalty"));
        if (bands.isEmpty()) {
            return null;
        }
        String title = "Mean loyalty of active customers over time";
        JFreeChart chart = bandChart(title, DAYS, "Mean loyalty (0 = none, 1 = full)", armCurves(bands), Units.SHARE,
                1);
        return new Drawn("mean-loyalty", title, "Attitudinal loyalty (0 to 1) averaged over the customers still "
                + "active on each day; band: 95 % confidence interval across replications.",
                ChartExport.of(withBandNote(chart, null, 1)));
    }

    private Drawn profit() {
        Map<String, TreeMap<Double, Band>> bands = runs.levels(r -> Table.number(r, "profit_cum"));
        if (bands.isEmpty()) {
            return null;
        }
        double max = bands.values().stream().flatMap(m -> m.values().stream())
                .mapToDouble(b -> Math.max(Math.abs(b.low()), Math.abs(b.high()))).filter(v -> !Double.isNaN(v))
                .max().orElse(0);
        ChartStyle.Money money = ChartStyle.Money.forMagnitude(max);
        String title = "Cumulative profit over time";
        JFreeChart chart = bandChart(title, DAYS, "Profit so far (" + money.words() + ")", armCurves(bands),
                new Units(1 / money.divisor(), Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY), 1);
        return new Drawn("profit", title, "Revenue minus every cost (goods, wages, training, hiring, recovery "
                + "gestures, special treatment, follow-ups, acquisition), accumulated from day 0, in "
                + money.words() + ".", ChartExport.of(withBandNote(chart, null, 1)));
    }

    // --- 5: churn by reason -------------------------------------------------------------------

    private Drawn churnReasons() {
        double[][] means = new double[REASONS.length][arms.size()];
        boolean any = false;
        for (int a = 0; a < arms.size(); a++) {
            String arm = arms.get(a);
            List<CSVRecord> rows = summary != null ? summary.rows().stream()
                    .filter(r -> Table.text(r, "arm").equals(arm)).toList() : List.of();
            String suffix = "";
            if (rows.isEmpty()) {
                rows = runs.finalRows(arm);
                suffix = "_total";
            }
            for (int i = 0; i < REASONS.length; i++) {
                String column = "churn_" + REASONS[i][0] + suffix;
                double[] v = rows.stream().mapToDouble(r -> Table.number(r, column)).toArray();
                double m = Band.of(v).mean();
                means[i][a] = Double.isNaN(m) ? 0 : m;
                any |= !Double.isNaN(m);
            }
        }
        if (!any) {
            return null;
        }
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        StackedBarRenderer renderer = new StackedBarRenderer();
        int s = 0;
        for (int i = 0; i < REASONS.length; i++) {
            double total = Arrays.stream(means[i]).sum();
            if (total <= 0) {
                continue; // a reason no arm produced: no empty legend entry
            }
            for (int a = 0; a < arms.size(); a++) {
                data.addValue(means[i][a], REASONS[i][1], arms.get(a));
            }
            renderer.setSeriesPaint(s, REASON_COLOURS[i]);
            renderer.setSeriesOutlinePaint(s, Color.WHITE);
            s++;
        }
        if (data.getRowCount() == 0) {
            for (String arm : arms) {
                data.addValue(0, REASONS[0][1], arm);
            }
            renderer.setSeriesPaint(0, REASON_COLOURS[0]);
        }
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setMaximumBarWidth(0.16);
        renderer.setItemMargin(0);
        renderer.setDrawBarOutline(true);
        renderer.setDefaultOutlineStroke(new java.awt.BasicStroke(1.5f));
        for (int i = 0; i < data.getRowCount(); i++) {
            renderer.setLegendShape(i, ChartStyle.swatch(22));
        }
        CategoryAxis armAxis = armAxis();
        NumberAxis y = new NumberAxis("Customers lost (mean per replication)");
        y.setUpperMargin(0.12);
        CategoryPlot plot = new CategoryPlot(data, armAxis, y, renderer);
        plot.setOrientation(PlotOrientation.VERTICAL);
        NumberFormat counts = new DecimalFormat("#,##0", java.text.DecimalFormatSymbols.getInstance(Locale.ENGLISH));
        for (int a = 0; a < arms.size(); a++) {
            double total = 0;
            for (double[] reason : means) {
                total += reason[a];
            }
            CategoryTextAnnotation label = new CategoryTextAnnotation(counts.format(total) + " in all", arms.get(a),
                    total);
            label.setFont(ChartStyle.font(ChartStyle.TICK_PX, true));
            label.setTextAnchor(TextAnchor.BOTTOM_CENTER);
            plot.addAnnotation(label);
        }
        String title = "Why customers left: exits by reason over " + horizonWords();
        JFreeChart chart = ChartStyle.apply(new JFreeChart(title, null, plot, true), 1);
        chart.getLegend().setItemFont(ChartStyle.font(24, false));
        return new Drawn("churn-reasons", title, "Customers who left over the whole horizon, by the reason "
                + "recorded at their exit: mean per replication, stacked per arm. Reasons no arm produced are left "
                + "out.", ChartExport.of(chart));
    }

    /** @return a category axis of arm names, wrapping long names */
    private static CategoryAxis armAxis() {
        CategoryAxis x = new CategoryAxis(null);
        x.setMaximumCategoryLabelLines(3);
        x.setMaximumCategoryLabelWidthRatio(1.0f);
        x.setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
        x.setCategoryMargin(0.25);
        x.setLowerMargin(0.04);
        x.setUpperMargin(0.04);
        return x;
    }

    // --- 6: survival --------------------------------------------------------------------------

    private static TreeMap<Double, Band> survivalCurve(Table survival, String arm, String type, String segment) {
        TreeMap<Double, Band> m = new TreeMap<>();
        for (CSVRecord r : survival.rows()) {
            if (Table.text(r, "arm").equals(arm) && Table.text(r, "segment_type").equals(type)
                    && Table.text(r, "segment").equals(segment)) {
                double s = Table.number(r, "survival");
                double lo = Table.number(r, "ci_low");
                double hi = Table.number(r, "ci_high");
                if (!Double.isNaN(s)) {
                    m.put(Table.number(r, "day"), new Band(s, Double.isNaN(lo) ? s : lo, Double.isNaN(hi) ? s : hi,
                            (int) Table.number(r, "at_risk")));
                }
            }
        }
        return m;
    }

    private Drawn survival(Table survival) {
        List<Curve> curves = new ArrayList<>();
        for (int i = 0; i < arms.size(); i++) {
            TreeMap<Double, Band> m = survivalCurve(survival, arms.get(i), "all", "all");
            if (!m.isEmpty()) {
                curves.add(new Curve(arms.get(i), ChartStyle.colour(i), false, m));
            }
        }
        if (curves.isEmpty()) {
            return null;
        }
        String title = "Customer survival by arm (Kaplan-Meier)";
        JFreeChart chart = bandChart(title, "Days since the customer joined", "Still with the firm (%)", curves,
                Units.PERCENT, 1);
        chart.addSubtitle(0, new TextTitle("Line: Kaplan-Meier estimate, replications pooled; shaded: 95 % "
                + "Greenwood band"));
        ChartStyle.apply(chart, 1);
        return new Drawn("survival", title, "Share of customers still with the firm by time since they joined "
                + "(initial and newly acquired customers alike), Kaplan-Meier estimate with its Greenwood 95 % band; "
                + "replications pooled.", ChartExport.of(chart));
    }

    /** Words for segment types and segments. */
    private static String segmentTypeWords(String type) {
        return switch (type) {
            case "value_tier" -> "spend tier";
            case "temperament_tier" -> "temperament";
            case "failure" -> "outcome of the first failure";
            default -> type.replace('_', ' ');
        };
    }

    private static String segmentWords(String type, String segment) {
        return switch (type + "/" + segment) {
            case "value_tier/low" -> "Low spenders";
            case "value_tier/middle" -> "Middle spenders";
            case "value_tier/high" -> "High spenders";
            case "temperament_tier/calm" -> "Calm";
            case "temperament_tier/average" -> "Average temperament";
            case "temperament_tier/volatile" -> "Volatile";
            case "failure/none" -> "No failure";
            case "failure/recovered" -> "First failure recovered";
            case "failure/unresolved" -> "First failure unresolved";
            default -> segment.isEmpty() ? "(none)" : Character.toUpperCase(segment.charAt(0))
                    + segment.substring(1).replace('_', ' ');
        };
    }

    /** Colours with a meaning: sequential for tiers, black / green / vermillion for failures. */
    private static Color segmentColour(String type, String segment, int index) {
        return switch (type + "/" + segment) {
            case "value_tier/low", "temperament_tier/calm" -> ChartStyle.SKY;
            case "value_tier/middle", "temperament_tier/average" -> ChartStyle.ORANGE;
            case "value_tier/high" -> ChartStyle.BLUE;
            case "temperament_tier/volatile", "failure/unresolved" -> ChartStyle.VERMILLION;
            case "failure/none" -> ChartStyle.BLACK;
            case "failure/recovered" -> ChartStyle.GREEN;
            default -> ChartStyle.colour(index);
        };
    }

    private Drawn survivalBySegment(Table survival, String type) {
        List<String> segments = new ArrayList<>();
        for (CSVRecord r : survival.rows()) {
            if (Table.text(r, "segment_type").equals(type) && !segments.contains(Table.text(r, "segment"))) {
                segments.add(Table.text(r, "segment"));
            }
        }
        if (segments.isEmpty()) {
            return null;
        }
        List<String> shown = panelArms(a -> segments.stream().anyMatch(
                s -> !survivalCurve(survival, a, type, s).isEmpty()));
        if (shown.isEmpty()) {
            return null;
        }
        double scale = panelScale(shown.size());
        List<JFreeChart> panels = new ArrayList<>();
        for (String arm : shown) {
            List<Curve> curves = new ArrayList<>();
            for (int s = 0; s < segments.size(); s++) {
                TreeMap<Double, Band> m = survivalCurve(survival, arm, type, segments.get(s));
                if (!m.isEmpty()) {
                    curves.add(new Curve(segmentWords(type, segments.get(s)),
                            segmentColour(type, segments.get(s), s), false, m));
                }
            }
            panels.add(bandChart(shown.size() > 1 ? arm : null, "Days since the customer joined",
                    "Still with the firm (%)", curves, Units.PERCENT, scale));
        }
        String words = segmentTypeWords(type);
        String title = "Customer survival by " + words + " (Kaplan-Meier)";
        String caption = "Share of customers still with the firm by days since they joined, per segment (by "
                + words + "): Kaplan-Meier estimate with its Greenwood 95 % band, one panel per arm"
                + omitted(shown) + "; replications pooled."
                + ("failure".equals(type) ? " Segments are each customer's state at the end of the run: "
                + "descriptive, not causal (customers who stay longer have more time to fail)." : "");
        return new Drawn("survival-" + type.replace('_', '-'), title, caption,
                panelFigure(title, "Line: Kaplan-Meier estimate, replications pooled; shaded: 95 % Greenwood band",
                        sameYRange(panels)));
    }

    /** @return the arms that get a panel: those with data, at most four */
    private List<String> panelArms(java.util.function.Predicate<String> hasData) {
        return arms.stream().filter(hasData).limit(MAX_ARM_PANELS).toList();
    }

    private String omitted(List<String> shown) {
        long more = arms.size() - shown.size();
        return more > 0 ? " (the first " + shown.size() + " arms; " + more + " more in the tables)" : "";
    }

    private static double panelScale(int panels) {
        return panels <= 1 ? 1 : panels == 2 ? 0.8 : 0.75;
    }

    /** @return the panels with one y range, so that arms compare at a glance */
    private static List<JFreeChart> sameYRange(List<JFreeChart> panels) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (JFreeChart c : panels) {
            org.jfree.data.Range r = ((XYPlot) c.getPlot()).getRangeAxis().getRange();
            lo = Math.min(lo, r.getLowerBound());
            hi = Math.max(hi, r.getUpperBound());
        }
        for (JFreeChart c : panels) {
            ((XYPlot) c.getPlot()).getRangeAxis().setRange(lo, hi);
        }
        return panels;
    }

    /** One panel per arm: alone it is the chart; otherwise a grid under one title and one legend. */
    private static ChartExport.Figure panelFigure(String title, String subtitle, List<JFreeChart> panels) {
        if (panels.size() == 1) {
            JFreeChart only = panels.get(0);
            only.setTitle(title);
            only.addSubtitle(0, new TextTitle(subtitle));
            return ChartExport.of(ChartStyle.apply(only, 1));
        }
        double scale = panelScale(panels.size());
        LegendTitle legend = ChartStyle.sharedLegend(panels.get(0).getPlot(), Math.max(scale, 0.85));
        for (JFreeChart p : panels) {
            p.removeLegend();
            p.getTitle().setFont(ChartStyle.font(ChartStyle.AXIS_LABEL_PX, Math.max(scale, 0.85), true));
        }
        return ChartExport.grid(title, subtitle, panels, panels.size() <= 2 ? panels.size() : 2, legend);
    }

    // --- 7: recovery paradox ------------------------------------------------------------------

    private Drawn recoveryParadox(Table recovery) {
        List<String> shown = panelArms(a -> recovery.rows().stream().anyMatch(r -> Table.text(r, "arm").equals(a)));
        if (shown.isEmpty()) {
            return null;
        }
        boolean comparable = recovery.rows().stream().anyMatch(r -> Table.text(r, "group")
                .equals("no_failure_comparable"));
        String[][] groups = {
            {comparable ? "no_failure_comparable" : "no_failure",
                comparable ? "Never failed (comparable customers)" : "Never failed"},
            {"recovered", "First failure recovered"},
            {"unresolved", "First failure unresolved"}};
        Color[] colours = {ChartStyle.BLACK, ChartStyle.GREEN, ChartStyle.VERMILLION};
        double scale = panelScale(shown.size());
        List<JFreeChart> panels = new ArrayList<>();
        for (String arm : shown) {
            List<Curve> curves = new ArrayList<>();
            for (int g = 0; g < groups.length; g++) {
                TreeMap<Double, Band> m = groupBands(recovery, arm, groups[g][0], "day", "mean_loyalty", "ci_low",
                        "ci_high");
                if (!m.isEmpty()) {
                    curves.add(new Curve(groups[g][1], colours[g], g == 0, m));
                }
            }
            panels.add(bandChart(shown.size() > 1 ? arm : null, DAYS, "Mean loyalty (0 to 1)", curves, Units.SHARE,
                    scale));
        }
        String title = "The service recovery paradox: loyalty by what became of the first failure";
        String caption = "Mean loyalty of active customers by what became of their first service failure, with "
                + "95 % bands across replications; one panel per arm" + omitted(shown) + ". "
                + (comparable ? "The dashed black line follows customers who never had a failure, weighted to the "
                + "recovered customers' purchase rates. " : "The dashed black line follows customers who never had "
                + "a failure. ")
                + "Where the green line runs above it, a well-recovered failure left customers more loyal than no "
                + "failure at all: the paradox holds.";
        return new Drawn("recovery-paradox", title, caption, panelFigure(title, replicationsNote(),
                sameYRange(panels)));
    }

    /**
     * @return one arm's and group's rows of a long table as bands keyed by {@code x}; a missing
     *         bound collapses onto the mean, rows without a mean are skipped
     */
    private static TreeMap<Double, Band> groupBands(Table table, String arm, String group, String x, String mean,
                                                    String low, String high) {
        TreeMap<Double, Band> m = new TreeMap<>();
        for (CSVRecord r : table.rows()) {
            if (Table.text(r, "arm").equals(arm) && Table.text(r, "group").equals(group)) {
                double mid = Table.number(r, mean);
                double lo = Table.number(r, low);
                double hi = Table.number(r, high);
                if (!Double.isNaN(mid)) {
                    m.put(Table.number(r, x), new Band(mid, Double.isNaN(lo) ? mid : lo, Double.isNaN(hi) ? mid : hi, 0));
                }
            }
        }
        return m;
    }

    private Drawn recoveryByLag(Table byLag) {
        List<String> shown = panelArms(a -> byLag.rows().stream().anyMatch(r -> Table.text(r, "arm").equals(a)));
        if (shown.isEmpty()) {
            return null;
        }
        String[][] groups = {{"recovered", "First failure recovered"}, {"unresolved", "First failure unresolved"}};
        Color[] colours = {ChartStyle.GREEN, ChartStyle.VERMILLION};
        TreeMap<Double, Band> zero = new TreeMap<>();
        zero.put(runs.firstDay(), new Band(0, 0, 0, 0));
        zero.put(runs.horizon(), new Band(0, 0, 0, 0));
        double scale = panelScale(shown.size());
        List<JFreeChart> panels = new ArrayList<>();
        for (String arm : shown) {
            List<Curve> curves = new ArrayList<>();
            curves.add(new Curve("Never failed (comparable customers)", ChartStyle.BLACK, true, zero));
            for (int g = 0; g < groups.length; g++) {
                TreeMap<Double, Band> m = groupBands(byLag, arm, groups[g][0], "days_since_failure", "gap",
                        "gap_ci_low", "gap_ci_high");
                if (!m.isEmpty()) {
                    curves.add(new Curve(groups[g][1], colours[g], false, m));
                }
            }
            panels.add(bandChart(shown.size() > 1 ? arm : null, "Days since the first failure",
                    "Loyalty gap (0 to 1 scale)", curves, Units.PLAIN, scale));
        }
        String title = "The recovery paradox in time: loyalty gap after a first failure";
        String caption = "Mean loyalty of customers whose first failure was recovered (green) or left unresolved "
                + "(vermillion), minus the mean loyalty on the same days of never-failed customers who buy as "
                + "often (the dashed zero line), by days since that failure, with 95 % bands across replications; "
                + "one panel per arm" + omitted(shown) + ". Above zero, a recovered failure left customers more "
                + "loyal than no failure at all: the paradox holds, and the panel shows for how long. Later failures of "
                + "the same customers are part of what follows, so the gap falls with time.";
        return new Drawn("recovery-by-lag", title, caption, panelFigure(title, replicationsNote(),
                sameYRange(panels)));
    }

    // --- 8: service floor ---------------------------------------------------------------------

    private Drawn serviceFloor() {
        int k = runs.fourWeekWindow();
        double scale = 0.7;
        List<JFreeChart> panels = new ArrayList<>();
        addPanel(panels, "Defensive answers", "% of answered contacts", Units.PERCENT,
                runs.windows(k, (run, from, to) -> RunSeries.weightedMean(run, from, to, "defensive_share",
                        "contacts")), scale);
        addPanel(panels, "Agent stress", "Mean stress (0 to 1)", Units.SHARE,
                runs.windows(k, (run, from, to) -> RunSeries.weightedMean(run, from, to, "agent_stress_mean", null)),
                scale);
        addPanel(panels, "Agents who quit (burnout)", "Agents, cumulative", Units.COUNT,
                runs.levels(r -> Table.number(r, "agents_quit_total")), scale);
        addPanel(panels, "Mean wait in the queue", "Minutes", Units.COUNT,
                runs.windows(k, (run, from, to) -> RunSeries.weightedMean(run, from, to, "mean_wait_minutes",
                        "contacts")), scale);
        addPanel(panels, "Calls abandoned in the queue", "% of contacts", Units.PERCENT,
                runs.windows(k, (run, from, to) -> RunSeries.ratio(run, from, to, "abandoned", "contacts")), scale);
        addPanel(panels, "Complaints resolved", "% of complaints handled", Units.PERCENT,
                runs.windows(k, (run, from, to) -> RunSeries.weightedMean(run, from, to, "resolution_rate",
                        "complaints")), scale);
        if (panels.isEmpty()) {
            return null;
        }
        LegendTitle legend = ChartStyle.sharedLegend(armLegend(arms), 1);
        panels.forEach(JFreeChart::removeLegend);
        String window = windowWords(k);
        String title = "The service floor: agents and the queue over time";
        return new Drawn("service-floor", title, "Per arm, mean across replications with 95 % bands. Rates are "
                + "averaged over the " + window + " up to each day (weighted by contacts or complaints); agents who "
                + "quit are counted from day 0.", ChartExport.grid(title, replicationsNote(),
                panels, panels.size() <= 4 ? 2 : 3, legend));
    }

    private void addPanel(List<JFreeChart> panels, String title, String yLabel, Units units,
                          Map<String, TreeMap<Double, Band>> bands, double scale) {
        List<Curve> curves = armCurves(bands);
        if (curves.isEmpty()) {
            return;
        }
        JFreeChart chart = bandChart(title, "Day", yLabel, curves, units, scale);
        NumberAxis y = (NumberAxis) ((XYPlot) chart.getPlot()).getRangeAxis();
        y.setAutoRangeIncludesZero(true);
        y.setUpperMargin(0.08);
        NumberAxis x = (NumberAxis) ((XYPlot) chart.getPlot()).getDomainAxis();
        if (x.getTickUnit().getSize() < (x.getUpperBound() - x.getLowerBound()) / 6) {
            x.setTickUnit(new NumberTickUnit(x.getTickUnit().getSize() * 2, new DecimalFormat("0")));
        }
        panels.add(chart);
    }

    // --- 9: comparison at a glance ------------------------------------------------------------

    private Drawn comparison() throws IOException {
        Table comparison = Table.readIfPresent(dir.resolve("comparison.csv"));
        if (summary == null && comparison == null) {
            return null;
        }
        record Metric(String column, String title, String unit, double factor, int decimals) {
        }
        double maxProfit = 0;
        for (String arm : arms) {
            Band b = estimate(comparison, arm, "profit");
            if (b != null) {
                maxProfit = Math.max(maxProfit, Math.max(Math.abs(b.low()), Math.abs(b.high())));
            }
        }
        ChartStyle.Money money = ChartStyle.Money.forMagnitude(maxProfit);
        String over = "over " + horizonWords();
        List<Metric> metrics = List.of(
                new Metric("retention", "Initial customers kept", "% of the initial customers", 100, 1),
                new Metric("profit", "Profit " + over, money.words(), 1 / money.divisor(),
                        money.divisor() >= 1e6 ? 2 : money.divisor() >= 1e3 ? 1 : 0),
                new Metric("mean_loyalty", "Mean loyalty at the end", "Loyalty (0 to 1)", 1, 3),
                new Metric("complaints", "Complaints " + over, "Complaints", 1, 0));
        List<JFreeChart> panels = new ArrayList<>();
        for (Metric m : metrics) {
            DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (String arm : arms) {
                Band b = estimate(comparison, arm, m.column());
                if (b == null || Double.isNaN(b.mean())) {
                    continue;
                }
                b = b.scaled(m.factor(), Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
                data.add(b.mean(), Double.isNaN(b.halfWidth()) ? 0 : b.halfWidth(), "mean with 95 % CI", arm);
                lo = Math.min(lo, b.low());
                hi = Math.max(hi, b.high());
            }
            if (data.getColumnCount() == 0) {
                continue;
            }
            NumberFormat fmt = new DecimalFormat(m.decimals() == 0 ? "#,##0" : "#,##0." + "0".repeat(m.decimals()),
                    java.text.DecimalFormatSymbols.getInstance(Locale.ENGLISH));
            NumberAxis y = new NumberAxis(m.unit());
            y.setAutoRangeIncludesZero(false);
            y.setUpperMargin(0.15);
            y.setLowerMargin(0.15);
            y.setAutoRangeMinimumSize(minimumSpan(Math.max(Math.abs(lo), Math.abs(hi))));
            PointRenderer renderer = new PointRenderer(arms, data);
            renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", fmt));
            renderer.setDefaultItemLabelsVisible(true);
            renderer.setDefaultItemLabelFont(ChartStyle.font(ChartStyle.TICK_PX, 0.8, true));
            renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3,
                    TextAnchor.CENTER_LEFT));
            renderer.setDefaultNegativeItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3,
                    TextAnchor.CENTER_LEFT));
            renderer.setItemLabelInsets(new org.jfree.chart.ui.RectangleInsets(14, 14, 14, 14));
            CategoryAxis x = armAxis();
            x.setUpperMargin(0.1);
            CategoryPlot plot = new CategoryPlot(data, x, y, renderer);
            panels.add(ChartStyle.apply(new JFreeChart(m.title(), null, plot, false), 0.8));
        }
        if (panels.isEmpty()) {
            return null;
        }
        String title = "The comparison at a glance";
        return new Drawn("comparison", title + ": mean per arm with 95 % confidence interval", "Headline results per "
                + "arm over the whole horizon: the point is the mean across replications, the whisker its 95 % "
                + "confidence interval (Student t). Each panel has its own unit and scale, which need not start at "
                + "zero; differences against the baseline, with paired intervals and p-values, are in comparison.csv.",
                ChartExport.grid(title, "Point: mean across replications; whisker: 95 % confidence interval", panels,
                        2, null));
    }

    /** @return an arm's mean and 95 % interval of a summary metric, from summary.csv, else comparison.csv */
    private Band estimate(Table comparison, String arm, String metric) {
        if (summary != null && summary.has(metric)) {
            double[] v = summary.rows().stream().filter(r -> Table.text(r, "arm").equals(arm))
                    .mapToDouble(r -> Table.number(r, metric)).toArray();
            Band b = Band.of(v);
            if (b.n() > 0) {
                return b;
            }
        }
        if (comparison != null) {
            for (CSVRecord r : comparison.rows()) {
                if (Table.text(r, "arm").equals(arm) && Table.text(r, "metric").equals(metric)) {
                    double mean = Table.number(r, "mean");
                    double lo = Table.number(r, "ci_low");
                    double hi = Table.number(r, "ci_high");
                    return new Band(mean, Double.isNaN(lo) ? mean : lo, Double.isNaN(hi) ? mean : hi,
                            (int) Table.number(r, "n"));
                }
            }
        }
        return null;
    }

    // --- 10: complaints against value (seed 001) ----------------------------------------------

    private Drawn complaintsVersusValue(Path customers) throws IOException {
        double[][] spend = {new double[1 << 16]};
        int[] count = {0};
        Table.forEachRow(customers, r -> {
            double v = Table.number(r, "value");
            if (!Double.isNaN(v)) {
                if (count[0] == spend[0].length) {
                    spend[0] = Arrays.copyOf(spend[0], spend[0].length * 2);
                }
                spend[0][count[0]++] = v;
            }
        });
        if (count[0] < 10) {
            return null;
        }
        double[] values = Arrays.copyOf(spend[0], count[0]);
        Arrays.sort(values);
        double[] cuts = new double[9];
        for (int i = 0; i < 9; i++) {
            cuts[i] = values[(int) ((i + 1) / 10.0 * (values.length - 1))];
        }
        double horizon = runs.horizon();
        int na = arms.size();
        double[][] complaints = new double[na][10];
        double[][] years = new double[na][10];
        double[][] total = new double[na][10];
        int[][] n = new int[na][10];
        Table.forEachRow(customers, r -> {
            int a = arms.indexOf(Table.text(r, "arm"));
            double v = Table.number(r, "value");
            double acquired = Table.number(r, "acquired_day");
            if (a < 0 || Double.isNaN(v) || Double.isNaN(acquired)) {
                return;
            }
            int bin = Arrays.binarySearch(cuts, v);
            bin = bin >= 0 ? bin : -bin - 1;
            double exit = Table.number(r, "exit_day");
            double c = Table.number(r, "complaints");
            complaints[a][bin] += Double.isNaN(c) ? 0 : c;
            years[a][bin] += Math.max(0, (Double.isNaN(exit) ? horizon : exit) - acquired) / 365.0;
            total[a][bin] += v;
            n[a][bin]++;
        });
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        int s = 0;
        double minX = Double.POSITIVE_INFINITY;
        double maxX = 0;
        for (int a = 0; a < na; a++) {
            XYSeries series = new XYSeries(arms.get(a), false);
            for (int b = 0; b < 10; b++) {
                if (n[a][b] > 0 && years[a][b] > 0 && total[a][b] > 0) {
                    double x = total[a][b] / n[a][b];
                    series.add(x, complaints[a][b] / years[a][b]);
                    minX = Math.min(minX, x);
                    maxX = Math.max(maxX, x);
                }
            }
            if (series.getItemCount() == 0) {
                continue;
            }
            data.addSeries(series);
            ChartStyle.series(renderer, s, ChartStyle.colour(a), false);
            // later arms draw on top with smaller dots, so arms that coincide show as nested rings
            renderer.setSeriesShape(s, ChartStyle.dot(Math.max(8, 26 - 5 * s)));
            s++;
        }
        if (data.getSeriesCount() == 0) {
            return null;
        }
        LogAxis x = new LogAxis("Spend per purchase (currency units, log scale; points: decile means)");
        x.setBase(10);
        x.setSmallestValue(1e-3);
        // ticks at 10^k x 1, 2, 4, 8...: the axis starts on the tick just below the cheapest decile
        x.setTickUnit(new NumberTickUnit(Math.log10(2)));
        x.setNumberFormatOverride(new DecimalFormat("#,##0.##"));
        x.setMinorTickCount(0);
        double decade = Math.pow(10, Math.floor(Math.log10(minX / 1.05)));
        double lower = decade * Math.pow(2, Math.floor(Math.log(minX / 1.05 / decade) / Math.log(2)));
        x.setRange(lower, Math.max(maxX * 1.15, lower * 2));
        NumberAxis y = new NumberAxis("Complaints per customer-year");
        y.setAutoRangeIncludesZero(true);
        String title = "Who complains? Complaint rate by spend per purchase";
        XYPlot plot = new XYPlot(data, x, y, renderer);
        plot.setSeriesRenderingOrder(SeriesRenderingOrder.FORWARD);
        JFreeChart chart = new JFreeChart(title, null, plot, true);
        chart.addSubtitle(0, new TextTitle("Seed 001: the customers who complain are often the ones who buy the most"));
        return new Drawn("complaints-vs-value", title, "Customers of every replication binned into ten spend "
                + "deciles (spend per purchase, in currency units, log scale); complaints per year of being a "
                + "customer. A rising line means complainers are disproportionately high-value: turning them away "
                + "loses the best customers. Where arms coincide their dots nest as rings: the policy does not change "
                + "who complains.", ChartExport.of(ChartStyle.apply(chart, 1)));
    }

    /** A legend item source of arm colours, for figures whose panels have no legend of their own. */
    static LegendItemSource armLegend(List<String> arms) {
        return () -> {
            LegendItemCollection items = new LegendItemCollection();
            for (int i = 0; i < arms.size(); i++) {
                LegendItem item = new LegendItem(arms.get(i), null, null, null, ChartStyle.legendLine(),
                        ChartStyle.line(false, ChartStyle.nestedWidth(i, arms.size())), ChartStyle.colour(i));
                items.add(item);
            }
            return items;
        };
    }
}

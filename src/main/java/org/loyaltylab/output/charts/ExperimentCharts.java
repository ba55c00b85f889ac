package org.loyaltylab.output.charts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;
import org.apache.commons.csv.CSVRecord;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.loyaltylab.stats.ConfidenceInterval;

/**
 * Draws every chart of an experiment from the tables in its results directory into
 * {@code charts/}: time series with 95 % bands across replications, churn by reason, survival,
 * the recovery paradox, the service floor, the comparison at a glance, and complaints against
 * customer value. Charts whose table is absent are skipped.
 */
public final class ExperimentCharts {
    /** One drawn chart: its file base name, title and a one-line caption. */
    public record Drawn(String name, String title, String caption, ChartExport.Figure figure) {
    }

    private static final String DAYS = "Simulated time (days)";
    private static final Map<String, String> REASONS = new LinkedHashMap<>();

    static {
        REASONS.put("churn_indifference", "Felt taken for granted (indifference)");
        REASONS.put("churn_competitor", "Won by a competitor");
        REASONS.put("churn_unresolved", "Problem not resolved");
        REASONS.put("churn_poor_handling", "Defensive answer (poor handling)");
        REASONS.put("churn_natural", "Natural (moved away)");
        REASONS.put("churn_turned_away", "Turned away by the firm");
    }

    private final Path dir;
    private final List<String> arms;
    private final Table timeseries;
    private final Table summary;

    /** Reads the tables of a results directory (timeseries.csv and summary.csv are required). */
    public ExperimentCharts(Path dir) throws IOException {
        this.dir = dir;
        timeseries = Table.readIfPresent(dir.resolve("timeseries.csv"));
        summary = Table.readIfPresent(dir.resolve("summary.csv"));
        if (timeseries == null || summary == null) {
            throw new IOException("no timeseries.csv or summary.csv in " + dir + ": is it a results directory?");
        }
        arms = summary.distinct("arm");
    }

    /** @return the arms, in experiment order */
    public List<String> arms() {
        return arms;
    }

    /** Draws every chart; writes PNG, SVG and PDF into {@code charts/}; returns them in report order. */
    public List<Drawn> drawAll() throws IOException {
        List<Drawn> drawn = new ArrayList<>();
        drawn.add(overTime("active-customers", "Active customers over time", "Customers", "active_customers", 1,
                "Customers with the firm on each day: mean across replications with its 95 % band."));
        drawn.add(churnRate());
        drawn.add(overTime("mean-loyalty", "Mean loyalty of active customers", "Loyalty (0 to 1)", "mean_loyalty", 1,
                "Attitudinal loyalty of the customers still active, 95 % band across replications."));
        drawn.add(overTime("profit", "Cumulative profit", "Profit (million currency units)", "profit_cum", 1e-6,
                "Revenue minus every cost (goods, wages, training, hiring, gestures, special treatment, follow-ups, acquisition)."));
        drawn.add(churnReasons());
        Table survival = Table.readIfPresent(dir.resolve("survival.csv"));
        if (survival != null) {
            drawn.add(survival(survival));
            for (String[] seg : new String[][] {{"value_tier", "spend tier"}, {"temperament_tier", "temperament"},
                {"failure", "first failure"}}) {
                drawn.add(survivalBySegment(survival, seg[0], seg[1]));
            }
        }
        Table recovery = Table.readIfPresent(dir.resolve("recovery.csv"));
        if (recovery != null) {
            drawn.add(recoveryParadox(recovery));
        }
        drawn.add(serviceFloor());
        drawn.add(comparison());
        Path customers = dir.resolve("customers.csv");
        if (Files.exists(customers)) {
            drawn.add(complaintsVersusValue(customers));
        }
        Path charts = dir.resolve("charts");
        Files.createDirectories(charts);
        for (Drawn d : drawn) {
            ChartExport.write(d.figure(), charts.resolve(d.name()));
        }
        return drawn;
    }

    // --- time series ------------------------------------------------------------------------

    /** Mean and 95 % interval per arm and day of a value derived from each timeseries row. */
    private Map<String, TreeMap<Double, ConfidenceInterval>> bands(ToDoubleFunction<CSVRecord> value) {
        Map<String, TreeMap<Double, List<Double>>> raw = new LinkedHashMap<>();
        for (CSVRecord r : timeseries.rows()) {
            double v = value.applyAsDouble(r);
            if (!Double.isNaN(v)) {
                raw.computeIfAbsent(r.get("arm"), k -> new TreeMap<>())
                        .computeIfAbsent(Table.number(r, "day"), k -> new ArrayList<>()).add(v);
            }
        }
        Map<String, TreeMap<Double, ConfidenceInterval>> out = new LinkedHashMap<>();
        raw.forEach((arm, days) -> {
            TreeMap<Double, ConfidenceInterval> m = new TreeMap<>();
            days.forEach((day, vs) -> m.put(day, ConfidenceInterval.studentT(
                    vs.stream().mapToDouble(Double::doubleValue).toArray(), 0.95)));
            out.put(arm, m);
        });
        return out;
    }

    private JFreeChart bandChart(String title, String yLabel, Map<String, TreeMap<Double, ConfidenceInterval>> bands,
                                 double scale) {
        return bandChart(title, yLabel, bands, scale, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
    }

    /** A line per arm with its band, the band clamped to the metric's possible range [floor, ceiling]. */
    private JFreeChart bandChart(String title, String yLabel, Map<String, TreeMap<Double, ConfidenceInterval>> bands,
                                 double scale, double floor, double ceiling) {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        DeviationRenderer renderer = new DeviationRenderer(true, false);
        int s = 0;
        for (String arm : arms) {
            TreeMap<Double, ConfidenceInterval> m = bands.get(arm);
            if (m == null) {
                continue;
            }
            YIntervalSeries series = new YIntervalSeries(arm);
            m.forEach((day, ci) -> {
                double lo = Double.isNaN(ci.lower()) ? ci.mean() : ci.lower();
                double hi = Double.isNaN(ci.upper()) ? ci.mean() : ci.upper();
                series.add(day, ci.mean() * scale, Math.max(floor, lo * scale), Math.min(ceiling, hi * scale));
            });
            data.addSeries(series);
            int colour = arms.indexOf(arm);
            renderer.setSeriesPaint(s, ChartStyle.colour(colour));
            renderer.setSeriesFillPaint(s, ChartStyle.translucent(colour, 60));
            renderer.setSeriesStroke(s, ChartStyle.line(false));
            s++;
        }
        renderer.setAlpha(0.25f);
        NumberAxis x = new NumberAxis(DAYS);
        NumberAxis y = new NumberAxis(yLabel);
        y.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(data, x, y, renderer);
        return new JFreeChart(title, null, plot, true);
    }

    private Drawn overTime(String name, String title, String yLabel, String column, double scale, String caption) {
        JFreeChart chart = bandChart(title, yLabel, bands(r -> Table.number(r, column)), scale);
        return new Drawn(name, title, caption, ChartExport.of(ChartStyle.apply(chart, 1)));
    }

    private Drawn churnRate() {
        Map<String, CSVRecord> previous = new LinkedHashMap<>();
        Map<String, TreeMap<Double, ConfidenceInterval>> bands = bands(r -> {
            String key = r.get("arm") + "/" + r.get("replication");
            CSVRecord before = previous.put(key, r);
            if (before == null) {
                return Double.NaN;
            }
            double days = Table.number(r, "day") - Table.number(before, "day");
            double left = Table.number(r, "churned_total") - Table.number(before, "churned_total");
            double base = Table.number(before, "active_customers");
            return days <= 0 || base <= 0 ? Double.NaN : 100 * left / base * 30 / days;
        });
        String title = "Churn rate";
        JFreeChart chart = bandChart(title, "Customers leaving per 30 days (% of active)", bands, 1, 0,
                Double.POSITIVE_INFINITY);
        return new Drawn("churn-rate", title, "Share of active customers who leave, per 30 days, for any reason.",
                ChartExport.of(ChartStyle.apply(chart, 1)));
    }

    // --- churn by reason --------------------------------------------------------------------

    private Drawn churnReasons() {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Map.Entry<String, String> reason : REASONS.entrySet()) {
            if (!summary.has(reason.getKey())) {
                continue;
            }
            for (String arm : arms) {
                double mean = summary.rows().stream().filter(r -> r.get("arm").equals(arm))
                        .mapToDouble(r -> Table.number(r, reason.getKey())).average().orElse(0);
                data.addValue(mean, reason.getValue(), arm);
            }
        }
        String title = "Why customers left, by arm";
        org.jfree.chart.axis.CategoryAxis armAxis = new org.jfree.chart.axis.CategoryAxis("Arm");
        armAxis.setMaximumCategoryLabelLines(3);
        armAxis.setMaximumCategoryLabelWidthRatio(1.0f);
        JFreeChart chart = new JFreeChart(title, null, new CategoryPlot(data, armAxis,
                new NumberAxis("Customers lost over the horizon (mean)"), new StackedBarRenderer()), true);
        CategoryPlot plot = (CategoryPlot) chart.getPlot();
        StackedBarRenderer r = (StackedBarRenderer) plot.getRenderer();
        r.setBarPainter(new org.jfree.chart.renderer.category.StandardBarPainter());
        r.setShadowVisible(false);
        for (int i = 0; i < data.getRowCount(); i++) {
            r.setSeriesPaint(i, ChartStyle.colour(i));
        }
        plot.setOrientation(PlotOrientation.VERTICAL);
        ChartStyle.apply(chart, 1);
        chart.getLegend().setItemFont(ChartStyle.font(22, false));
        return new Drawn("churn-reasons", title, "Exits over the whole horizon by reason, mean across replications.",
                ChartExport.of(chart));
    }

    // --- survival ---------------------------------------------------------------------------

    private JFreeChart survivalChart(String title, Table survival, String type, List<String[]> curves) {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        DeviationRenderer renderer = new DeviationRenderer(true, false);
        int s = 0;
        for (String[] c : curves) {
            YIntervalSeries series = new YIntervalSeries(c[2]);
            for (CSVRecord r : survival.rows()) {
                if (r.get("arm").equals(c[0]) && r.get("segment_type").equals(type) && r.get("segment").equals(c[1])) {
                    series.add(Table.number(r, "day"), 100 * Table.number(r, "survival"),
                            100 * Table.number(r, "ci_low"), 100 * Table.number(r, "ci_high"));
                }
            }
            if (series.getItemCount() == 0) {
                continue;
            }
            data.addSeries(series);
            int colour = Integer.parseInt(c[3]);
            renderer.setSeriesPaint(s, ChartStyle.colour(colour));
            renderer.setSeriesFillPaint(s, ChartStyle.translucent(colour, 60));
            renderer.setSeriesStroke(s, ChartStyle.line("dashed".equals(c[4])));
            s++;
        }
        renderer.setAlpha(0.25f);
        NumberAxis y = new NumberAxis("Customers still with the firm (%)");
        y.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(data, new NumberAxis("Days since acquisition"), y, renderer);
        return new JFreeChart(title, null, plot, true);
    }

    private Drawn survival(Table survival) {
        List<String[]> curves = new ArrayList<>();
        for (int i = 0; i < arms.size(); i++) {
            curves.add(new String[] {arms.get(i), "all", arms.get(i), Integer.toString(i), "solid"});
        }
        String title = "Customer survival by arm (Kaplan-Meier)";
        return new Drawn("survival", title, "Share of customers still with the firm by time since acquisition, "
                + "with Greenwood 95 % bands; replications pooled.",
                ChartExport.of(ChartStyle.apply(survivalChart(title, survival, "all", curves), 1)));
    }

    private Drawn survivalBySegment(Table survival, String type, String words) {
        List<String> segments = new ArrayList<>();
        for (CSVRecord r : survival.rows()) {
            if (r.get("segment_type").equals(type) && !segments.contains(r.get("segment"))) {
                segments.add(r.get("segment"));
            }
        }
        List<String[]> curves = new ArrayList<>();
        List<String> shown = arms.subList(0, Math.min(2, arms.size()));
        for (int a = 0; a < shown.size(); a++) {
            for (int s = 0; s < segments.size(); s++) {
                String label = segments.get(s) + (shown.size() > 1 ? " (" + shown.get(a) + ")" : "");
                curves.add(new String[] {shown.get(a), segments.get(s), label, Integer.toString(s),
                    a == 0 ? "solid" : "dashed"});
            }
        }
        String title = "Customer survival by " + words;
        String caption = "Kaplan-Meier survival per " + words + " segment"
                + (shown.size() > 1 ? " for " + shown.get(0) + " (solid) and " + shown.get(1) + " (dashed)" : "")
                + ", with Greenwood 95 % bands."
                + ("failure".equals(type) ? " Segments are the state at the end of the run: descriptive, not causal." : "");
        return new Drawn("survival-" + type.replace('_', '-'), title, caption,
                ChartExport.of(ChartStyle.apply(survivalChart(title, survival, type, curves), 1)));
    }

    // --- recovery paradox -------------------------------------------------------------------

    private Drawn recoveryParadox(Table recovery) {
        String[][] groups = {{"no_failure_comparable", "Never failed (comparable customers)"},
            {"recovered", "First failure recovered"}, {"unresolved", "First failure unresolved"}};
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        DeviationRenderer renderer = new DeviationRenderer(true, false);
        List<String> shown = arms.subList(0, Math.min(2, arms.size()));
        int s = 0;
        for (int a = 0; a < shown.size(); a++) {
            for (int g = 0; g < groups.length; g++) {
                YIntervalSeries series = new YIntervalSeries(groups[g][1] + (shown.size() > 1 ? " (" + shown.get(a) + ")" : ""));
                for (CSVRecord r : recovery.rows()) {
                    if (r.get("arm").equals(shown.get(a)) && r.get("group").equals(groups[g][0])) {
                        double m = Table.number(r, "mean_loyalty");
                        double lo = Table.number(r, "ci_low");
                        double hi = Table.number(r, "ci_high");
                        series.add(Table.number(r, "day"), m, Double.isNaN(lo) ? m : lo, Double.isNaN(hi) ? m : hi);
                    }
                }
                data.addSeries(series);
                renderer.setSeriesPaint(s, ChartStyle.colour(g));
                renderer.setSeriesFillPaint(s, ChartStyle.translucent(g, 60));
                renderer.setSeriesStroke(s, ChartStyle.line(a == 1));
                s++;
            }
        }
        renderer.setAlpha(0.25f);
        NumberAxis y = new NumberAxis("Mean loyalty (0 to 1)");
        y.setAutoRangeIncludesZero(false);
        String title = "The service recovery paradox: loyalty after a failure";
        JFreeChart chart = new JFreeChart(title, null, new XYPlot(data, new NumberAxis(DAYS), y, renderer), true);
        String caption = "Mean loyalty of active customers by what became of their first failure"
                + (shown.size() > 1 ? ", " + shown.get(0) + " solid, " + shown.get(1) + " dashed" : "")
                + ". Comparable customers: those who never failed, weighted to the recovered customers' purchase "
                + "rates. Above that line means the paradox holds.";
        return new Drawn("recovery-paradox", title, caption, ChartExport.of(ChartStyle.apply(chart, 1)));
    }

    // --- service floor ----------------------------------------------------------------------

    private Drawn serviceFloor() {
        double panel = 0.62;
        List<JFreeChart> charts = new ArrayList<>();
        charts.add(ChartStyle.apply(bandChart("Defensive answers", "% of contacts",
                bands(r -> 100 * Table.number(r, "defensive_share")), 1, 0, 100), panel));
        charts.add(ChartStyle.apply(bandChart("Agent stress", "Mean stress (0 to 1)",
                bands(r -> Table.number(r, "agent_stress_mean")), 1, 0, 1), panel));
        charts.add(ChartStyle.apply(bandChart("Agents quit (burnout)", "Agents, cumulative",
                bands(r -> Table.number(r, "agents_quit_total")), 1, 0, Double.POSITIVE_INFINITY), panel));
        charts.add(ChartStyle.apply(bandChart("Mean wait", "Minutes",
                bands(r -> Table.number(r, "mean_wait_minutes")), 1, 0, Double.POSITIVE_INFINITY), panel));
        charts.add(ChartStyle.apply(bandChart("Abandoned calls", "% of contacts", bands(r -> {
            double contacts = Table.number(r, "contacts");
            return contacts > 0 ? 100 * Table.number(r, "abandoned") / contacts : Double.NaN;
        }), 1, 0, 100), panel));
        charts.add(ChartStyle.apply(bandChart("Complaints resolved", "% of complaints served",
                bands(r -> 100 * Table.number(r, "resolution_rate")), 1, 0, 100), panel));
        for (int i = 1; i < charts.size(); i++) {
            charts.get(i).removeLegend();
        }
        charts.get(0).getLegend().setItemFont(ChartStyle.font(18, false));
        return new Drawn("service-floor", "The service floor", "Per observation interval, mean across replications "
                + "with 95 % bands; the legend in the first panel holds for all.", ChartExport.grid(charts, 3));
    }

    // --- comparison -------------------------------------------------------------------------

    private Drawn comparison() {
        String[][] metrics = {{"retention", "Retention of the initial base", "%", "100"},
            {"profit", "Profit over the horizon", "Million currency units", "1e-6"},
            {"mean_loyalty", "Mean loyalty at the end", "Loyalty (0 to 1)", "1"},
            {"complaints", "Complaints over the horizon", "Complaints", "1"}};
        List<JFreeChart> charts = new ArrayList<>();
        for (String[] m : metrics) {
            DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
            double scale = Double.parseDouble(m[3]);
            for (String arm : arms) {
                double[] v = summary.rows().stream().filter(r -> r.get("arm").equals(arm))
                        .mapToDouble(r -> Table.number(r, m[0]) * scale).toArray();
                ConfidenceInterval ci = ConfidenceInterval.studentT(v, 0.95);
                data.add(ci.mean(), Double.isNaN(ci.halfWidth()) ? 0 : ci.halfWidth(), "mean with 95 % CI", arm);
            }
            NumberAxis y = new NumberAxis(m[2]);
            y.setAutoRangeIncludesZero(false);
            org.jfree.chart.axis.CategoryAxis x = new org.jfree.chart.axis.CategoryAxis(null);
            x.setMaximumCategoryLabelLines(3);
            x.setMaximumCategoryLabelWidthRatio(1.0f);
            CategoryPlot plot = new CategoryPlot(data, x, y, new ColouredBarRenderer());
            JFreeChart chart = new JFreeChart(m[1], null, plot, false);
            charts.add(ChartStyle.apply(chart, 0.7));
        }
        return new Drawn("comparison", "The comparison at a glance", "Mean across replications per arm, whiskers "
                + "the 95 % confidence interval (Student t).", ChartExport.grid(charts, 2));
    }

    // --- complaints against value (seed 001) ---------------------------------------------------

    private Drawn complaintsVersusValue(Path customers) throws IOException {
        List<Double> spend = new ArrayList<>();
        Table.forEachRow(customers, r -> spend.add(Table.number(r, "value")));
        double[] values = spend.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double[] cuts = new double[9];
        for (int i = 0; i < 9; i++) {
            cuts[i] = values[(int) ((i + 1) / 10.0 * (values.length - 1))];
        }
        double horizon = timeseries.rows().stream().mapToDouble(r -> Table.number(r, "day")).max().orElse(1);
        double[][] complaints = new double[arms.size()][10];
        double[][] years = new double[arms.size()][10];
        double[][] total = new double[arms.size()][10];
        int[][] n = new int[arms.size()][10];
        Table.forEachRow(customers, r -> {
            int a = arms.indexOf(r.get("arm"));
            double v = Table.number(r, "value");
            int bin = Arrays.binarySearch(cuts, v);
            bin = bin >= 0 ? bin : -bin - 1;
            double exit = Table.number(r, "exit_day");
            complaints[a][bin] += Table.number(r, "complaints");
            years[a][bin] += ((Double.isNaN(exit) ? horizon : exit) - Table.number(r, "acquired_day")) / 365.0;
            total[a][bin] += v;
            n[a][bin]++;
        });
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        for (int a = 0; a < arms.size(); a++) {
            XYSeries series = new XYSeries(arms.get(a));
            for (int b = 0; b < 10; b++) {
                if (n[a][b] > 0 && years[a][b] > 0) {
                    series.add(total[a][b] / n[a][b], complaints[a][b] / years[a][b]);
                }
            }
            data.addSeries(series);
            renderer.setSeriesPaint(a, ChartStyle.colour(a));
            renderer.setSeriesStroke(a, ChartStyle.line(false));
            renderer.setSeriesShape(a, new java.awt.geom.Ellipse2D.Double(-7, -7, 14, 14));
        }
        NumberAxis x = new NumberAxis("Spend per purchase (currency units, mean of each spend decile)");
        NumberAxis y = new NumberAxis("Complaints per customer-year");
        String title = "Who complains? Complaint rate by customer value";
        JFreeChart chart = new JFreeChart(title, null, new XYPlot(data, x, y, renderer), true);
        chart.addSubtitle(new TextTitle("Seed 001: the customers who complain are often the ones who buy the most"));
        return new Drawn("complaints-vs-value", title, "Customers binned into spend deciles; complaints per year of "
                + "being a customer. A rising line means complainers are disproportionately high-value.",
                ChartExport.of(ChartStyle.apply(chart, 1)));
    }
}

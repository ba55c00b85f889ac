package org.loyaltylab.output.charts.experiment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemSource;
import org.loyaltylab.output.charts.ChartExport;
import org.loyaltylab.output.io.ParallelWrites;
import org.loyaltylab.output.charts.ChartStyle;
import org.loyaltylab.output.charts.Table;

/**
 * Draws every chart of an experiment from the tables in its results directory into
 * {@code charts/} (PNG 1600 x 900, SVG, PDF), and on request again as slides ({@link #drawSlides}):
 * time series per arm with 95 % bands across replications, churn by reason, Kaplan-Meier survival, the recovery paradox, the service
 * floor, the comparison at a glance, and complaints against spend, one class each.
 * {@code timeseries.csv} is required; a chart whose table ({@code summary.csv},
 * {@code customers.csv.gz} or {@code .csv}, {@code comparison.csv}, {@code survival.csv}, {@code recovery.csv}) is
 * absent is skipped. Arm i always has colour i of {@link ChartStyle}'s palette, in the
 * experiment's arm order; categories have colours of their own
 * ({@link org.loyaltylab.output.charts.Categories}). Charts with one panel per arm show every arm.
 */
public final class ExperimentCharts {
    /**
     * One drawn chart.
     *
     * @param name    file base name in {@code charts/} (and the figure's id in the report)
     * @param title   what the chart shows
     * @param caption how to read it, in a sentence or two
     * @param figure  the drawing
     * @param parts   what the drawing is made of, for slides and for tests
     */
    public record Drawn(String name, String title, String caption, ChartExport.Figure figure, Parts parts) {
        /** @return a chart of one JFreeChart, which carries its own title, subtitles and legend */
        static Drawn single(String name, String title, String caption, String finding, JFreeChart chart) {
            return new Drawn(name, title, caption, ChartExport.of(chart), new Parts(finding, null, List.of(chart),
                    null));
        }
    }

    /**
     * What a figure is made of.
     *
     * @param finding what the data show, in words (a slide's title)
     * @param note    the line under the figure's title (reading guide, caveat), or null when the
     *                figure is one chart that carries its own
     * @param panels  the charts drawn, one or several
     * @param legend  the legend shared by several panels, or null
     */
    public record Parts(String finding, String note, List<JFreeChart> panels, LegendItemSource legend) {
        /** Copies the panels. */
        public Parts {
            panels = List.copyOf(panels);
        }
    }

    /** Every chart name, in report order; charts whose table is absent are left out of a run. */
    public static final List<String> ALL = List.of("active-customers", "churn-rate", "mean-loyalty", "profit",
            "churn-reasons", "survival", "survival-value-tier", "survival-temperament-tier", "survival-failure",
            "recovery-paradox", "recovery-by-lag", "service-floor", "comparison", "replications", "complaints-vs-value");

    /** Segment types of survival.csv drawn first, in this order; any others follow. */
    private static final List<String> SEGMENT_TYPES = List.of("value_tier", "temperament_tier", "failure");

    private final ExperimentTables tables;

    /** Reads the tables of a results directory; arms are coloured in order of appearance. */
    public ExperimentCharts(Path dir) throws IOException {
        this(dir, List.of());
    }

    /**
     * Reads the tables of a results directory.
     *
     * @param armOrder the experiment's arms in order (arm i gets colour i); arms found in the
     *                 tables but not listed follow in order of appearance
     * @throws IOException if the directory has no {@code timeseries.csv} or a table cannot be read
     */
    public ExperimentCharts(Path dir, List<String> armOrder) throws IOException {
        this(dir, armOrder, 0);
    }

    /**
     * As {@link #ExperimentCharts(Path, List)}, shading the warm-up on every chart over simulated time.
     *
     * @param warmupDays the days left out of the statistics ({@code simulation.warmup_days}), 0 for none
     */
    public ExperimentCharts(Path dir, List<String> armOrder, int warmupDays) throws IOException {
        tables = new ExperimentTables(dir, armOrder, warmupDays);
    }

    /** @return the arms, in colour order */
    public List<String> arms() {
        return tables.arms();
    }

    /** @return the last observation day */
    public double horizon() {
        return tables.series().horizon();
    }

    /**
     * Draws every chart whose tables are present; writes PNG, SVG and PDF into {@code charts/}.
     * Each job reads its tables, makes its chart and writes its files; the jobs start in reverse
     * report order, so that the complaints chart, which reads the customer table, starts first.
     *
     * @param threads draw that many charts at once (each chart on one thread)
     * @return the charts drawn, in report order
     */
    public List<Drawn> drawAll(int threads) throws IOException {
        List<ExperimentChart> all = hasSeries() ? all() : List.of();
        Drawn[] drawn = new Drawn[all.size()];
        Path charts = tables.dir().resolve("charts");
        Files.createDirectories(charts);
        List<ParallelWrites.Job> jobs = new ArrayList<>();
        for (int i = all.size() - 1; i >= 0; i--) {
            int at = i;
            jobs.add(() -> {
                drawn[at] = all.get(at).draw(tables);
                if (drawn[at] != null) {
                    ChartExport.write(drawn[at].figure(), charts.resolve(drawn[at].name()));
                }
            });
        }
        ParallelWrites.run(jobs, threads);
        return Arrays.stream(drawn).filter(Objects::nonNull).toList();
    }

    /**
     * Draws every chart again for a projector into {@code charts/slides/} (PNG 1920 x 1080, see
     * {@link SlideDeck}).
     *
     * @return the slides' files, in order
     */
    public List<Path> drawSlides() throws IOException {
        List<SlideDeck.Slide> slides = SlideDeck.slides(charts());
        Path dir = tables.dir().resolve("charts").resolve("slides");
        SlideDeck.write(slides, dir);
        return slides.stream().map(s -> dir.resolve(s.name() + ".png")).toList();
    }

    /** @return every chart whose tables are present, in report order, without writing files */
    public List<Drawn> charts() throws IOException {
        List<Drawn> drawn = new ArrayList<>();
        if (!hasSeries()) {
            return drawn;
        }
        for (ExperimentChart chart : all()) {
            Drawn d = chart.draw(tables);
            if (d != null) {
                drawn.add(d);
            }
        }
        return drawn;
    }

    /** @return whether there is anything to draw: arms with a time series */
    private boolean hasSeries() {
        return !tables.arms().isEmpty() && !tables.series().arms().isEmpty();
    }

    /** @return every chart, in report order: one survival chart per segment type in survival.csv */
    private List<ExperimentChart> all() throws IOException {
        List<ExperimentChart> all = new ArrayList<>(List.of(LevelChart.ACTIVE_CUSTOMERS, new ChurnRateChart(),
                LevelChart.MEAN_LOYALTY, new ProfitChart(), new ChurnReasonsChart(), new SurvivalChart()));
        Table survival = tables.table("survival.csv");
        if (survival != null) {
            List<String> types = new ArrayList<>(SEGMENT_TYPES);
            survival.distinct("segment_type").stream().filter(t -> !t.equals("all") && !types.contains(t))
                    .forEach(types::add);
            types.forEach(type -> all.add(new SurvivalBySegmentChart(type)));
        }
        all.addAll(List.of(new RecoveryParadoxChart(), new RecoveryByLagChart(), new ServiceFloorChart(),
                new ComparisonChart(), new ReplicationsChart(), new ComplaintsVersusValueChart()));
        return all;
    }
}

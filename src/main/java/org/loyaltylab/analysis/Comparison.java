package org.loyaltylab.analysis;

import static org.loyaltylab.model.metric.SummaryMetrics.*;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.loyaltylab.experiment.Contrast;
import org.loyaltylab.model.customer.ExitReason;
import org.loyaltylab.model.metric.Metric;
import org.loyaltylab.model.metric.SummaryMetrics;
import org.loyaltylab.stats.ConfidenceInterval;
import org.loyaltylab.stats.PairedComparison;

/**
 * Every arm's headline metrics with 95 % intervals, every arm against the baseline arm, and
 * the experiment's contrasts (by default the same arm-vs-baseline pairs), with paired
 * statistics: replications share common random numbers, so replication r of each arm is paired
 * with replication r of the others; an interaction (a - b) - (c - d) pairs (a - b) with (c - d).
 */
public final class Comparison {
    /** Metrics compared, in order. */
    public static final List<Metric> METRICS = Stream.concat(Stream.of(RETENTION, ACTIVE_CUSTOMERS, CHURNED_TOTAL,
            MEAN_LOYALTY, PROFIT, REVENUE, COST, COMPLAINTS, DEFENSIVE_SHARE, RESOLUTION_RATE, MEAN_WAIT_MINUTES,
            P_WAIT, P_ABANDON, AGENTS_QUIT, AGENT_STRESS_AVG),
            Arrays.stream(ExitReason.values()).map(SummaryMetrics::churned)).toList();
    private static final double LEVEL = 0.95;

    /**
     * One arm and metric.
     *
     * @param arm       the arm
     * @param metric    the metric
     * @param estimate  the mean over replications with its interval
     * @param baseline  the baseline arm's name
     * @param versus    the paired comparison with the baseline, null for the baseline itself
     */
    public record Row(String arm, Metric metric, ConfidenceInterval estimate, String baseline,
                      PairedComparison versus) {
    }

    /**
     * One contrast and metric.
     *
     * @param contrast the contrast
     * @param metric   the metric
     * @param paired   the paired comparison of the contrast's two sides
     */
    public record ContrastRow(Contrast contrast, Metric metric, PairedComparison paired) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final List<ContrastRow> contrastRows = new ArrayList<>();
    private final List<Contrast> contrasts;
    private final boolean declared;
    private final String baseline;

    /**
     * Compares every arm with the baseline (the default contrasts).
     *
     * @param samples  the runs by arm
     * @param baseline the baseline arm's name
     */
    public Comparison(ArmSamples samples, String baseline) {
        this(samples, baseline, List.of());
    }

    /**
     * @param samples   the runs by arm
     * @param baseline  the baseline arm's name
     * @param declared  the contrasts the experiment declares; if empty, every arm against the baseline
     */
    public Comparison(ArmSamples samples, String baseline, List<Contrast> declared) {
        this.baseline = baseline;
        this.declared = !declared.isEmpty();
        this.contrasts = this.declared ? List.copyOf(declared) : samples.arms().stream()
                .filter(a -> !a.equals(baseline)).map(a -> Contrast.pair(a, baseline)).toList();
        for (String arm : samples.arms()) {
            for (Metric metric : METRICS) {
                double[] values = samples.metric(arm, metric);
                PairedComparison versus = null;
                if (!arm.equals(baseline)) {
                    double[] base = samples.metric(baseline, metric);
                    int n = Math.min(values.length, base.length);
                    versus = PairedComparison.of(Arrays.copyOf(values, n), Arrays.copyOf(base, n),
                            LEVEL);
                }
                rows.add(new Row(arm, metric, ConfidenceInterval.studentT(values, LEVEL), baseline, versus));
            }
        }
        for (Contrast c : contrasts) {
            for (Metric metric : METRICS) {
                contrastRows.add(new ContrastRow(c, metric, paired(samples, c, metric)));
            }
        }
    }

    /**
     * @return the paired comparison of a contrast's sides over the replications all its arms
     *         share: a against b, or (a - b) against (c - d)
     */
    static PairedComparison paired(ArmSamples samples, Contrast c, Metric metric) {
        List<double[]> x = c.arms().stream().map(a -> samples.metric(a, metric)).toList();
        int n = x.stream().mapToInt(v -> v.length).min().orElse(0);
        if (!c.isInteraction()) {
            return PairedComparison.of(Arrays.copyOf(x.get(0), n), Arrays.copyOf(x.get(1), n), LEVEL);
        }
        double[] gap = new double[n];
        double[] reference = new double[n];
        for (int r = 0; r < n; r++) {
            gap[r] = x.get(0)[r] - x.get(1)[r];
            reference[r] = x.get(2)[r] - x.get(3)[r];
        }
        return PairedComparison.of(gap, reference, LEVEL);
    }

    /** @return the contrasts answered: those declared, else every arm against the baseline */
    public List<Contrast> contrasts() {
        return contrasts;
    }

    /** @return true if the experiment declared its contrasts */
    public boolean declared() {
        return declared;
    }

    /** @return the rows of the contrasts, by contrast then metric */
    public List<ContrastRow> contrastRows() {
        return contrastRows;
    }

    /** @return the paired comparison of one contrast and metric */
    public PairedComparison contrast(Contrast c, Metric metric) {
        return contrastRows.stream().filter(r -> r.contrast().equals(c) && r.metric().equals(metric)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no contrast " + c.name() + "/" + metric)).paired();
    }

    /** @return the rows, by arm then metric */
    public List<Row> rows() {
        return rows;
    }

    /** @return the baseline arm's name */
    public String baseline() {
        return baseline;
    }

    /** @return the row of one arm and metric */
    public Row row(String arm, Metric metric) {
        return rows.stream().filter(r -> r.arm().equals(arm) && r.metric().equals(metric)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no row " + arm + "/" + metric));
    }
}

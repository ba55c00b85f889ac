package org.loyaltylab.analysis;

import static org.loyaltylab.model.metric.SummaryMetrics.*;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.loyaltylab.model.customer.ExitReason;
import org.loyaltylab.model.metric.Metric;
import org.loyaltylab.model.metric.SummaryMetrics;
import org.loyaltylab.stats.ConfidenceInterval;
import org.loyaltylab.stats.PairedComparison;

/**
 * Every arm's headline metrics with 95 % intervals, and every arm against the baseline arm
 * with paired statistics (replications share common random numbers).
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

    private final List<Row> rows = new ArrayList<>();
    private final String baseline;

    /**
     * @param samples  the runs by arm
     * @param baseline the baseline arm's name
     */
    public Comparison(ArmSamples samples, String baseline) {
        this.baseline = baseline;
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

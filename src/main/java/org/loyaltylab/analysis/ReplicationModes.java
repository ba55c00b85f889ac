package org.loyaltylab.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.loyaltylab.model.metric.Metric;
import org.loyaltylab.model.metric.SummaryMetrics;

/**
 * Replications of one arm that split into two groups far apart, which a mean and its interval
 * hide: e.g. agents quit in 2 of 20 replications and in none of the others (a burnout spiral that
 * only some seeds set off). The rule: sort the replications' values and cut at the widest gap
 * between neighbours; the arm splits when that gap is at least {@value #GAPS} pooled
 * within-group standard deviations and more than {@value #RELATIVE} of the largest absolute
 * value (so that rounding noise never splits; for whole numbers, such as agents who quit, the
 * standard deviation is at least that of rounding, so that 6 and 7 quits are one group), in at
 * least {@value #MIN_REPLICATIONS} replications. Values from one normal distribution split by this rule in 0.25 % of samples of
 * 10 and in none of 40,000 samples of 20 (measured by simulation), so a split found is worth a
 * look at the replications themselves (the "replications" chart).
 *
 * @param arm          the arm
 * @param metric       the summary figure
 * @param replications the arm's replications
 * @param minority     the replications of the smaller group (the high group when both are as large)
 * @param minorityMean the smaller group's mean
 * @param majorityMean the larger group's mean
 */
public record ReplicationModes(String arm, Metric metric, int replications, int minority, double minorityMean,
                               double majorityMean) {
    /** The least replications in which a split is looked for. */
    public static final int MIN_REPLICATIONS = 10;
    /** The widest gap must be at least this many pooled within-group standard deviations. */
    static final double GAPS = 6;
    /** The least within-group standard deviation of whole numbers: that of rounding, 1 / sqrt(12). */
    static final double ROUNDING = 1 / Math.sqrt(12);
    /** ... and at least this share of the largest absolute value. */
    static final double RELATIVE = 0.01;
    /** The summary figures a split is looked for in: the headline figures and the agents'. */
    public static final List<Metric> HEADLINE = List.of(SummaryMetrics.RETENTION, SummaryMetrics.ACTIVE_CUSTOMERS,
            SummaryMetrics.PROFIT, SummaryMetrics.AGENTS_QUIT, SummaryMetrics.AGENT_STRESS_AVG);

    /**
     * @param values the metric's value in each replication (NaN values are left out)
     * @return the split, if the replications split by the rule above
     */
    public static Optional<ReplicationModes> of(String arm, Metric metric, double[] values) {
        double[] x = Arrays.stream(values).filter(v -> !Double.isNaN(v)).sorted().toArray();
        int n = x.length;
        if (n < MIN_REPLICATIONS) {
            return Optional.empty();
        }
        int cut = 1;
        for (int i = 2; i < n; i++) {
            if (x[i] - x[i - 1] > x[cut] - x[cut - 1]) {
                cut = i;
            }
        }
        double gap = x[cut] - x[cut - 1];
        double low = mean(x, 0, cut);
        double high = mean(x, cut, n);
        double squares = 0;
        for (int i = 0; i < n; i++) {
            double d = x[i] - (i < cut ? low : high);
            squares += d * d;
        }
        double within = Math.max(n > 2 ? Math.sqrt(squares / (n - 2)) : 0,
                Arrays.stream(x).allMatch(v -> v == Math.rint(v)) ? ROUNDING : 0);
        double largest = Math.max(Math.abs(x[0]), Math.abs(x[n - 1]));
        if (!(gap >= GAPS * within && gap > RELATIVE * largest)) {
            return Optional.empty();
        }
        boolean lowIsMinority = cut < n - cut;
        return Optional.of(new ReplicationModes(arm, metric, n, lowIsMinority ? cut : n - cut,
                lowIsMinority ? low : high, lowIsMinority ? high : low));
    }

    /** @return the splits of every arm in the {@link #HEADLINE} figures, arm by arm */
    public static List<ReplicationModes> find(ArmSamples samples) {
        List<ReplicationModes> found = new ArrayList<>();
        for (String arm : samples.arms()) {
            for (Metric m : HEADLINE) {
                of(arm, m, samples.metric(arm, m)).ifPresent(found::add);
            }
        }
        return found;
    }

    /** @return whether the smaller group lies above the larger */
    public boolean minorityHigh() {
        return minorityMean > majorityMean;
    }

    /**
     * @return the split in words, e.g. "In 2 of 20 replications of kind, agents quit: 5.5 on
     *         average against 0 in the other 18; the mean hides two regimes."
     */
    public String words() {
        String what = metric == SummaryMetrics.AGENTS_QUIT && Math.min(minorityMean, majorityMean) == 0
                ? (minorityHigh() ? "agents quit" : "no agent quit")
                : metric.key().replace('_', ' ') + " was far " + (minorityHigh() ? "higher" : "lower");
        return String.format(Locale.ROOT, "In %d of %d replications of %s, %s: %s on average against %s in the other "
                        + "%d; the mean hides two regimes (the replications chart shows each one).", minority,
                replications, arm, what, value(minorityMean), value(majorityMean), replications - minority);
    }

    private String value(double v) {
        if (metric.unit().startsWith("share")) {
            return String.format(Locale.ROOT, "%.1f %%", 100 * v);
        }
        if (metric.unit().equals("currency")) {
            return Findings.money(v);
        }
        return Math.abs(v) >= 100 || v == Math.rint(v) ? String.format(Locale.ROOT, "%,.0f", v)
                : String.format(Locale.ROOT, "%.2f", v);
    }

    private static double mean(double[] x, int from, int to) {
        double s = 0;
        for (int i = from; i < to; i++) {
            s += x[i];
        }
        return s / (to - from);
    }
}

package org.loyaltylab.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.loyaltylab.experiment.Contrast;
import org.loyaltylab.model.metric.Metric;
import org.loyaltylab.stats.ConfidenceInterval;
import org.loyaltylab.stats.RatioInterval;

/**
 * What one mechanism carries of a contrast (an arm's gain over another, or the difference of
 * two such gaps): its paired value with every mechanism on (the full gain), with this one off, their difference (the gain the
 * mechanism carries) and its share of the full gain. Every run of a replication, whatever the
 * arm and whichever mechanism is off, uses the same seed, so all four are paired by replication.
 * Intervals at 95 %: Student's for the gains, Fieller's for the share (NaN bounds when the full
 * gain is not clearly different from 0). Shares of several mechanisms need not add up to 1: the
 * mechanisms interact.
 *
 * @param contrast  the contrast
 * @param metric    the metric
 * @param mechanism the mechanism switch's key
 * @param fullGain  the contrast with every mechanism on
 * @param gainOff   the contrast with the mechanism off
 * @param carried   full gain minus gain with the mechanism off
 * @param share     carried over full gain
 */
public record Ablation(Contrast contrast, Metric metric, String mechanism, ConfidenceInterval fullGain,
                       ConfidenceInterval gainOff, ConfidenceInterval carried, ConfidenceInterval share) {
    private static final double LEVEL = 0.95;

    /**
     * @param contrast  the contrast
     * @param metric    the metric
     * @param mechanism the mechanism switch's key
     * @param full      the contrast per replication, every mechanism on
     * @param off       the contrast per replication with the mechanism off, paired
     * @return the row
     */
    public static Ablation of(Contrast contrast, Metric metric, String mechanism, double[] full, double[] off) {
        int n = full.length;
        double[] carried = new double[n];
        for (int i = 0; i < n; i++) {
            carried[i] = full[i] - off[i];
        }
        return new Ablation(contrast, metric, mechanism, ConfidenceInterval.studentT(full, LEVEL),
                ConfidenceInterval.studentT(off, LEVEL), ConfidenceInterval.studentT(carried, LEVEL),
                RatioInterval.fieller(carried, full, LEVEL));
    }

    /**
     * @param rows the rows of one or more contrasts
     * @param metric the metric the sentences are about
     * @param currency the label of money, when the metric is money
     * @return one sentence per contrast: the mechanisms that carry most of its gain in {@code metric}
     */
    public static List<String> findings(List<Ablation> rows, Metric metric, String currency) {
        Map<Contrast, List<Ablation>> byContrast = new LinkedHashMap<>();
        for (Ablation r : rows) {
            if (r.metric().equals(metric)) {
                byContrast.computeIfAbsent(r.contrast(), k -> new ArrayList<>()).add(r);
            }
        }
        List<String> out = new ArrayList<>();
        for (List<Ablation> contrast : byContrast.values()) {
            Ablation first = contrast.get(0);
            List<String> parts = contrast.stream().sorted(Comparator.comparingDouble(a -> -a.share().mean())).limit(3)
                    .map(a -> String.format(Locale.ROOT, "`%s` %s", a.mechanism(), percent(a.share()))).toList();
            Contrast c = first.contrast();
            String what = c.isInteraction() ? "contrast " + c.name() + ", " + c.definition()
                    : "gain of " + c.arm() + " over " + c.against();
            out.add(String.format(Locale.ROOT, "Of the %s %s (%s), the mechanisms that carry most are %s (the share "
                    + "of the gain lost when the mechanism is off; shares need not add up to 100 %%, mechanisms "
                    + "interact).", metric.key(), what, WorldFindings.gain(first.fullGain().mean(), metric, currency),
                    String.join(", ", parts)));
        }
        return out;
    }

    private static String percent(ConfidenceInterval share) {
        if (Double.isNaN(share.lower())) {
            return String.format(Locale.ROOT, "%.0f %% (interval unbounded: the gain is within noise)",
                    100 * share.mean());
        }
        return String.format(Locale.ROOT, "%.0f %% (95 %% CI %.0f to %.0f %%)", 100 * share.mean(),
                100 * share.lower(), 100 * share.upper());
    }
}

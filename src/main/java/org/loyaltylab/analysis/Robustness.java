package org.loyaltylab.analysis;

import java.util.Arrays;
import org.loyaltylab.experiment.Contrast;
import org.loyaltylab.model.metric.Metric;
import org.loyaltylab.stats.WilsonInterval;

/**
 * How one contrast fares on one metric across plausible worlds, from its per-world paired
 * values (the gain of one arm over another, or for an interaction how much wider the first gap
 * is than the second): the share of worlds where it is above 0 (the arm wins, the gap widens;
 * the metric is one where more is better) with Wilson's 95 % interval, the median with its 5 to
 * 95 % range across worlds, and the worst-case regret: the most choosing the arm over the other
 * loses in any world (0 if it never loses). Worlds whose value is not a number are left out.
 *
 * @param contrast    the contrast
 * @param metric      the metric
 * @param wins        worlds where the contrast is above 0, of the worlds counted
 * @param medianGain  the median of the contrast across worlds
 * @param gainP05     its 5 % quantile
 * @param gainP95     its 95 % quantile
 * @param worstRegret the most it falls below 0, at least 0
 */
public record Robustness(Contrast contrast, Metric metric, WilsonInterval wins, double medianGain,
                         double gainP05, double gainP95, double worstRegret) {

    /**
     * @param gains the contrast's value, one per world
     * @return the summary
     */
    public static Robustness of(Contrast contrast, Metric metric, double[] gains) {
        double[] g = Arrays.stream(gains).filter(v -> !Double.isNaN(v)).sorted().toArray();
        int won = (int) Arrays.stream(g).filter(v -> v > 0).count();
        double regret = g.length == 0 ? Double.NaN : Math.max(0, -g[0]);
        return new Robustness(contrast, metric, WilsonInterval.of(won, g.length, 0.95), quantile(g, 0.5),
                quantile(g, 0.05), quantile(g, 0.95), regret);
    }

    /** @return the {@code p} quantile of sorted values, interpolated linearly (Hyndman and Fan type 7) */
    static double quantile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}

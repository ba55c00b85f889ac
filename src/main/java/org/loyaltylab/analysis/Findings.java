package org.loyaltylab.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.loyaltylab.model.customer.FailureExperience;
import org.loyaltylab.model.metric.Metric;
import org.loyaltylab.model.metric.SummaryMetrics;
import org.loyaltylab.stats.ConfidenceInterval;

/**
 * The key findings in plain words, as a manager reads them: for each arm against the baseline,
 * customers kept, profit, and the main service-floor differences, each with its 95 % interval,
 * or "no clear difference" when the interval covers zero; a service-floor figure that is the
 * same in every run of both arms is said so ("nobody quit in any run", "did not vary").
 */
public final class Findings {
    private Findings() {
    }

    /**
     * @param comparison the comparison
     * @param days       the horizon
     * @return one or more sentences per non-baseline arm
     */
    public static List<String> sentences(Comparison comparison, int days) {
        List<String> out = new ArrayList<>();
        String base = comparison.baseline();
        List<String> arms = comparison.rows().stream().map(Comparison.Row::arm).distinct().toList();
        for (String arm : arms) {
            if (arm.equals(base)) {
                continue;
            }
            ConfidenceInterval kept = comparison.row(arm, SummaryMetrics.ACTIVE_CUSTOMERS).versus().difference();
            ConfidenceInterval profit = comparison.row(arm, SummaryMetrics.PROFIT).versus().difference();
            ConfidenceInterval retention = comparison.row(arm, SummaryMetrics.RETENTION).versus().difference();
            StringBuilder s = new StringBuilder(capitalise(arm)).append(" vs ").append(base).append(": ");
            if (kept.n() < 2) {
                out.add(s.append(String.format(Locale.ROOT, "%s customers and %s profit after %d days in a single "
                        + "replication; no confidence interval without at least 2 replications.",
                        signed(kept.mean()), money(profit.mean()), days)).toString());
                continue;
            }
            if (kept.excludesZero()) {
                s.append(String.format(Locale.ROOT, "keeps %s %s customers after %d days, new ones included (95 %% CI %s to %s)",
                        count(Math.abs(kept.mean())), kept.mean() > 0 ? "more" : "fewer", days, count(kept.lower()),
                        count(kept.upper())));
            } else {
                s.append(String.format(Locale.ROOT,
                        "no clear difference in customers after %d days (%s, 95 %% CI %s to %s)",
                        days, count(kept.mean()), count(kept.lower()), count(kept.upper())));
            }
            if (retention.excludesZero()) {
                s.append(String.format(Locale.ROOT, "; retention of the customers it started with %+.1f points (%+.1f to %+.1f)",
                        100 * retention.mean(), 100 * retention.lower(), 100 * retention.upper()));
            }
            if (profit.excludesZero()) {
                s.append(String.format(Locale.ROOT, ", and earns %s %s profit (95 %% CI %s to %s).",
                        money(Math.abs(profit.mean())), profit.mean() > 0 ? "more" : "less", money(profit.lower()),
                        money(profit.upper())));
            } else {
                s.append(String.format(Locale.ROOT, "; no clear difference in profit (%s, 95 %% CI %s to %s).",
                        money(profit.mean()), money(profit.lower()), money(profit.upper())));
            }
            out.add(s.toString());
            out.add(serviceFloor(comparison, arm, base));
        }
        return out;
    }

    /**
     * One sentence for each arm where the recovery paradox holds: customers whose first failure
     * was recovered are, in the first lag bin, more loyal than comparable never-failed customers
     * with a 95 % interval above zero; and for how long the interval stays above zero.
     *
     * @param byLag the event-time recovery view
     * @return the sentences, none where the paradox does not hold
     */
    public static List<String> recoveryParadox(List<RecoveryCurves.LagPoint> byLag) {
        List<String> out = new ArrayList<>();
        List<String> arms = byLag.stream().map(RecoveryCurves.LagPoint::arm).distinct().toList();
        for (String arm : arms) {
            List<RecoveryCurves.LagPoint> recovered = byLag.stream()
                    .filter(p -> p.arm().equals(arm) && p.group().equals(FailureExperience.RECOVERED.label())).toList();
            if (recovered.isEmpty() || !(recovered.get(0).gap().lower() > 0)) {
                continue;
            }
            double binDays = 2 * recovered.get(0).daysSinceFailure();
            double lasts = binDays;
            for (RecoveryCurves.LagPoint p : recovered) {
                if (!(p.gap().lower() > 0)) {
                    break;
                }
                lasts = p.daysSinceFailure() + binDays / 2;
            }
            ConfidenceInterval gap = recovered.get(0).gap();
            out.add(String.format(Locale.ROOT, "Recovery paradox (%s): in the first %.0f days after a recovered "
                    + "first failure, customers are %.3f more loyal (95 %% CI %.3f to %.3f, on the 0 to 1 scale) than "
                    + "comparable customers who never failed; the advantage lasts about %.0f days.", arm, binDays,
                    gap.mean(), gap.lower(), gap.upper(), lasts));
        }
        return out;
    }

    private static String serviceFloor(Comparison c, String arm, String base) {
        String quits = unvarying(c, arm, base, SummaryMetrics.AGENTS_QUIT)
                .map(v -> v == 0 ? "; nobody quit in any run"
                        : String.format(Locale.ROOT, ", agents quitting did not vary (%.0f in every run)", v))
                .orElseGet(() -> ", agents quitting "
                        + plain(c.row(arm, SummaryMetrics.AGENTS_QUIT).versus().difference()));
        return String.format(Locale.ROOT, "  Service floor (%s vs %s): defensive answers %s, resolution rate %s%s.",
                arm, base, share(c, arm, base, SummaryMetrics.DEFENSIVE_SHARE),
                share(c, arm, base, SummaryMetrics.RESOLUTION_RATE), quits);
    }

    /** @return a share's difference in points, or its value if it did not vary */
    private static String share(Comparison c, String arm, String base, Metric metric) {
        return unvarying(c, arm, base, metric)
                .map(v -> String.format(Locale.ROOT, "did not vary (%.1f %% in every run)", 100 * v))
                .orElseGet(() -> points(c.row(arm, metric).versus().difference()));
    }

    /**
     * @return the value of {@code metric} when it is the same in every run of both arms (zero
     *         variance in each, equal means), so that no interval is worth quoting; else empty
     */
    private static Optional<Double> unvarying(Comparison c, String arm, String base, Metric metric) {
        ConfidenceInterval a = c.row(arm, metric).estimate();
        ConfidenceInterval b = c.row(base, metric).estimate();
        boolean same = a.halfWidth() == 0 && b.halfWidth() == 0 && a.mean() == b.mean();
        return same ? Optional.of(a.mean()) : Optional.empty();
    }

    private static String points(ConfidenceInterval d) {
        if (!d.excludesZero()) {
            return "no clear difference";
        }
        return String.format(Locale.ROOT, "%+.1f points (%+.1f to %+.1f)", 100 * d.mean(), 100 * d.lower(),
                100 * d.upper());
    }

    private static String plain(ConfidenceInterval d) {
        if (!d.excludesZero()) {
            return "no clear difference";
        }
        return String.format(Locale.ROOT, "%+.1f (%+.1f to %+.1f)", d.mean(), d.lower(), d.upper());
    }

    private static String signed(double v) {
        return String.format(Locale.ROOT, "%+,.0f", v);
    }

    private static String count(double v) {
        return String.format(Locale.ROOT, "%,.0f", v);
    }

    /** @return an amount of money in words-friendly units: 840 k, 1.24 M */
    static String money(double v) {
        double a = Math.abs(v);
        if (a >= 1e6) {
            return String.format(Locale.ROOT, "%.2f M", v / 1e6);
        }
        if (a >= 1e3) {
            return String.format(Locale.ROOT, "%.0f k", v / 1e3);
        }
        return String.format(Locale.ROOT, "%.0f", v);
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}

package org.loyaltylab.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.loyaltylab.experiment.Contrast;
import org.loyaltylab.model.customer.FailureExperience;
import org.loyaltylab.model.metric.Metric;
import org.loyaltylab.model.metric.SummaryMetrics;
import org.loyaltylab.model.param.ParameterRegistry;
import org.loyaltylab.stats.ConfidenceInterval;
import org.loyaltylab.stats.IntervalRounding;

/**
 * The key findings in plain words, as a manager reads them: for each contrast (by default each
 * arm against the baseline), customers kept, profit, and the main service-floor differences
 * (defensive answers, resolution, agent stress, quits), each with its 95 % interval or "no
 * clear difference" when the interval covers zero, each rounded to its interval's precision and
 * money in its currency; for an interaction, whether the first gap is
 * wider or narrower than the second. A service-floor figure that is the same in every run of
 * the contrast's arms is said so ("nobody quit in any run", "did not vary").
 */
public final class Findings {
    private Findings() {
    }

    /** As {@link #sentences(Comparison, int, String)}, in the default currency label. */
    public static List<String> sentences(Comparison comparison, int days) {
        return sentences(comparison, days, (String) ParameterRegistry.CURRENCY.defaultValue());
    }

    /**
     * @param comparison the comparison
     * @param days       the horizon
     * @param currency   the label of money ({@code economics.currency})
     * @return one or more sentences per contrast (by default, per non-baseline arm); every figure is
     *         rounded to its interval's precision ({@link IntervalRounding})
     */
    public static List<String> sentences(Comparison comparison, int days, String currency) {
        List<String> out = new ArrayList<>();
        for (Contrast c : comparison.contrasts()) {
            ConfidenceInterval kept = comparison.contrast(c, SummaryMetrics.ACTIVE_CUSTOMERS).difference();
            ConfidenceInterval profit = comparison.contrast(c, SummaryMetrics.PROFIT).difference();
            ConfidenceInterval retention = comparison.contrast(c, SummaryMetrics.RETENTION).difference();
            StringBuilder s = new StringBuilder(capitalise(c.isInteraction() ? c.name() : pair(c)));
            s.append(": ");
            if (kept.n() < 2) {
                out.add(s.append(String.format(Locale.ROOT, "%s customers and %s %s profit after %d days in a single "
                        + "replication; no confidence interval without at least 2 replications.",
                        signed(kept.mean()), IntervalRounding.of(profit).format(profit.mean()), currency, days))
                        .toString());
                continue;
            }
            if (c.isInteraction()) {
                s.append(interaction(c, kept, profit, days, currency));
            } else {
                s.append(pairAnswer(kept, retention, profit, days, currency));
            }
            out.add(s.toString());
            out.add(serviceFloor(comparison, c));
        }
        return out;
    }

    private static String pairAnswer(ConfidenceInterval kept, ConfidenceInterval retention, ConfidenceInterval profit,
                                     int days, String currency) {
        StringBuilder s = new StringBuilder();
        IntervalRounding k = IntervalRounding.ofCount(kept);
        if (kept.excludesZero()) {
            s.append(String.format(Locale.ROOT, "keeps %s %s customers after %d days, new ones included (95 %% CI %s to %s)",
                    k.format(Math.abs(kept.mean())), kept.mean() > 0 ? "more" : "fewer", days, k.format(kept.lower()),
                    k.format(kept.upper())));
        } else {
            s.append(String.format(Locale.ROOT,
                    "no clear difference in customers after %d days (%s, 95 %% CI %s to %s)",
                    days, k.signed(kept.mean()), k.format(kept.lower()), k.format(kept.upper())));
        }
        if (retention.excludesZero()) {
            s.append(String.format(Locale.ROOT, "; retention of the customers it started with %+.1f points (%+.1f to %+.1f)",
                    100 * retention.mean(), 100 * retention.lower(), 100 * retention.upper()));
        }
        IntervalRounding m = IntervalRounding.of(profit);
        if (profit.excludesZero()) {
            s.append(String.format(Locale.ROOT, ", and earns %s %s %s profit (95 %% CI %s to %s).",
                    m.format(Math.abs(profit.mean())), currency, profit.mean() > 0 ? "more" : "less",
                    m.format(profit.lower()), m.format(profit.upper())));
        } else {
            s.append(String.format(Locale.ROOT, "; no clear difference in profit (%s %s, 95 %% CI %s to %s).",
                    m.signed(profit.mean()), currency, m.format(profit.lower()), m.format(profit.upper())));
        }
        return s.toString();
    }

    /** @return whether the gap (a - b) is wider or narrower than the gap (c - d), in customers and profit */
    private static String interaction(Contrast c, ConfidenceInterval kept, ConfidenceInterval profit, int days,
                                      String currency) {
        String gap = "the " + c.arm() + " vs " + c.against() + " gap";
        String reference = "the " + c.otherArm() + " vs " + c.otherAgainst() + " gap";
        IntervalRounding k = IntervalRounding.ofCount(kept);
        IntervalRounding m = IntervalRounding.of(profit);
        String customers = kept.excludesZero()
                ? String.format(Locale.ROOT, "%s is %s customers %s than %s after %d days (95 %% CI %s to %s)", gap,
                        k.format(Math.abs(kept.mean())), kept.mean() > 0 ? "wider" : "narrower", reference, days,
                        k.format(kept.lower()), k.format(kept.upper()))
                : String.format(Locale.ROOT, "no clear difference between %s and %s in customers after %d days "
                        + "(%s, 95 %% CI %s to %s)", gap, reference, days, k.signed(kept.mean()), k.format(kept.lower()),
                        k.format(kept.upper()));
        String money = profit.excludesZero()
                ? String.format(Locale.ROOT, "; in profit it is %s %s %s (95 %% CI %s to %s).",
                        m.format(Math.abs(profit.mean())), currency, profit.mean() > 0 ? "wider" : "narrower",
                        m.format(profit.lower()), m.format(profit.upper()))
                : String.format(Locale.ROOT, "; no clear difference in the profit gap (%s %s, 95 %% CI %s to %s).",
                        m.signed(profit.mean()), currency, m.format(profit.lower()), m.format(profit.upper()));
        return customers + money;
    }

    private static String pair(Contrast c) {
        return c.arm() + " vs " + c.against();
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

    private static String serviceFloor(Comparison c, Contrast contrast) {
        String quits = unvarying(c, contrast, SummaryMetrics.AGENTS_QUIT)
                .map(v -> v == 0 ? "; nobody quit in any run"
                        : String.format(Locale.ROOT, ", agents quitting did not vary (%.0f in every run)", v))
                .orElseGet(() -> ", agents quitting " + plain(c.contrast(contrast, SummaryMetrics.AGENTS_QUIT)
                        .difference()));
        String stress = unvarying(c, contrast, SummaryMetrics.AGENT_STRESS_AVG).isPresent() ? ""
                : ", agent stress " + stress(c.contrast(contrast, SummaryMetrics.AGENT_STRESS_AVG).difference());
        return String.format(Locale.ROOT, "  Service floor (%s): defensive answers %s, resolution rate %s%s%s.",
                contrast.isInteraction() ? contrast.definition() : pair(contrast),
                share(c, contrast, SummaryMetrics.DEFENSIVE_SHARE), share(c, contrast, SummaryMetrics.RESOLUTION_RATE),
                stress, quits);
    }

    /** @return a share's difference in points, or its value if it did not vary */
    private static String share(Comparison c, Contrast contrast, Metric metric) {
        return unvarying(c, contrast, metric)
                .map(v -> String.format(Locale.ROOT, "did not vary (%.1f %% in every run)", 100 * v))
                .orElseGet(() -> points(c.contrast(contrast, metric).difference()));
    }

    /**
     * @return the value of {@code metric} when it is the same in every run of every arm of the
     *         contrast (zero variance in each, equal means), so that no interval is worth quoting;
     *         else empty
     */
    private static Optional<Double> unvarying(Comparison c, Contrast contrast, Metric metric) {
        List<ConfidenceInterval> e = contrast.arms().stream().map(a -> c.row(a, metric).estimate()).toList();
        boolean same = e.stream().allMatch(a -> a.halfWidth() == 0 && a.mean() == e.get(0).mean());
        return same ? Optional.of(e.get(0).mean()) : Optional.empty();
    }

    private static String stress(ConfidenceInterval d) {
        if (!d.excludesZero()) {
            return "no clear difference";
        }
        return String.format(Locale.ROOT, "%+.3f (%+.3f to %+.3f, 1 is burnout)", d.mean(), d.lower(),
                d.upper());
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

    /**
     * @param warmupDays the days left out of the statistics
     * @param days       the horizon
     * @return what the statistics after a warm-up describe, said before the findings that rest on them
     */
    public static String warmup(int warmupDays, int days) {
        return String.format(Locale.ROOT, "Statistics from day %,d (after a warm-up of %,d days) to day %,d: retention "
                + "is of the customers active on day %,d, and customers lost, money, contacts and agents who quit "
                + "are what accrued after it; customers at the horizon are counted as they are.", warmupDays,
                warmupDays, days, warmupDays);
    }
}

package org.loyaltylab.analysis;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.loyaltylab.experiment.Contrast;
import org.loyaltylab.model.metric.Metric;
import org.loyaltylab.model.param.ParameterPriors;
import org.loyaltylab.model.param.ParameterRegistry;
import org.loyaltylab.stats.SobolIndices;
import org.loyaltylab.stats.WilsonInterval;

/**
 * The findings of a {@code run --worlds} in plain words: for each contrast and metric, in how
 * many plausible worlds the arm beats the other (for an interaction, the first gap is wider than
 * the second), with the interval of that share, the median, and the parameter ranges where it
 * fails. And, for a run at one parameter set, the sentence that
 * says its intervals cover simulation noise only. After a Saltelli design, which parameters each
 * contrast depends on most.
 */
public final class WorldFindings {
    private WorldFindings() {
    }

    /**
     * @param robustness the summaries, one per contrast and metric
     * @param scenarios  the boxes where each contrast fails, in the same order
     * @param currency   the label of money ({@code economics.currency})
     * @return one sentence per summary
     */
    public static List<String> sentences(List<Robustness> robustness, List<Scenario> scenarios, String currency) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < robustness.size(); i++) {
            out.add(sentence(robustness.get(i), scenarios.get(i), currency));
        }
        return out;
    }

    private static String sentence(Robustness r, Scenario where, String currency) {
        Contrast c = r.contrast();
        String opening = c.isInteraction()
                ? String.format(Locale.ROOT, "The gap %s - %s is wider than the gap %s - %s", c.arm(), c.against(),
                        c.otherArm(), c.otherAgainst())
                : capitalise(c.arm()) + " beats " + c.against();
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT,
                "%s on %s in %d of %d plausible worlds (%s); median %s %s (5 to 95 %% of worlds: %s to %s).", opening,
                r.metric().key(), r.wins().successes(), r.wins().n(), share(r.wins()),
                c.isInteraction() ? "difference" : "gain", gain(r.medianGain(), r.metric(), currency),
                gain(r.gainP05(), r.metric(), currency), gain(r.gainP95(), r.metric(), currency)));
        if (where.losing() > 0) {
            s.append(String.format(Locale.ROOT, c.isInteraction() ? " It narrows in %d world(s)"
                    : " It loses in %d world(s)", where.losing()));
            if (where.box() != null && !where.ranges().isEmpty()) {
                List<String> ranges = where.ranges().stream().map(WorldFindings::range).toList();
                s.append(String.format(Locale.ROOT, ", mostly where %s (these ranges hold %.0f %% of those "
                                + "worlds; in %.0f %% of the %d worlds in them it %s)", String.join(" and ", ranges),
                        100 * where.box().coverage(), 100 * where.box().density(), where.box().points(),
                        c.isInteraction() ? "narrows" : "loses"));
            }
            s.append(String.format(Locale.ROOT, "; worst case %s.", gain(-r.worstRegret(), r.metric(), currency)));
        }
        return s.toString();
    }

    /** @return a share of worlds with its interval, e.g. {@code 91 %, 95 % CI 86 to 94 %} */
    public static String share(WilsonInterval w) {
        return String.format(Locale.ROOT, "%.0f %%, 95 %% CI %.0f to %.0f %%", 100 * w.share(), 100 * w.lower(),
                100 * w.upper());
    }

    /**
     * @param sensitivity the Sobol indices of each contrast, after a Saltelli design
     * @return one sentence per contrast and metric naming the two parameters with the largest total index
     */
    public static List<String> sensitivity(List<ContrastSensitivity> sensitivity) {
        List<String> out = new ArrayList<>();
        for (ContrastSensitivity c : sensitivity) {
            List<String> top = c.largestTotals(2).stream().map(j -> {
                SobolIndices.Index i = c.indices().get(j);
                return String.format(Locale.ROOT, "`%s` (total Sobol index %.2f, 95 %% CI %.2f to %.2f)",
                        c.keys().get(j), i.total(), i.totalLow(), i.totalHigh());
            }).toList();
            if (!top.isEmpty()) {
                out.add(String.format(Locale.ROOT, "The %s contrast %s (%s) depends most on %s.", c.metric().key(),
                        c.contrast().name(), c.contrast().definition(), String.join(" and ", top)));
            }
        }
        return out;
    }

    /**
     * @param uncertain the parameters a {@code --worlds} run would vary
     * @return the sentence a run at one parameter set adds to its findings
     */
    public static String noiseOnly(int uncertain) {
        return String.format(Locale.ROOT, "These intervals cover simulation noise only, at one set of parameter values: "
                        + "%d of the %d registry parameters are assumptions with no published figure; run with "
                        + "--worlds N to see whether the answers hold across the plausible ranges of %d uncertain "
                        + "parameters.", ParameterPriors.assumptions().size(), ParameterRegistry.all().size(),
                uncertain);
    }

    /** @return a box range in words, e.g. {@code escalation is at most 0.1} */
    public static String range(Scenario.Range r) {
        String key = "`" + r.key() + "`";
        if (r.lowerCut() && r.upperCut()) {
            return key + " is between " + value(r.lower()) + " and " + value(r.upper());
        }
        return r.upperCut() ? key + " is at most " + value(r.upper()) : key + " is at least " + value(r.lower());
    }

    /** @return a gain in words with its sign and unit, e.g. {@code +1.2 points}, {@code +840 k EUR} */
    public static String gain(double v, Metric metric, String currency) {
        if (metric.unit().startsWith("share")) {
            return String.format(Locale.ROOT, "%+.1f points", 100 * v);
        }
        if (metric.unit().equals("currency")) {
            return (v >= 0 ? "+" : "") + Findings.money(v) + " " + currency;
        }
        return String.format(Locale.ROOT, "%+,.0f %s", v, metric.unit());
    }

    /** @return a number to three significant digits, e.g. {@code 0.0213} */
    public static String value(double v) {
        return new BigDecimal(v).round(new MathContext(3)).stripTrailingZeros().toPlainString();
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}

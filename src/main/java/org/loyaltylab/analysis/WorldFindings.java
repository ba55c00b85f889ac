package org.loyaltylab.analysis;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.loyaltylab.model.metric.Metric;
import org.loyaltylab.model.param.ParameterPriors;
import org.loyaltylab.model.param.ParameterRegistry;
import org.loyaltylab.stats.SobolIndices;

/**
 * The findings of a {@code run --worlds} in plain words: for each arm and metric, in how many
 * plausible worlds the arm beats the baseline, with the interval of that share, its median gain,
 * and the parameter ranges where it loses. And, for a run at one parameter set, the sentence that
 * says its intervals cover simulation noise only. After a Saltelli design, which parameters each
 * gain depends on most.
 */
public final class WorldFindings {
    private WorldFindings() {
    }

    /**
     * @param robustness the summaries, one per arm and metric
     * @param scenarios  the boxes where each arm loses, in the same order
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
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT,
                "%s beats %s on %s in %d of %d plausible worlds (%.0f %%, 95 %% CI %.0f to %.0f %%); median gain %s "
                        + "(5 to 95 %% of worlds: %s to %s).",
                capitalise(r.arm()), r.baseline(), r.metric().key(), r.wins().successes(), r.wins().n(),
                100 * r.wins().share(), 100 * r.wins().lower(), 100 * r.wins().upper(), gain(r.medianGain(), r.metric(),
                currency), gain(r.gainP05(), r.metric(), currency), gain(r.gainP95(), r.metric(), currency)));
        if (where.losing() > 0) {
            s.append(String.format(Locale.ROOT, " It loses in %d world(s)", where.losing()));
            if (where.box() != null && !where.ranges().isEmpty()) {
                List<String> ranges = where.ranges().stream().map(WorldFindings::range).toList();
                s.append(String.format(Locale.ROOT, ", mostly where %s (these ranges hold %.0f %% of the losing "
                                + "worlds; %.0f %% of the %d worlds in them lose)", String.join(" and ", ranges),
                        100 * where.box().coverage(), 100 * where.box().density(), where.box().points()));
            }
            s.append(String.format(Locale.ROOT, "; worst case %s.", gain(-r.worstRegret(), r.metric(), currency)));
        }
        return s.toString();
    }

    /**
     * @param sensitivity the Sobol indices of each gain, after a Saltelli design
     * @return one sentence per arm and metric naming the two parameters with the largest total index
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
                out.add(String.format(Locale.ROOT, "The %s gain of %s over %s depends most on %s.", c.metric().key(),
                        c.arm(), c.baseline(), String.join(" and ", top)));
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

    private static String value(double v) {
        return new BigDecimal(v).round(new MathContext(3)).stripTrailingZeros().toPlainString();
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}

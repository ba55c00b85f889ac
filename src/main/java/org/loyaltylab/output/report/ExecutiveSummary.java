package org.loyaltylab.output.report;

import static org.loyaltylab.output.report.ReportPage.esc;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;
import org.loyaltylab.model.param.ParameterDef;
import org.loyaltylab.model.param.ParameterRegistry;
import org.loyaltylab.output.charts.Table;
import org.loyaltylab.stats.ConfidenceInterval;
import org.loyaltylab.stats.IntervalRounding;

/**
 * The report's opening: for each contrast the answer in one sentence with its 95 % interval and
 * the money, each policy's return on its extra spending and break-even day, and what the answers
 * rest on: the assumption-tagged parameters the arms change and the warning that the intervals
 * cover simulation noise only (one set of parameter values).
 */
final class ExecutiveSummary {
    private final Table comparison;
    private final Table roi;
    private final ReportContext ctx;
    private final String currency;
    private final Map<String, Object> centre;

    /**
     * @param centre the manager's centre as run.json holds it ({@code stated}, {@code derived}); empty without one
     */
    ExecutiveSummary(Table comparison, Table roi, ReportContext ctx, String currency, Map<String, Object> centre) {
        this.comparison = comparison;
        this.roi = roi;
        this.ctx = ctx;
        this.currency = currency;
        this.centre = centre;
    }

    void html(StringBuilder b) {
        List<ContrastTable.Entry> contrasts = ContrastTable.of(comparison);
        if (contrasts.isEmpty()) {
            return;
        }
        b.append("<h2 id=\"summary\">Executive summary</h2>\n<ul class=\"findings\">\n");
        for (ContrastTable.Entry c : contrasts) {
            b.append("<li>").append(esc(answer(c))).append("</li>\n");
        }
        for (String p : paybacks()) {
            b.append("<li>").append(esc(p)).append("</li>\n");
        }
        b.append("</ul>\n<p class=\"note\"><b>What these answers rest on.</b> ").append(esc(assumptions()))
                .append("</p>\n");
    }

    /** @return one sentence: the verdict, customers and profit with their intervals */
    String answer(ContrastTable.Entry c) {
        ConfidenceInterval kept = interval(c.row("active_customers"));
        ConfidenceInterval profit = interval(c.row("profit"));
        String days = ctx.days() > 0 ? String.format(Locale.ROOT, " after %,d days", ctx.days()) : "";
        String verdict = c.definition().contains(") - (") ? gapVerdict(kept, profit) : verdict(kept, profit);
        return String.format(Locale.ROOT, "%s (%s): %s: %s customers and %s profit%s.", c.name(), c.definition(),
                verdict, IntervalRounding.ofCount(kept).estimate(kept, true, "", true),
                IntervalRounding.estimate(profit, true, currency), days);
    }

    private static String verdict(ConfidenceInterval kept, ConfidenceInterval profit) {
        int k = sign(kept);
        int p = sign(profit);
        if (k == 0 && p == 0) {
            return "no clear difference";
        }
        if (k >= 0 && p >= 0) {
            return "better";
        }
        if (k <= 0 && p <= 0) {
            return "worse";
        }
        return p > 0 ? "more profit, fewer customers" : "more customers, less profit";
    }

    /** @return for an interaction (A - B) - (C - D): whether the first gap is wider than the second */
    private static String gapVerdict(ConfidenceInterval kept, ConfidenceInterval profit) {
        int k = sign(kept);
        int p = sign(profit);
        if (k == 0 && p == 0) {
            return "no clear difference between the two gaps";
        }
        String customers = k == 0 ? "" : "the first gap is " + (k > 0 ? "wider" : "narrower") + " in customers";
        String money = p == 0 ? "" : (k == 0 ? "the first gap is " : " and ") + (p > 0 ? "wider" : "narrower")
                + " in profit";
        return customers + money;
    }

    private static int sign(ConfidenceInterval ci) {
        return ci.lower() > 0 ? 1 : ci.upper() < 0 ? -1 : 0;
    }

    private static ConfidenceInterval interval(CSVRecord r) {
        if (r == null) {
            return new ConfidenceInterval(Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0, 0.95);
        }
        double lo = Table.number(r, "diff_ci_low");
        double hi = Table.number(r, "diff_ci_high");
        return new ConfidenceInterval(Table.number(r, "diff_mean"), lo, hi, (hi - lo) / 2, (int) Table.number(r, "n"),
                0.95);
    }

    /** @return a sentence per row of roi.csv: the return on the arm's extra spending and its break-even day */
    private List<String> paybacks() {
        List<String> out = new ArrayList<>();
        if (roi == null) {
            return out;
        }
        for (CSVRecord r : roi.rows()) {
            double ratio = Table.number(r, "roi");
            double day = Table.number(r, "break_even_day");
            String arm = Table.text(r, "arm");
            String pays = Double.isNaN(day) ? "its extra profit's interval does not stay above zero by the horizon"
                    : String.format(Locale.ROOT, "it has paid for itself (95 %% lower bound above zero) from day %.0f on",
                    day);
            if (Double.isNaN(ratio)) {
                out.add(String.format(Locale.ROOT, "%s spends no more than %s; %s.", arm, Table.text(r, "against"),
                        pays));
                continue;
            }
            double lo = Table.number(r, "roi_ci_low");
            double hi = Table.number(r, "roi_ci_high");
            ConfidenceInterval ci = new ConfidenceInterval(ratio, lo, hi, (hi - lo) / 2, (int) Table.number(r, "n"),
                    0.95);
            out.add(String.format(Locale.ROOT, "%s against %s: each unit of extra spending (%s) returns %s in extra "
                    + "profit; %s.", arm, Table.text(r, "against"), currency, IntervalRounding.estimate(ci, false, ""),
                    pays));
        }
        return out;
    }

    /** @return the centre as stated, the assumption-tagged parameters the arms change, and the reach of the intervals */
    private String assumptions() {
        Set<String> derived = new LinkedHashSet<>();
        if (centre.get("derived") instanceof List<?> steps) {
            steps.forEach(st -> derived.add(String.valueOf(((Map<?, ?>) st).get("parameter"))));
        }
        Set<String> keys = new LinkedHashSet<>();
        for (ReportContext.Arm a : ctx.arms()) {
            for (String k : a.differsFromDefaults().keySet()) {
                ParameterRegistry.find(k).filter(d -> assumption(d) && !derived.contains(k)).ifPresent(d -> keys.add(k));
            }
        }
        StringBuilder s = new StringBuilder();
        if (centre.get("stated") instanceof Map<?, ?> stated) {
            List<String> figures = new ArrayList<>();
            stated.forEach((k, v) -> figures.add(k.toString().replace('_', ' ') + " " + v));
            s.append("The centre as its manager states it (").append(String.join(", ", figures))
                    .append("), from which ").append(derived.size()).append(" parameters are derived (run.json). ");
        }
        s.append(keys.isEmpty() ? "The experiment changes no other parameter tagged as an assumption"
                : "The experiment sets these parameters tagged as assumptions (no published figure): "
                        + String.join(", ", keys));
        return s + ". The intervals cover simulation noise only, at one set of parameter values; "
                + "loyaltylab run FILE --worlds N shows whether the answers hold across the plausible ranges of the "
                + "uncertain parameters. Money is in " + currency + ".";
    }

    private static boolean assumption(ParameterDef d) {
        return d.source().startsWith("assumption");
    }
}

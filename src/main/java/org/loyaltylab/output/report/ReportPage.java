package org.loyaltylab.output.report;

import java.io.IOException;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.loyaltylab.experiment.ParallelRunner;
import org.loyaltylab.model.metric.Metric;
import org.loyaltylab.model.metric.SummaryMetrics;
import org.loyaltylab.model.param.ParameterRegistry;
import org.loyaltylab.output.charts.ArmEstimates;
import org.loyaltylab.output.charts.Band;
import org.loyaltylab.output.charts.ChartExport;
import org.loyaltylab.output.charts.ChartStyle;
import org.loyaltylab.output.charts.Table;
import org.loyaltylab.output.charts.experiment.ExperimentCharts;
import org.loyaltylab.output.manifest.RunManifest;

/**
 * The HTML of a report: one file with nothing external (inline CSS and SVG, no script, no
 * fonts, no images to fetch), readable in any browser, on a projector and on paper.
 */
final class ReportPage {
    static final String CSS = String.join("\n",
            ":root{--ink:#1d1d1d;--muted:#555;--line:#d6dbe1;--accent:#0072B2;--soft:#f3f7fb}",
            "*{box-sizing:border-box}",
            "body{font-family:'DejaVu Sans',Verdana,'Segoe UI',Helvetica,Arial,sans-serif;margin:0;color:var(--ink);"
                    + "background:#fff;line-height:1.55;font-size:17px}",
            "main{max-width:1240px;margin:0 auto;padding:28px 36px 72px}",
            ".kicker{color:var(--muted);text-transform:uppercase;letter-spacing:.08em;font-size:.8em;margin:0}",
            "h1{font-size:2.2em;line-height:1.2;margin:.15em 0 .4em}",
            "h2{font-size:1.5em;margin:2em 0 .6em;padding-bottom:6px;border-bottom:3px solid var(--accent)}",
            "h3{font-size:1.15em;margin:1.4em 0 .4em}",
            ".question{font-size:1.3em;background:var(--soft);border-left:8px solid var(--accent);padding:14px 20px;"
                    + "margin:0 0 .8em}",
            ".meta{color:var(--muted);margin:.2em 0 0}",
            "nav{margin:1.2em 0;padding:10px 16px;border:1px solid var(--line);border-radius:6px;font-size:.95em}",
            "nav a{color:var(--accent);text-decoration:none;margin-right:1.2em;white-space:nowrap}",
            "ul.findings{padding-left:1.2em}ul.findings li{margin:.55em 0;font-size:1.15em}",
            ".note{color:var(--muted);font-size:.92em}",
            "table{border-collapse:collapse;margin:.6em 0 1.2em;font-size:.95em;width:100%}",
            "th,td{border-bottom:1px solid var(--line);padding:6px 10px;text-align:left;vertical-align:top}",
            "thead th{background:var(--soft);border-bottom:2px solid var(--line)}",
            "td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}td.num{white-space:nowrap}",
            ".scroll{overflow-x:auto}.scroll td:first-child{white-space:nowrap}",
            "td .ci{display:block;color:var(--muted);font-size:.85em}",
            "td.strong{font-weight:bold}",
            "code{background:#f2f2f2;padding:1px 5px;border-radius:3px;font-size:.92em;word-break:break-word}",
            "pre{background:#f2f2f2;padding:10px 14px;border-radius:4px;white-space:pre-wrap;word-break:break-all}",
            "figure{margin:2em 0 2.4em;break-inside:avoid;page-break-inside:avoid}",
            "figure svg{width:100%;height:auto;display:block;border:1px solid var(--line);border-radius:4px}",
            "figcaption{margin-top:8px;color:#333}figcaption b{color:var(--ink)}",
            ".swatch{display:inline-block;width:16px;height:16px;border-radius:3px;margin-right:8px;"
                    + "vertical-align:-2px}",
            "footer{margin-top:3em;color:var(--muted);font-size:.85em;border-top:1px solid var(--line);"
                    + "padding-top:10px}",
            "@media print{body{font-size:12pt}main{max-width:none;padding:0}nav{display:none}"
                    + "h2{break-after:avoid}}");

    private final Path dir;
    private final ReportContext ctx;
    private final List<String> arms;
    private final List<ExperimentCharts.Drawn> charts;
    private final List<String> svgs;
    private final Table comparison;
    private final ArmEstimates estimates;
    private final Table roi;
    private final String currency;

    /** @param threads draw that many charts' inline SVGs at once */
    ReportPage(Path dir, ReportContext ctx, List<String> arms, List<ExperimentCharts.Drawn> charts, int threads)
            throws IOException {
        this.dir = dir;
        this.ctx = ctx;
        this.arms = arms;
        this.charts = charts;
        this.svgs = new ParallelRunner(threads, "loyaltylab-write").map(charts,
                c -> ChartExport.svg(c.figure(), c.name(), true), svg -> { });
        this.comparison = Table.readIfPresent(dir.resolve("comparison.csv"));
        this.estimates = new ArmEstimates(Table.readIfPresent(dir.resolve("summary.csv")), comparison);
        this.roi = Table.readIfPresent(dir.resolve("roi.csv"));
        this.currency = currency(ctx);
    }

    /** @return the manager's centre of run.json (as stated, and the derived parameters); empty without one */
    private Map<String, Object> centre() {
        try {
            return java.nio.file.Files.exists(dir.resolve(RunManifest.FILE)) ? RunManifest.read(dir).centre() : Map.of();
        } catch (IOException e) {
            return Map.of();
        }
    }

    /** @return the run's currency label: an arm's {@code economics.currency}, else the default */
    static String currency(ReportContext ctx) {
        String key = ParameterRegistry.CURRENCY.key();
        return ctx.arms().stream().map(a -> a.differsFromDefaults().get(key)).filter(v -> v != null).map(String::valueOf)
                .findFirst().orElse((String) ParameterRegistry.CURRENCY.defaultValue());
    }

    String html() {
        StringBuilder b = new StringBuilder(1 << 20);
        String name = ctx.experiment().isEmpty() ? String.valueOf(dir.getFileName()) : ctx.experiment();
        b.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>Loyalty Lab: ").append(esc(name)).append("</title>\n<style>\n").append(CSS)
                .append("\n</style></head>\n<body><main>\n");
        b.append("<p class=\"kicker\">Loyalty Lab experiment report</p>\n<h1>").append(esc(name)).append("</h1>\n");
        if (!ctx.description().isBlank()) {
            b.append("<p class=\"question\">").append(esc(ctx.description().trim())).append("</p>\n");
        }
        b.append("<p class=\"meta\">").append(esc(meta())).append("</p>\n");
        nav(b);
        new ExecutiveSummary(comparison, roi, ctx, currency, centre()).html(b);
        arms(b);
        findings(b);
        glance(b);
        figures(b);
        parameters(b);
        reproduce(b);
        b.append("<footer>Written by Loyalty Lab ").append(esc(ctx.version()))
                .append(" from the tables in this directory (timeseries.csv, summary.csv, customers.csv.gz and, when "
                        + "present, comparison.csv, survival.csv, recovery.csv). Every chart is also in charts/ as "
                        + "PNG (1600 x 900), SVG and PDF.</footer>\n");
        b.append("</main></body></html>\n");
        return b.toString();
    }

    private String meta() {
        List<String> parts = new ArrayList<>();
        parts.add(arms.size() + (arms.size() == 1 ? " arm" : " arms"));
        if (ctx.replications() > 0) {
            parts.add(ctx.replications() + (ctx.replications() == 1 ? " replication" : " replications") + " per arm");
        }
        if (ctx.days() > 0) {
            parts.add(String.format(Locale.ENGLISH, "%,d simulated days", ctx.days()));
        }
        if (ctx.warmupDays() > 0) {
            parts.add(String.format(Locale.ENGLISH, "statistics from day %,d (the warm-up before it is shaded on the "
                    + "charts over time)", ctx.warmupDays()));
        }
        parts.add("master seed " + ctx.seed());
        if (!ctx.version().isEmpty()) {
            parts.add("Loyalty Lab " + ctx.version());
        }
        return String.join(" \u00b7 ", parts);
    }

    private void nav(StringBuilder b) {
        b.append("<nav><b>Contents:</b> ").append(ContrastTable.of(comparison).isEmpty() ? ""
                : "<a href=\"#summary\">Executive summary</a> ").append("<a href=\"#arms\">Arms</a> <a href=\"#findings\">Key findings</a> ")
                .append("<a href=\"#glance\">Results at a glance</a> ");
        for (ExperimentCharts.Drawn c : charts) {
            b.append("<a href=\"#").append(esc(c.name())).append("\">").append(esc(shortTitle(c.title())))
                    .append("</a> ");
        }
        b.append("<a href=\"#parameters\">Parameters</a> <a href=\"#reproduce\">How to reproduce</a></nav>\n");
    }

    private static String shortTitle(String title) {
        int colon = title.indexOf(':');
        String t = colon > 0 ? title.substring(0, colon) : title;
        return t.replace(" (Kaplan-Meier)", "").replace(" over time", "");
    }

    // --- arms -------------------------------------------------------------------------------------

    private void arms(StringBuilder b) {
        b.append("<h2 id=\"arms\">The arms and what differs between them</h2>\n");
        b.append("<p>Every arm runs the same customers, purchases and failures in replication <i>r</i> (common "
                + "random numbers) until its policies make them diverge; so differences between arms are the "
                + "policies' doing, not luck of the draw.</p>\n");
        b.append("<table><thead><tr><th>Arm</th><th>What it stands for</th><th>Differs from the defaults in"
                + "</th></tr></thead><tbody>\n");
        String baseline = baseline();
        for (int i = 0; i < arms.size(); i++) {
            String arm = arms.get(i);
            ReportContext.Arm a = armContext(arm);
            b.append("<tr><td>").append(swatch(i)).append("<b>").append(esc(arm)).append("</b>")
                    .append(arm.equals(baseline) ? " (baseline)" : "").append("</td><td>")
                    .append(esc(a == null ? "" : a.description())).append("</td><td>");
            if (a == null || a.differsFromDefaults().isEmpty()) {
                b.append("nothing: the documented defaults");
            } else {
                List<String> diffs = new ArrayList<>();
                a.differsFromDefaults().forEach((k, v) -> diffs.add("<code>" + esc(k + " = " + v) + "</code>"));
                b.append(String.join(", ", diffs));
            }
            b.append("</td></tr>\n");
        }
        b.append("</tbody></table>\n");
    }

    private ReportContext.Arm armContext(String name) {
        return ctx.arms().stream().filter(a -> a.name().equals(name)).findFirst().orElse(null);
    }

    private String baseline() {
        if (comparison != null) {
            for (CSVRecord r : comparison.rows()) {
                String base = Table.text(r, "baseline_arm");
                if (!base.isEmpty()) {
                    return base;
                }
            }
        }
        String named = ctx.provenance().get("baseline arm");
        if (named != null) {
            return named;
        }
        return arms.size() > 1 ? arms.get(0) : "";
    }

    private static String swatch(int i) {
        return "<span class=\"swatch\" style=\"background:" + ChartStyle.hex(i) + "\"></span>";
    }

    // --- findings ---------------------------------------------------------------------------------

    private void findings(StringBuilder b) {
        b.append("<h2 id=\"findings\">Key findings</h2>\n");
        List<String> findings = ctx.findings().stream().map(String::trim).filter(s -> !s.isEmpty()).toList();
        if (findings.isEmpty()) {
            b.append("<p>No findings in words for this run")
                    .append(arms.size() < 2 ? " (one arm: nothing to compare)" : "")
                    .append(". The results at a glance and the charts below show what happened.</p>\n");
            return;
        }
        b.append("<ul class=\"findings\">\n");
        for (String s : findings) {
            b.append("<li>").append(esc(s)).append("</li>\n");
        }
        b.append("</ul>\n<p class=\"note\">Differences are paired over replications (common random numbers); "
                + "intervals are 95 % Student-t confidence intervals. Paired t-test and Wilcoxon signed-rank "
                + "p-values are in <code>comparison.csv</code>.</p>\n");
    }

    // --- results at a glance ------------------------------------------------------------------------

    /** A headline metric: summary figure, words, multiplier, unit suffix, decimals. */
    private record Headline(Metric metric, String words, double factor, String suffix, int decimals) {
    }

    private List<Headline> headlines(ChartStyle.Money money) {
        return List.of(
                new Headline(SummaryMetrics.ACTIVE_CUSTOMERS, "Active customers at the end", 1, "", 0),
                new Headline(SummaryMetrics.RETENTION, "Initial customers kept", 100, " %", 1),
                new Headline(SummaryMetrics.CHURNED_TOTAL, "Customers lost", 1, "", 0),
                new Headline(SummaryMetrics.MEAN_LOYALTY, "Mean loyalty at the end (0 to 1)", 1, "", 3),
                new Headline(SummaryMetrics.COMPLAINTS, "Complaints", 1, "", 0),
                new Headline(SummaryMetrics.PROFIT, "Profit (" + money.words() + ")", 1 / money.divisor(), "",
                        money.divisor() >= 1e6 ? 2 : money.divisor() >= 1e3 ? 1 : 0));
    }

    private void glance(StringBuilder b) {
        b.append("<h2 id=\"glance\">Results at a glance</h2>\n");
        double maxProfit = 0;
        for (String arm : arms) {
            Band p = estimates.of(arm, SummaryMetrics.PROFIT);
            if (p != null && !Double.isNaN(p.mean())) {
                maxProfit = Math.max(maxProfit, Math.abs(p.mean()));
            }
        }
        ChartStyle.Money money = ChartStyle.Money.forMagnitude(maxProfit, currency);
        List<Headline> metrics = new ArrayList<>();
        for (Headline m : headlines(money)) {
            if (arms.stream().anyMatch(a -> estimates.of(a, m.metric()) != null)) {
                metrics.add(m);
            }
        }
        if (metrics.isEmpty()) {
            b.append("<p>No summary table (summary.csv) in this directory.</p>\n");
            return;
        }
        String over = ctx.days() > 0 ? String.format(Locale.ENGLISH, " over %,d days", ctx.days()) : "";
        b.append("<p>Per arm").append(esc(over)).append(": the mean across replications, and below it the 95 % "
                + "confidence interval.</p>\n");
        b.append("<div class=\"scroll\"><table><thead><tr><th>Arm</th>");
        for (Headline m : metrics) {
            b.append("<th class=\"num\">").append(esc(m.words())).append("</th>");
        }
        b.append("</tr></thead><tbody>\n");
        for (int i = 0; i < arms.size(); i++) {
            b.append("<tr><td>").append(swatch(i)).append(esc(arms.get(i))).append("</td>");
            for (Headline m : metrics) {
                Band e = estimates.of(arms.get(i), m.metric());
                b.append("<td class=\"num\">");
                if (e == null || Double.isNaN(e.mean())) {
                    b.append("&ndash;");
                } else {
                    Band s = e.scaled(m.factor(), Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
                    b.append(esc(number(s.mean(), m.decimals()) + m.suffix()));
                    if (e.n() > 1 && !Double.isNaN(s.low())) {
                        b.append("<span class=\"ci\">").append(esc(number(s.low(), m.decimals()) + " to "
                                + number(s.high(), m.decimals()))).append("</span>");
                    }
                }
                b.append("</td>");
            }
            b.append("</tr>\n");
        }
        b.append("</tbody></table></div>\n");
        differences(b, metrics);
        contrasts(b, metrics);
        PaybackTable.html(b, roi, currency);
    }

    /** The paired differences against the baseline, from comparison.csv. */
    private void differences(StringBuilder b, List<Headline> metrics) {
        if (comparison == null) {
            return;
        }
        String baseline = baseline();
        List<String> others = arms.stream().filter(a -> !a.equals(baseline)).toList();
        if (others.isEmpty()) {
            return;
        }
        b.append("<h3>Difference from the baseline (").append(esc(baseline)).append(")</h3>\n");
        b.append("<p>Arm minus baseline, paired by replication; below it the 95 % confidence interval of the "
                + "difference. <b>Bold</b>: the interval excludes zero.</p>\n");
        differenceHeader(b, "Arm", metrics);
        for (String arm : others) {
            b.append("<tr><td>").append(swatch(arms.indexOf(arm))).append(esc(arm)).append("</td>");
            for (Headline m : metrics) {
                difference(b, estimates.comparisonRow(arm, m.metric()), m);
            }
            b.append("</tr>\n");
        }
        b.append("</tbody></table></div>\n");
    }

    /** The declared contrasts (pairs other than arm against baseline, and interactions), from comparison.csv. */
    private void contrasts(StringBuilder b, List<Headline> metrics) {
        if (!ContrastTable.declared(comparison)) {
            return;
        }
        b.append("<h3 id=\"contrasts\">The contrasts this experiment asks</h3>\n<p>Each contrast as declared in the "
                + "experiment file, paired by replication: a pair is arm minus arm; an interaction (A - B) - (C - D) is "
                + "how much wider the first gap is than the second. Below each: the 95 % confidence interval. "
                + "<b>Bold</b>: the interval excludes zero.</p>\n");
        differenceHeader(b, "Contrast", metrics);
        for (ContrastTable.Entry c : ContrastTable.of(comparison)) {
            b.append("<tr><td><b>").append(esc(c.name())).append("</b><span class=\"ci\">")
                    .append(esc(c.definition())).append("</span></td>");
            for (Headline m : metrics) {
                difference(b, c.row(m.metric().key()), m);
            }
            b.append("</tr>\n");
        }
        b.append("</tbody></table></div>\n");
    }

    private static void differenceHeader(StringBuilder b, String first, List<Headline> metrics) {
        b.append("<div class=\"scroll\"><table><thead><tr><th>").append(first).append("</th>");
        for (Headline m : metrics) {
            b.append("<th class=\"num\">").append(esc(m.words().replace(" at the end", ""))).append("</th>");
        }
        b.append("</tr></thead><tbody>\n");
    }

    /** One cell of a difference table: the paired difference and its interval, bold when it excludes zero. */
    private static void difference(StringBuilder b, CSVRecord r, Headline m) {
        double d = r == null ? Double.NaN : Table.number(r, "diff_mean");
        if (Double.isNaN(d)) {
            b.append("<td class=\"num\">&ndash;</td>");
            return;
        }
        double lo = Table.number(r, "diff_ci_low");
        double hi = Table.number(r, "diff_ci_high");
        boolean clear = lo > 0 || hi < 0;
        String unit = m.suffix().isEmpty() ? "" : " pts";
        b.append("<td class=\"num").append(clear ? " strong" : "").append("\">")
                .append(esc(signed(d * m.factor(), m.decimals()) + unit));
        if (!Double.isNaN(lo) && !Double.isNaN(hi)) {
            b.append("<span class=\"ci\">").append(esc(signed(lo * m.factor(), m.decimals()) + " to "
                    + signed(hi * m.factor(), m.decimals()))).append("</span>");
        }
        b.append("</td>");
    }

    private static String number(double v, int decimals) {
        DecimalFormat f = new DecimalFormat(decimals <= 0 ? "#,##0" : "#,##0." + "0".repeat(decimals),
                DecimalFormatSymbols.getInstance(Locale.ENGLISH));
        String s = f.format(v);
        return s.startsWith("-") ? "\u2212" + s.substring(1) : s;
    }

    private static String signed(double v, int decimals) {
        String s = number(v, decimals);
        return v > 0 ? "+" + s : s;
    }

    // --- charts -----------------------------------------------------------------------------------

    private void figures(StringBuilder b) {
        b.append("<h2 id=\"charts\">Charts</h2>\n");
        if (charts.isEmpty()) {
            b.append("<p>No charts: the time-series table holds no rows.</p>\n");
        }
        for (int i = 0; i < charts.size(); i++) {
            ExperimentCharts.Drawn c = charts.get(i);
            String svg = svgs.get(i).replaceFirst("^<svg ", "<svg role=\"img\" aria-label=\"" + escAttr(c.title())
                    + "\" ");
            b.append("<figure id=\"").append(esc(c.name())).append("\">").append(svg).append("\n<figcaption><b>")
                    .append(esc(c.title())).append(".</b> ").append(esc(c.caption()))
                    .append(" <span class=\"note\">Files: <code>charts/").append(esc(c.name()))
                    .append(".png</code>, <code>.svg</code>, <code>.pdf</code>.</span></figcaption></figure>\n");
        }
    }

    // --- parameters and reproduction ---------------------------------------------------------------

    private void parameters(StringBuilder b) {
        b.append("<h2 id=\"parameters\">Parameters that differ from the defaults</h2>\n");
        b.append("<table><thead><tr><th>Arm</th><th>Parameter</th><th>Value</th></tr></thead><tbody>\n");
        boolean any = false;
        for (int i = 0; i < arms.size(); i++) {
            ReportContext.Arm a = armContext(arms.get(i));
            if (a == null) {
                continue;
            }
            for (Map.Entry<String, ?> e : a.differsFromDefaults().entrySet()) {
                any = true;
                b.append("<tr><td>").append(swatch(i)).append(esc(a.name())).append("</td><td><code>")
                        .append(esc(e.getKey())).append("</code></td><td>").append(esc(String.valueOf(e.getValue())))
                        .append("</td></tr>\n");
            }
        }
        if (!any) {
            b.append("<tr><td colspan=\"3\">None: every arm uses the documented defaults.</td></tr>\n");
        }
        b.append("</tbody></table>\n<p class=\"note\">Every parameter with its unit, range and source: "
                + "<code>loyaltylab params</code> and docs/MODEL.md; every resolved value of this run: "
                + "<code>run.json</code>.</p>\n");
    }

    private void reproduce(StringBuilder b) {
        b.append("<h2 id=\"reproduce\">How to reproduce</h2>\n");
        if (!ctx.command().isBlank()) {
            b.append("<p>In the project folder (the results go to <code>results/").append(esc(ctx.experiment()))
                    .append("/</code>; add <code>--out DIR</code> to write them elsewhere):</p>\n<pre><code>")
                    .append(esc(ctx.command())).append("</code></pre>\n");
        }
        b.append("<table><tbody>\n");
        row(b, "Master seed", Long.toString(ctx.seed()));
        row(b, "Tool version", ctx.version().isEmpty() ? "unknown" : "Loyalty Lab " + ctx.version());
        if (ctx.days() > 0) {
            row(b, "Simulated days", String.format(Locale.ENGLISH, "%,d", ctx.days()));
        }
        if (ctx.replications() > 0) {
            row(b, "Replications per arm", Integer.toString(ctx.replications()));
        }
        ctx.provenance().forEach((k, v) -> row(b, k.isEmpty() ? k : Character.toUpperCase(k.charAt(0))
                + k.substring(1), v));
        b.append("</tbody></table>\n<p>The same seed gives the same tables, whatever the number of threads. To "
                + "redraw these charts and this page from the tables without re-running: "
                + "<code>loyaltylab report DIR</code>.</p>\n");
    }

    private static void row(StringBuilder b, String key, String value) {
        b.append("<tr><th>").append(esc(key)).append("</th><td><code>").append(esc(value)).append("</code></td></tr>\n");
    }

    static String esc(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    static String escAttr(String s) {
        return esc(s).replace("\"", "&quot;");
    }
}

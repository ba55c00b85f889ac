package org.loyaltylab.output.report;

import java.util.List;
import java.util.Map;
import org.loyaltylab.output.charts.ExperimentCharts;

/** The HTML of a report: plain, printable, readable on a projector, with nothing external. */
final class ReportPage {
    private static final String CSS = String.join("\n",
            "body{font-family:'DejaVu Sans',Helvetica,Arial,sans-serif;margin:0;color:#222;background:#fff;line-height:1.5}",
            "main{max-width:1200px;margin:0 auto;padding:24px 32px 64px}",
            "h1{font-size:2.1em;margin:0.3em 0}h2{font-size:1.5em;margin-top:1.8em;border-bottom:2px solid #0072B2;padding-bottom:4px}",
            ".question{font-size:1.25em;background:#f3f7fb;border-left:6px solid #0072B2;padding:12px 18px}",
            "ul.findings li{margin:0.5em 0;font-size:1.1em}",
            "table{border-collapse:collapse;margin:0.5em 0 1em;font-size:0.95em}",
            "th,td{border:1px solid #ccc;padding:4px 10px;text-align:left;vertical-align:top}th{background:#eef2f6}",
            "figure{margin:1.5em 0;page-break-inside:avoid}figure svg{width:100%;height:auto;display:block;border:1px solid #eee}",
            "figcaption{color:#444;margin-top:6px}code{background:#f4f4f4;padding:1px 4px}",
            ".swatch{display:inline-block;width:14px;height:14px;border-radius:3px;margin-right:6px;vertical-align:middle}");

    private final Map<String, Object> manifest;
    private final List<ExperimentCharts.Drawn> charts;

    ReportPage(Map<String, Object> manifest, List<ExperimentCharts.Drawn> charts) {
        this.manifest = manifest;
        this.charts = charts;
    }

    String html() {
        StringBuilder b = new StringBuilder();
        String name = text("experiment");
        b.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>Loyalty Lab: ").append(esc(name)).append("</title><style>").append(CSS)
                .append("</style></head><body><main>\n");
        b.append("<h1>Loyalty Lab: ").append(esc(name)).append("</h1>\n");
        b.append("<p class=\"question\">").append(esc(text("description"))).append("</p>\n");
        b.append("<p>").append(manifest.get("replications")).append(" replications of ").append(manifest.get("days"))
                .append(" simulated days per arm, with common random numbers: replication <i>r</i> of every arm "
                        + "sees the same customers, purchases and failures until the policies make them diverge.</p>\n");
        arms(b);
        findings(b);
        b.append("<h2>Charts</h2>\n");
        for (ExperimentCharts.Drawn c : charts) {
            b.append("<figure id=\"").append(c.name()).append("\">").append(ReportBuilder.inlineSvg(c))
                    .append("<figcaption><b>").append(esc(c.title())).append(".</b> ").append(esc(c.caption()))
                    .append(" (Also as <code>charts/").append(c.name()).append(".png|svg|pdf</code>.)</figcaption></figure>\n");
        }
        parameters(b);
        reproduce(b);
        b.append("</main></body></html>\n");
        return b.toString();
    }

    private void arms(StringBuilder b) {
        b.append("<h2>Arms</h2>\n<table><tr><th>arm</th><th>what it stands for</th><th>differs from the defaults in</th></tr>\n");
        int i = 0;
        for (Map<String, Object> arm : list("arms")) {
            b.append("<tr><td><span class=\"swatch\" style=\"background:").append(swatch(i++)).append("\"></span>")
                    .append(esc(String.valueOf(arm.get("name"))))
                    .append(Boolean.TRUE.equals(arm.get("baseline")) ? " (baseline)" : "").append("</td><td>")
                    .append(esc(String.valueOf(arm.getOrDefault("description", "")))).append("</td><td>");
            Object diff = arm.get("differs_from_defaults");
            if (diff instanceof Map && !((Map<?, ?>) diff).isEmpty()) {
                ((Map<?, ?>) diff).forEach((k, v) -> b.append("<code>").append(esc(k + " = " + v)).append("</code> "));
            } else {
                b.append("nothing: the documented defaults");
            }
            b.append("</td></tr>\n");
        }
        b.append("</table>\n");
    }

    private void findings(StringBuilder b) {
        b.append("<h2>Key findings</h2>\n");
        Object f = manifest.get("findings");
        if (f instanceof List && !((List<?>) f).isEmpty()) {
            b.append("<ul class=\"findings\">\n");
            for (Object s : (List<?>) f) {
                b.append("<li>").append(esc(String.valueOf(s).trim())).append("</li>\n");
            }
            b.append("</ul>\n<p>Differences are paired over replications (common random numbers); intervals are "
                    + "95 % Student-t intervals of the mean difference. Full statistics, including paired t-test and "
                    + "Wilcoxon signed-rank p-values, are in <code>comparison.csv</code>.</p>\n");
        } else {
            b.append("<p>One arm: no comparison. See the charts and <code>summary.csv</code>.</p>\n");
        }
    }

    private void parameters(StringBuilder b) {
        b.append("<h2>Parameters that differ from the defaults</h2>\n<table><tr><th>arm</th><th>parameter</th><th>value</th></tr>\n");
        boolean any = false;
        for (Map<String, Object> arm : list("arms")) {
            Object diff = arm.get("differs_from_defaults");
            if (diff instanceof Map) {
                for (Map.Entry<?, ?> e : ((Map<?, ?>) diff).entrySet()) {
                    any = true;
                    b.append("<tr><td>").append(esc(String.valueOf(arm.get("name")))).append("</td><td><code>")
                            .append(esc(String.valueOf(e.getKey()))).append("</code></td><td>")
                            .append(esc(String.valueOf(e.getValue()))).append("</td></tr>\n");
                }
            }
        }
        if (!any) {
            b.append("<tr><td colspan=\"3\">none: every arm uses the documented defaults</td></tr>\n");
        }
        b.append("</table>\n<p>Every parameter, with its unit, range and source: <code>./loyaltylab params</code> "
                + "and docs/MODEL.md; every resolved value of this run: <code>run.json</code>.</p>\n");
    }

    private void reproduce(StringBuilder b) {
        b.append("<h2>How to reproduce</h2>\n<p><code>").append(esc(text("command"))).append("</code></p>\n")
                .append("<table><tr><th>master seed</th><td>").append(esc(text("master_seed")))
                .append("</td></tr><tr><th>tool version</th><td>").append(esc(text("version")))
                .append("</td></tr><tr><th>experiment file</th><td>").append(esc(text("experiment_file")))
                .append("</td></tr><tr><th>file SHA-256</th><td><code>").append(esc(text("experiment_sha256")))
                .append("</code></td></tr></table>\n<p>The same seed gives byte-identical tables whatever the number "
                        + "of threads. Redraw this report from the tables with <code>./loyaltylab report DIR</code>.</p>\n");
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> list(String key) {
        Object v = manifest.get(key);
        return v instanceof List ? (List<Map<String, Object>>) v : List.of();
    }

    private String text(String key) {
        Object v = manifest.get(key);
        return v == null ? "" : String.valueOf(v);
    }

    private static String swatch(int i) {
        java.awt.Color c = org.loyaltylab.output.charts.ChartStyle.colour(i);
        return String.format("#%02X%02X%02X", c.getRed(), c.getGreen(), c.getBlue());
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

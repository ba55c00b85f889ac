package org.loyaltylab.output.report;

import java.util.List;
import java.util.Locale;
import org.loyaltylab.calibration.CalibrationResult;
import org.loyaltylab.calibration.Prior;
import org.loyaltylab.calibration.Target;
import org.loyaltylab.output.charts.ChartExport;
import org.loyaltylab.output.charts.calibration.ConvergenceChart;
import org.loyaltylab.output.charts.calibration.FitChart;
import org.loyaltylab.stats.ConfidenceInterval;

/**
 * The {@code report.html} of a calibration: self-contained (inline SVG, no script, no network),
 * as the run reports are: what was fitted to what, the fit table and chart, the fitted values
 * against their priors, the convergence, and how to reproduce it.
 */
public final class CalibrationReport {
    private CalibrationReport() {
    }

    /** @return the page */
    public static String html(CalibrationResult r, List<String> command) {
        StringBuilder b = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>Calibration " + esc(r.spec().name()) + "</title><style>"
                + "body{font-family:sans-serif;max-width:1100px;margin:2em auto;color:#222;line-height:1.45}"
                + "table{border-collapse:collapse;margin:1em 0}td,th{border-bottom:1px solid #ddd;padding:4px 10px;"
                + "text-align:right}th:first-child,td:first-child{text-align:left}svg{width:100%;height:auto}"
                + "</style></head><body>\n");
        b.append("<h1>Calibration: ").append(esc(r.spec().name())).append("</h1>\n");
        long matched = countMatched(r);
        b.append("<p>").append(r.spec().priors().size()).append(" parameters fitted to ")
                .append(r.spec().targets().size()).append(" published figures (")
                .append(esc(r.spec().targetsFile().getFileName().toString())).append(") by CMA-ES on simulated moments "
                        + "with common random numbers: ").append(r.evaluations().size()).append(" evaluations of ")
                .append(r.spec().experiment().replications()).append(" replications of ")
                .append(r.spec().experiment().days()).append(" days. The best set matches ").append(matched)
                .append(" of ").append(r.spec().targets().size()).append(" figures within tolerance; ")
                .append(r.accepted().size()).append(" evaluated sets match all of them (accepted.csv).</p>\n");
        b.append("<h2>Fit</h2>\n<table><tr><th>target</th><th>published</th><th>tolerance</th><th>model</th>"
                + "<th>95 % CI</th><th>distance (SE)</th></tr>\n");
        for (int t = 0; t < r.spec().targets().size(); t++) {
            Target g = r.spec().targets().get(t);
            ConfidenceInterval ci = r.best().interval(t);
            b.append("<tr><td>").append(esc(g.name())).append("</td><td>").append(pct(g.value())).append("</td><td>&plusmn; ")
                    .append(pct(g.tolerance())).append("</td><td>").append(pct(ci.mean())).append("</td><td>")
                    .append(pct(ci.lower())).append(" to ").append(pct(ci.upper())).append("</td><td>")
                    .append(String.format(Locale.ROOT, "%+.2f", g.distance(ci.mean()))).append("</td></tr>\n");
        }
        b.append("</table>\n").append(ChartExport.svg(ChartExport.of(FitChart.draw(r)), "fit", true)).append('\n');
        b.append("<h2>Fitted parameters</h2>\n<table><tr><th>parameter</th><th>prior range</th><th>fitted</th></tr>\n");
        for (int i = 0; i < r.spec().priors().size(); i++) {
            Prior p = r.spec().priors().get(i);
            b.append("<tr><td>").append(esc(p.key())).append("</td><td>").append(num(p.min())).append(" to ")
                    .append(num(p.max())).append("</td><td>").append(num(r.best().parameters()[i])).append("</td></tr>\n");
        }
        b.append("</table>\n<h2>Convergence</h2>\n")
                .append(ChartExport.svg(ChartExport.of(ConvergenceChart.draw(r)), "convergence", true)).append('\n');
        b.append("<h2>Sources</h2>\n<ul>\n");
        r.spec().targets().stream().map(Target::source).distinct()
                .forEach(s -> b.append("<li>").append(esc(s)).append("</li>\n"));
        b.append("</ul>\n<h2>Reproduce</h2>\n<pre>").append(esc(ReproduceCommand.withoutLocalOptions(command))).append("</pre>\n")
                .append(String.format(Locale.ROOT, "<p>This invocation: %d replications run, %.0f s wall time, "
                        + "%.0f s CPU time.</p>%n", r.executed(), r.wallSeconds(), r.cpuSeconds()))
                .append("</body></html>\n");
        return b.toString();
    }

    private static long countMatched(CalibrationResult r) {
        long n = 0;
        for (int t = 0; t < r.spec().targets().size(); t++) {
            n += r.spec().targets().get(t).matches(r.best().mean(t)) ? 1 : 0;
        }
        return n;
    }

    private static String pct(double v) {
        return String.format(Locale.ROOT, "%.1f %%", 100 * v);
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.3g", v);
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}

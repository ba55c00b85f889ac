package org.loyaltylab.output.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.loyaltylab.output.charts.ChartExport;
import org.loyaltylab.output.io.AtomicFiles;

/**
 * A short {@code report.html} for a run that is not a plain experiment ({@code --worlds},
 * {@code --ablation}, {@code sweep}): a title, the question, the findings in words, tables and charts, in the
 * look of the experiment report and, like it, with nothing external. Each chart is also written
 * to {@code charts/NAME.png}, {@code .svg} and {@code .pdf}.
 */
public final class ShortReport {
    /** The report's file name. */
    public static final String FILE = "report.html";
    /** The folder of the charts, inside the results folder. */
    public static final String CHARTS = "charts";

    private final Path dir;

    /** @return whether {@code name} is the report or its charts folder, for a results folder's own files */
    public static boolean written(String name) {
        return name.equals(FILE) || name.equals(CHARTS);
    }

    private final StringBuilder body = new StringBuilder();

    /**
     * @param dir      the results folder
     * @param kicker   what kind of run, e.g. "Robustness across plausible worlds"
     * @param title    the experiment's name
     * @param question the question the run answers
     */
    public ShortReport(Path dir, String kicker, String title, String question) {
        this.dir = dir;
        body.append("<p class=\"kicker\">").append(ReportPage.esc(kicker)).append("</p>\n<h1>")
                .append(ReportPage.esc(title)).append("</h1>\n<p class=\"question\">").append(ReportPage.esc(question))
                .append("</p>\n");
    }

    /** Adds a section of findings, one list item each. */
    public ShortReport findings(List<String> sentences) {
        return findings("Findings", sentences);
    }

    /** Adds a section of sentences under {@code heading}, one list item each. */
    public ShortReport findings(String heading, List<String> sentences) {
        body.append("<h2>").append(ReportPage.esc(heading)).append("</h2>\n<ul class=\"findings\">\n");
        sentences.forEach(s -> body.append("<li>").append(text(s)).append("</li>\n"));
        body.append("</ul>\n");
        return this;
    }

    /**
     * Adds a section heading with a paragraph under it.
     *
     * @param heading the heading
     * @param text    the paragraph, with {@code `key`} set as code
     */
    public ShortReport section(String heading, String text) {
        body.append("<h2>").append(ReportPage.esc(heading)).append("</h2>\n<p>").append(text(text)).append("</p>\n");
        return this;
    }

    /**
     * Adds a table under a heading.
     *
     * @param heading the section heading
     * @param note    a line under the heading, or null
     * @param header  the column names
     * @param rows    the cells, row by row
     */
    public ShortReport table(String heading, String note, List<String> header, List<List<String>> rows) {
        body.append("<h2>").append(ReportPage.esc(heading)).append("</h2>\n");
        if (note != null) {
            body.append("<p class=\"note\">").append(ReportPage.esc(note)).append("</p>\n");
        }
        body.append("<div class=\"scroll\"><table><thead><tr>");
        header.forEach(h -> body.append("<th>").append(ReportPage.esc(h)).append("</th>"));
        body.append("</tr></thead><tbody>\n");
        for (List<String> row : rows) {
            body.append("<tr>");
            row.forEach(c -> body.append("<td>").append(text(c)).append("</td>"));
            body.append("</tr>\n");
        }
        body.append("</tbody></table></div>\n");
        return this;
    }

    /**
     * Writes the chart to {@code charts/NAME.*} and shows it inline; does nothing if {@code figure} is null.
     *
     * @param name    the file name without extension
     * @param caption what the chart shows, in words
     */
    public ShortReport chart(String name, ChartExport.Figure figure, String caption) throws IOException {
        if (figure == null) {
            return this;
        }
        ChartExport.write(figure, Files.createDirectories(dir.resolve(CHARTS)).resolve(name));
        return drawnChart(name, figure, caption);
    }

    /**
     * Adds a chart whose PNG, SVG and PDF are already in the folder's {@code charts/}: inline SVG
     * with its caption and the names of its files.
     *
     * @return this report
     */
    public ShortReport drawnChart(String name, ChartExport.Figure figure, String caption) {
        if (figure == null) {
            return this;
        }
        String svg = ChartExport.svg(figure, name, true).replaceFirst("^<svg ",
                "<svg role=\"img\" aria-label=\"" + ReportPage.escAttr(caption) + "\" ");
        body.append("<figure id=\"").append(ReportPage.escAttr(name)).append("\">").append(svg)
                .append("\n<figcaption>").append(ReportPage.esc(caption)).append(" <span class=\"note\">Files: <code>")
                .append(CHARTS).append('/').append(ReportPage.esc(name))
                .append(".png</code>, <code>.svg</code>, <code>.pdf</code>.</span></figcaption></figure>\n");
        return this;
    }

    /**
     * Adds a list of links to files of the results folder.
     *
     * @param files file names relative to the folder; the caller lists only files that exist
     */
    public ShortReport links(String heading, String note, List<String> files) {
        if (files.isEmpty()) {
            return this;
        }
        body.append("<h2>").append(ReportPage.esc(heading)).append("</h2>\n<p>").append(ReportPage.esc(note))
                .append("</p>\n<ul>\n");
        files.forEach(f -> body.append("<li><a href=\"").append(ReportPage.escAttr(f)).append("\"><code>")
                .append(ReportPage.esc(f)).append("</code></a></li>\n"));
        body.append("</ul>\n");
        return this;
    }

    /** Adds the command that repeats the run, with a line before it. */
    public ShortReport command(String heading, String note, String command) {
        body.append("<h2 id=\"reproduce\">").append(ReportPage.esc(heading)).append("</h2>\n<p>")
                .append(ReportPage.esc(note)).append("</p>\n<pre><code>").append(ReportPage.esc(command))
                .append("</code></pre>\n");
        return this;
    }

    /** @return the text escaped, with {@code `key`} (a parameter's key, as findings write it) set as code */
    static String text(String s) {
        return ReportPage.esc(s).replaceAll("`([^`]+)`", "<code>$1</code>");
    }

    /** Writes {@code report.html}. */
    public void write() throws IOException {
        String html = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>Loyalty Lab report"
                + "</title>\n<style>\n" + ReportPage.CSS + "\n</style>\n</head>\n<body>\n<main>\n" + body
                + "</main>\n</body>\n</html>\n";
        AtomicFiles.writeString(dir.resolve(FILE), html);
    }
}

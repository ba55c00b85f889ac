package org.loyaltylab.output.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.loyaltylab.output.charts.ChartExport;
import org.loyaltylab.output.io.AtomicFiles;
import org.loyaltylab.output.io.ParallelWrites;

/**
 * A short {@code report.html} for a run that is not a plain experiment ({@code --worlds},
 * {@code --ablation}, {@code sweep}): a title, the question, the findings in words, tables and charts, in the
 * look of the experiment report and, like it, with nothing external. Each chart is also written
 * to {@code charts/NAME.png}, {@code .svg} and {@code .pdf}: by {@link #chartJobs()}, which a
 * pipeline runs on its threads beside its tables, or else by {@link #write()}.
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
    private final List<Slot> slots = new ArrayList<>();

    /** A chart added by {@link #chart}: where it goes in the body, and its HTML once drawn. */
    private static final class Slot {
        private final String name;
        private final ChartExport.Figure figure;
        private final String caption;
        private final int at;
        private String html;

        Slot(String name, ChartExport.Figure figure, String caption, int at) {
            this.name = name;
            this.figure = figure;
            this.caption = caption;
            this.at = at;
        }
    }

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
     * Adds a chart, shown inline and written to {@code charts/NAME.*} by {@link #chartJobs()} or
     * {@link #write()}; does nothing if {@code figure} is null.
     *
     * @param name    the file name without extension
     * @param caption what the chart shows, in words
     */
    public ShortReport chart(String name, ChartExport.Figure figure, String caption) {
        if (figure != null) {
            slots.add(new Slot(name, figure, caption, body.length()));
        }
        return this;
    }

    /**
     * @return one job per chart added by {@link #chart} and not yet drawn: it writes the chart's
     *         files, then draws it for the page; each job draws only its own figure
     */
    public List<ParallelWrites.Job> chartJobs() {
        return slots.stream().filter(s -> s.html == null).<ParallelWrites.Job>map(s -> () -> {
            ChartExport.write(s.figure, Files.createDirectories(dir.resolve(CHARTS)).resolve(s.name));
            s.html = figureHtml(s.name, s.figure, s.caption);
        }).toList();
    }

    /**
     * Adds a chart whose PNG, SVG and PDF are already in the folder's {@code charts/}: inline SVG
     * with its caption and the names of its files.
     *
     * @return this report
     */
    public ShortReport drawnChart(String name, ChartExport.Figure figure, String caption) {
        if (figure != null) {
            body.append(figureHtml(name, figure, caption));
        }
        return this;
    }

    /** @return the chart as a figure element: inline SVG, its caption and the names of its files */
    private static String figureHtml(String name, ChartExport.Figure figure, String caption) {
        String svg = ChartExport.svg(figure, name, true).replaceFirst("^<svg ",
                "<svg role=\"img\" aria-label=\"" + ReportPage.escAttr(caption) + "\" ");
        return "<figure id=\"" + ReportPage.escAttr(name) + "\">" + svg + "\n<figcaption>" + ReportPage.esc(caption)
                + " <span class=\"note\">Files: <code>" + CHARTS + '/' + ReportPage.esc(name)
                + ".png</code>, <code>.svg</code>, <code>.pdf</code>.</span></figcaption></figure>\n";
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

    /** Writes the charts not yet drawn, one after another, then {@code report.html}. */
    public void write() throws IOException {
        ParallelWrites.run(chartJobs(), 1);
        StringBuilder page = new StringBuilder(body);
        for (int i = slots.size() - 1; i >= 0; i--) {
            page.insert(slots.get(i).at, slots.get(i).html);
        }
        String html = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>Loyalty Lab report"
                + "</title>\n<style>\n" + ReportPage.CSS + "\n</style>\n</head>\n<body>\n<main>\n" + page
                + "</main>\n</body>\n</html>\n";
        AtomicFiles.writeString(dir.resolve(FILE), html);
    }
}

package org.loyaltylab.output.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.loyaltylab.output.charts.ChartExport;
import org.loyaltylab.output.charts.ExperimentCharts;
import org.loyaltylab.output.io.AtomicFiles;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Redraws an experiment's charts from the tables in its results directory and writes
 * {@code report.html}: one self-contained page (inline SVG, inline CSS, no script, no network)
 * with the question, the arms and what differs between them, the findings in words with their
 * confidence intervals, the charts with captions, the parameters that differ from the
 * defaults, and how to reproduce the run. Reads the run's manifest {@code run.json}.
 */
public final class ReportBuilder {
    private ReportBuilder() {
    }

    /**
     * Draws the charts and writes the report of the results in {@code dir}.
     *
     * @return the report's path
     */
    public static Path build(Path dir) throws IOException {
        Path manifestFile = dir.resolve("run.json");
        if (!Files.exists(manifestFile)) {
            throw new IOException("no run.json in " + dir + ": is it a results directory of loyaltylab run?");
        }
        Map<String, Object> manifest = readManifest(manifestFile);
        List<ExperimentCharts.Drawn> charts = new ExperimentCharts(dir).drawAll();
        Path report = dir.resolve("report.html");
        AtomicFiles.writeString(report, new ReportPage(manifest, charts).html());
        return report;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> readManifest(Path file) throws IOException {
        Object parsed = new Yaml(new SafeConstructor(new LoaderOptions()))
                .load(Files.readString(file, StandardCharsets.UTF_8));
        if (!(parsed instanceof Map)) {
            throw new IOException(file + " is not a run manifest");
        }
        return (Map<String, Object>) parsed;
    }

    /** @return the SVG markup of one chart, for inline use */
    static String inlineSvg(ExperimentCharts.Drawn chart) {
        return ChartExport.svg(chart.figure(), chart.name(), true);
    }
}

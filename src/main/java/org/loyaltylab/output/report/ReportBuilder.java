package org.loyaltylab.output.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.loyaltylab.output.charts.experiment.ExperimentCharts;
import org.loyaltylab.output.io.AtomicFiles;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Redraws an experiment's charts from the CSV tables in its results directory
 * ({@code charts/*.png|svg|pdf}) and writes {@code report.html}: one self-contained page (inline
 * SVG, inline CSS, no script, no network) with the question, the arms and what differs between
 * them, the findings in words, the results at a glance, the charts with captions, the
 * parameters that differ from the defaults, and how to reproduce the run. Nothing is
 * re-simulated: {@code loyaltylab report DIR} calls this on an existing directory.
 */
public final class ReportBuilder {
    private ReportBuilder() {
    }

    /**
     * Draws the charts and writes the report of the results in {@code dir}.
     *
     * @param dir a results directory holding at least {@code timeseries.csv}; {@code summary.csv},
     *            {@code customers.csv}, {@code comparison.csv}, {@code survival.csv} and
     *            {@code recovery.csv} are used when present (their charts are skipped otherwise)
     * @param ctx what the report says around the tables
     * @return the report's path, {@code dir/report.html}
     * @throws IOException if {@code timeseries.csv} is missing or a file cannot be read or written
     */
    public static Path build(Path dir, ReportContext ctx) throws IOException {
        ExperimentCharts charts = new ExperimentCharts(dir, ctx.armNames());
        List<ExperimentCharts.Drawn> drawn = charts.drawAll();
        Path report = dir.resolve("report.html");
        AtomicFiles.writeString(report, new ReportPage(dir, ctx, charts.arms(), drawn).html());
        return report;
    }

    /**
     * Draws the charts and writes the report of a directory written by {@code loyaltylab run},
     * taking the context from its manifest {@code run.json}.
     *
     * @return the report's path
     */
    public static Path build(Path dir) throws IOException {
        Path manifest = dir.resolve("run.json");
        if (!Files.isRegularFile(manifest)) {
            throw new IOException("no run.json in " + dir + ": is it a results directory of loyaltylab run?");
        }
        return build(dir, contextOf(manifest));
    }

    /** @return the report context held in a run manifest (JSON, read as YAML) */
    static ReportContext contextOf(Path runJson) throws IOException {
        Object parsed = new Yaml(new SafeConstructor(new LoaderOptions()))
                .load(Files.readString(runJson, StandardCharsets.UTF_8));
        if (!(parsed instanceof Map<?, ?> m)) {
            throw new IOException(runJson + " is not a run manifest");
        }
        List<ReportContext.Arm> arms = new ArrayList<>();
        if (m.get("arms") instanceof List<?> list) {
            for (Object o : list) {
                if (o instanceof Map<?, ?> arm) {
                    Map<String, Object> diff = new LinkedHashMap<>();
                    if (arm.get("differs_from_defaults") instanceof Map<?, ?> d) {
                        d.forEach((k, v) -> diff.put(String.valueOf(k), v));
                    }
                    arms.add(new ReportContext.Arm(text(arm.get("name")), text(arm.get("description")), diff));
                }
            }
        }
        List<String> findings = new ArrayList<>();
        if (m.get("findings") instanceof List<?> list) {
            list.forEach(f -> findings.add(text(f).trim()));
        }
        Map<String, String> provenance = new LinkedHashMap<>();
        for (String[] key : new String[][] {{"experiment_file", "experiment file"},
            {"experiment_sha256", "experiment file SHA-256"}, {"baseline_arm", "baseline arm"},
            {"threads", "threads"}}) {
            if (m.get(key[0]) != null) {
                provenance.put(key[1], text(m.get(key[0])));
            }
        }
        return new ReportContext(text(m.get("experiment")), text(m.get("description")), arms, findings,
                text(m.get("command")), number(m.get("master_seed")), text(m.get("version")),
                (int) number(m.get("days")), (int) number(m.get("replications")), provenance);
    }

    private static String text(Object o) {
        return o == null ? "" : String.valueOf(o);
    }

    private static long number(Object o) {
        if (o instanceof Number n) {
            return n.longValue();
        }
        try {
            return o == null ? 0 : Long.parseLong(String.valueOf(o).trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}

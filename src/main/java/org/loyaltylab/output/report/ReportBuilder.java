package org.loyaltylab.output.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.loyaltylab.output.charts.experiment.ExperimentCharts;
import org.loyaltylab.output.io.AtomicFiles;
import org.loyaltylab.output.manifest.RunManifest;

/**
 * Redraws an experiment's charts from the CSV tables in its results directory
 * ({@code charts/*.png|svg|pdf}) and writes {@code report.html}: one self-contained page (inline
 * SVG, inline CSS, no script, no network) with the question, the arms and what differs between
 * them, the findings in words, the results at a glance, the charts with captions, the
 * parameters that differ from the defaults, and how to reproduce the run. Nothing is
 * re-simulated: {@code loyaltylab report DIR} calls this on an existing directory.
 */
public final class ReportBuilder {
    /** File name of the report in a results folder. */
    public static final String REPORT = "report.html";
    /** Folder of the charts in a results folder. */
    public static final String CHARTS = "charts";

    private ReportBuilder() {
    }

    /** As {@link #build(Path, boolean)}, without slides. */
    public static Path build(Path dir) throws IOException {
        return build(dir, false);
    }

    /**
     * Draws the charts and writes the report of a directory written by {@code loyaltylab run},
     * taking the context from its manifest {@code run.json}, after checking that the folder is
     * complete and consistent (see {@link ResultsFolder}); the charts are drawn on all cores.
     *
     * @param slides also draw every chart as a slide for a projector, into {@code charts/slides/}
     * @return the report's path
     * @throws org.loyaltylab.BadInputException if the folder is incomplete or inconsistent
     */
    public static Path build(Path dir, boolean slides) throws IOException {
        return build(dir, ResultsFolder.check(dir), slides, Runtime.getRuntime().availableProcessors());
    }

    /**
     * Draws the charts and writes the report of a results directory just written with
     * {@code manifest}.
     *
     * @param slides  also draw every chart as a slide for a projector, into {@code charts/slides/}
     * @param threads draw that many charts at once
     * @return the report's path
     */
    public static Path build(Path dir, RunManifest manifest, boolean slides, int threads) throws IOException {
        return build(dir, contextOf(manifest), slides, threads);
    }

    /** As {@link #build(Path, ReportContext, boolean)}, without slides. */
    public static Path build(Path dir, ReportContext ctx) throws IOException {
        return build(dir, ctx, false);
    }

    /**
     * Draws the charts and writes the report of the results in {@code dir}.
     *
     * @param dir a results directory holding at least {@code timeseries.csv}; {@code summary.csv},
     *            {@code customers.csv.gz} (or plain), {@code comparison.csv}, {@code survival.csv} and
     *            {@code recovery.csv} are used when present (their charts are skipped otherwise)
     * @param ctx what the report says around the tables
     * @param slides also draw every chart as a slide for a projector, into {@code charts/slides/}
     * @return the report's path, {@code dir/report.html}
     * @throws IOException if {@code timeseries.csv} is missing or a file cannot be read or written
     */
    public static Path build(Path dir, ReportContext ctx, boolean slides) throws IOException {
        return build(dir, ctx, slides, 1);
    }

    /** As {@link #build(Path, ReportContext, boolean)}, drawing {@code threads} charts at once. */
    public static Path build(Path dir, ReportContext ctx, boolean slides, int threads) throws IOException {
        ExperimentCharts charts = new ExperimentCharts(dir, ctx.armNames(), ctx.warmupDays());
        List<ExperimentCharts.Drawn> drawn = charts.drawAll(threads);
        if (slides) {
            charts.drawSlides();
        }
        Path report = dir.resolve(REPORT);
        AtomicFiles.writeString(report, new ReportPage(dir, ctx, charts.arms(), drawn, threads).html());
        return report;
    }

    /** @return the report context held in a run manifest */
    static ReportContext contextOf(RunManifest m) {
        List<ReportContext.Arm> arms = new ArrayList<>();
        for (RunManifest.Arm arm : m.arms()) {
            arms.add(new ReportContext.Arm(arm.name(), arm.description(), arm.differsFromDefaults()));
        }
        List<String> findings = m.findings().stream().map(String::trim).toList();
        Map<String, String> provenance = new LinkedHashMap<>();
        put(provenance, "experiment file", m.experimentFile() == null ? null : ReproduceCommand.relative(m.experimentFile()));
        put(provenance, "experiment file SHA-256", m.experimentSha256());
        put(provenance, "baseline arm", m.baselineArm());
        put(provenance, "threads", String.valueOf(m.threads()));
        String command = ReproduceCommand.of(m.command(), m.experimentFile(), m.masterSeed(), m.days(),
                m.replications());
        return new ReportContext(m.experiment(), m.description(), arms, findings, command, m.masterSeed(),
                m.version(), m.days(), m.replications(), provenance, m.warmupDays());
    }

    private static void put(Map<String, String> provenance, String name, String value) {
        if (value != null) {
            provenance.put(name, value);
        }
    }
}

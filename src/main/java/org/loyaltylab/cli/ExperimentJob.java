package org.loyaltylab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.loyaltylab.analysis.ArmSamples;
import org.loyaltylab.analysis.Comparison;
import org.loyaltylab.analysis.Findings;
import org.loyaltylab.analysis.RecoveryCurves;
import org.loyaltylab.analysis.SurvivalAnalysis;
import org.loyaltylab.experiment.Arm;
import org.loyaltylab.experiment.ExperimentSpec;
import org.loyaltylab.experiment.FailureSink;
import org.loyaltylab.experiment.ReplicationRunner;
import org.loyaltylab.experiment.RunResult;
import org.loyaltylab.model.param.ParameterRegistry;
import org.loyaltylab.output.AnalysisTables;
import org.loyaltylab.output.ExperimentTables;
import org.loyaltylab.output.FailureTables;
import org.loyaltylab.output.Json;
import org.loyaltylab.output.io.AtomicFiles;
import org.loyaltylab.output.report.ReportBuilder;
import org.loyaltylab.stats.ConfidenceInterval;

/**
 * One {@code run} of an experiment: runs the replications (adding batches while a precision
 * target is not met), then writes the tables, the analysis, the manifest, and prints the
 * findings.
 */
final class ExperimentJob {
    /** The metric whose precision {@code --precision} controls. */
    static final String HEADLINE = "retention";

    private final ExperimentSpec spec;
    private final Path dir;
    private final int threads;
    private final Double precision;
    private final int maxReplications;
    private final boolean quiet;
    private final boolean charts;
    private final boolean failures;
    private final List<String> command;
    private final PrintWriter out;

    ExperimentJob(ExperimentSpec spec, Path dir, int threads, Double precision, int maxReplications, boolean quiet,
                  boolean charts, boolean failures, List<String> command, PrintWriter out) {
        this.charts = charts;
        this.failures = failures;
        this.spec = spec;
        this.dir = dir;
        this.threads = threads;
        this.precision = precision;
        this.maxReplications = maxReplications;
        this.quiet = quiet;
        this.command = command;
        this.out = out;
    }

    void execute() throws IOException {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new UsageException("--out " + dir + " exists and is not a directory");
        }
        Files.createDirectories(dir);
        long start = System.nanoTime();
        FailureTables record = failures ? new FailureTables(dir) : null;
        ReplicationRunner runner = new ReplicationRunner(spec.plans(), spec.seed(), spec.days(), threads,
                failures ? record : FailureSink.OFF);
        List<RunResult> results = new ArrayList<>();
        int done = 0;
        int batch = spec.replications();
        Map<String, Object> stopping = null;
        while (true) {
            int to = precision == null ? batch : Math.min(maxReplications, done + batch);
            results.addAll(runBatch(runner, done + 1, to));
            done = to;
            if (precision == null) {
                break;
            }
            double worst = worstRelativeHalfWidth(new ArmSamples(results));
            stopping = new LinkedHashMap<>();
            stopping.put("headline_metric", HEADLINE);
            stopping.put("target_relative_half_width", precision);
            stopping.put("achieved_relative_half_width", worst);
            stopping.put("replications", done);
            stopping.put("reached", worst <= precision);
            if (worst <= precision || done >= maxReplications) {
                break;
            }
            batch = Math.max(2, spec.replications());
        }
        double wall = (System.nanoTime() - start) / 1e9;
        ExperimentTables.write(dir, results);
        if (failures) {
            record.assemble();
        } else {
            FailureTables.removeStale(dir);
        }
        ArmSamples samples = new ArmSamples(results);
        String baseline = spec.baselineArm().name();
        List<String> findings = List.of();
        if (spec.arms().size() > 1) {
            Comparison comparison = new Comparison(samples, baseline);
            AnalysisTables.writeComparison(dir, comparison);
            findings = Findings.sentences(comparison, spec.days());
        }
        AnalysisTables.writeSurvival(dir, new SurvivalAnalysis(samples, baseline, spec.days(),
                spec.base().integer(ParameterRegistry.OBSERVATION_INTERVAL)));
        AnalysisTables.writeRecovery(dir, RecoveryCurves.of(samples));
        List<RecoveryCurves.LagPoint> byLag = RecoveryCurves.byLag(samples);
        AnalysisTables.writeRecoveryByLag(dir, byLag);
        findings = new ArrayList<>(findings);
        findings.addAll(Findings.recoveryParadox(byLag));
        long events = results.stream().mapToLong(RunResult::events).sum();
        AtomicFiles.writeString(dir.resolve("run.json"), Json.write(manifest(done, wall, events, stopping, findings)));
        if (charts) {
            ReportBuilder.build(dir);
        }
        if (!quiet) {
            printSummary(samples, findings, done, wall, events);
        }
    }

    private List<RunResult> runBatch(ReplicationRunner runner, int from, int to) {
        int runs = (to - from + 1) * spec.arms().size();
        if (quiet || System.console() == null) {
            return runner.run(from, to, r -> { });
        }
        try (ProgressBar bar = new ProgressBarBuilder().setTaskName("Simulating").setInitialMax(runs)
                .setStyle(ProgressBarStyle.ASCII).setUnit(" runs", 1).showSpeed().build()) {
            return runner.run(from, to, r -> bar.step());
        }
    }

    private double worstRelativeHalfWidth(ArmSamples samples) {
        double worst = 0;
        for (String arm : samples.arms()) {
            double rel = ConfidenceInterval.studentT(samples.metric(arm, HEADLINE), 0.95).relativeHalfWidth();
            worst = Double.isNaN(rel) ? Double.POSITIVE_INFINITY : Math.max(worst, rel);
        }
        return worst;
    }

    private Map<String, Object> manifest(int replications, double wall, long events, Map<String, Object> stopping,
                                         List<String> findings) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("tool", "loyaltylab");
        m.put("version", Version.current());
        m.put("command", "loyaltylab " + String.join(" ", command));
        m.put("experiment", spec.name());
        m.put("description", spec.description());
        m.put("experiment_file", spec.file() == null ? null : spec.file().toString());
        m.put("experiment_sha256", spec.file() == null ? null : sha256(spec.file()));
        m.put("master_seed", spec.seed());
        m.put("days", spec.days());
        m.put("replications", replications);
        m.put("threads", threads);
        m.put("precision", stopping);
        m.put("baseline_arm", spec.baselineArm().name());
        List<Object> arms = new ArrayList<>();
        for (Arm a : spec.arms()) {
            Map<String, Object> arm = new LinkedHashMap<>();
            arm.put("name", a.name());
            arm.put("description", a.description());
            arm.put("baseline", a.name().equals(spec.baselineArm().name()));
            arm.put("differs_from_defaults", a.parameters().differencesFromDefaults());
            arm.put("parameters", a.parameters().asMap());
            arms.add(arm);
        }
        m.put("arms", arms);
        m.put("findings", findings);
        m.put("wall_seconds", wall);
        m.put("events_processed", events);
        return m;
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private void printSummary(ArmSamples samples, List<String> findings, int replications, double wall, long events) {
        out.printf("%s: %d arm(s) x %d replications, %d days, %.1f s, %,d events%n", spec.name(), spec.arms().size(),
                replications, spec.days(), wall, events);
        for (String arm : samples.arms()) {
            ConfidenceInterval retention = ConfidenceInterval.studentT(samples.metric(arm, "retention"), 0.95);
            ConfidenceInterval profit = ConfidenceInterval.studentT(samples.metric(arm, "profit"), 0.95);
            out.printf("  %-24s retention %.1f %% (%.1f to %.1f), profit %.2f M (%.2f to %.2f)%n", arm,
                    100 * retention.mean(), 100 * retention.lower(), 100 * retention.upper(), profit.mean() / 1e6,
                    profit.lower() / 1e6, profit.upper() / 1e6);
        }
        for (String f : findings) {
            out.println(f);
        }
        out.println("Results in " + dir + (charts ? " (report: " + dir.resolve("report.html") + ")" : ""));
        out.flush();
    }
}

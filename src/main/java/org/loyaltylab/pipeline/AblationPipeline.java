package org.loyaltylab.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.loyaltylab.analysis.Ablation;
import org.loyaltylab.analysis.ArmSamples;
import org.loyaltylab.experiment.ArmPlan;
import org.loyaltylab.experiment.Contrast;
import org.loyaltylab.experiment.ExperimentSpec;
import org.loyaltylab.experiment.FailureSink;
import org.loyaltylab.experiment.ReplicationRunner;
import org.loyaltylab.experiment.RunResult;
import org.loyaltylab.experiment.Simulation;
import org.loyaltylab.model.metric.Metric;
import org.loyaltylab.model.metric.SummaryMetrics;
import org.loyaltylab.model.param.ParameterDef;
import org.loyaltylab.model.param.ParameterRegistry;
import org.loyaltylab.output.AblationTable;
import org.loyaltylab.output.report.ShortReport;
import org.loyaltylab.output.report.WorldsReport;

/**
 * A {@code run --ablation}: runs every arm of an experiment with every mechanism on, then with
 * each mechanism switch ({@link ParameterRegistry#mechanisms()}) off in turn, all with the same
 * seeds per replication (common random numbers), and writes {@code ablation.csv}: what share of
 * each of the experiment's contrasts (by default each arm's gain over the baseline) each mechanism
 * carries ({@link Ablation}), with a short report. An arm that
 * switches a mechanism off itself stays so. Prints nothing; progress goes to a
 * {@link ProgressListener}.
 */
public final class AblationPipeline {
    private static final String ON = "all-on";
    private static final String SEPARATOR = "\u0000";

    private final ExperimentSpec spec;
    private final Path dir;
    private final int threads;
    private final ProgressListener progress;

    /**
     * @param spec     the experiment, with its command-line overrides and replications
     * @param dir      the results folder
     * @param threads  worker threads, at least 1
     * @param progress hears the progress
     */
    public AblationPipeline(ExperimentSpec spec, Path dir, int threads, ProgressListener progress) {
        this.spec = spec;
        this.dir = dir;
        this.threads = threads;
        this.progress = progress;
    }

    /**
     * Runs the experiment once per mechanism and writes {@code ablation.csv}, {@code report.html}
     * and its chart.
     *
     * @return the findings in words, one per contrast
     * @throws org.loyaltylab.BadInputException if the output folder cannot be used
     * @throws IOException if the table cannot be written
     */
    public List<String> run() throws IOException {
        ExperimentPipeline.checkMemory(spec, threads);
        OutputFolder folder = OutputFolder.begin("--out", dir,
                name -> name.equals(AblationTable.FILE) || ShortReport.written(name));
        try {
            List<Ablation> rows = ablate(new ArmSamples(simulate()));
            AblationTable.write(folder.dir(), rows);
            List<String> findings = Ablation.findings(rows, SummaryMetrics.RETENTION,
                    spec.base().choice(ParameterRegistry.CURRENCY));
            WorldsReport.ablation(folder.dir(), spec, rows, findings);
            folder.commit();
            return findings;
        } finally {
            folder.abandon();
        }
    }

    private List<RunResult> simulate() {
        List<ArmPlan> plans = new ArrayList<>();
        for (String variant : variants()) {
            for (ArmPlan arm : spec.plans()) {
                plans.add(new ArmPlan(arm.name() + SEPARATOR + variant,
                        variant.equals(ON) ? arm.parameters() : arm.parameters().with(variant, "off")));
            }
        }
        int[] finished = {0};
        progress.started("Simulating with each mechanism off", plans.size() * spec.replications());
        try {
            Simulation withoutCustomers = (arm, index, p, rep, seed, days, keep, failures) ->
                    Simulation.MODEL.run(arm, index, p, rep, seed, days, false, failures);
            return new ReplicationRunner(plans, spec.seed(), spec.days(), threads, withoutCustomers, FailureSink.OFF)
                    .run(1, spec.replications(), r -> {
                synchronized (finished) {
                    progress.finished(++finished[0]);
                }
            });
        } finally {
            progress.ended();
        }
    }

    private List<Ablation> ablate(ArmSamples samples) {
        List<Ablation> rows = new ArrayList<>();
        for (Contrast c : spec.contrasts()) {
            for (Metric m : WorldsPipeline.METRICS) {
                double[] full = contrast(samples, c, ON, m);
                for (String mechanism : variants().subList(1, variants().size())) {
                    rows.add(Ablation.of(c, m, mechanism, full, contrast(samples, c, mechanism, m)));
                }
            }
        }
        return rows;
    }

    /** @return the contrast per replication, every run with {@code variant} */
    private static double[] contrast(ArmSamples samples, Contrast c, String variant, Metric m) {
        List<double[]> x = c.arms().stream().map(a -> samples.metric(name(a, variant), m)).toList();
        double[] out = new double[x.get(0).length];
        for (int r = 0; r < out.length; r++) {
            out[r] = x.get(0)[r] - x.get(1)[r] - (c.isInteraction() ? x.get(2)[r] - x.get(3)[r] : 0);
        }
        return out;
    }

    /** @return "all-on", then the key of every mechanism switch */
    private static List<String> variants() {
        List<String> variants = new ArrayList<>(List.of(ON));
        ParameterRegistry.mechanisms().stream().map(ParameterDef::key).forEach(variants::add);
        return variants;
    }

    private static String name(String arm, String variant) {
        return arm + SEPARATOR + variant;
    }
}

package org.loyaltylab.output.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.loyaltylab.analysis.Ablation;
import org.loyaltylab.analysis.ContrastSensitivity;
import org.loyaltylab.analysis.Robustness;
import org.loyaltylab.analysis.Scenario;
import org.loyaltylab.analysis.WorldFindings;
import org.loyaltylab.analysis.WorldResults;
import org.loyaltylab.experiment.ExperimentSpec;
import org.loyaltylab.output.charts.worlds.AblationChart;
import org.loyaltylab.output.charts.worlds.SobolChart;
import org.loyaltylab.model.param.ParameterRegistry;
import org.loyaltylab.output.charts.worlds.WorldsGainChart;

/**
 * The {@code report.html} and charts of a {@code run --worlds} and of a {@code run --ablation}:
 * the question, the findings in words, the tables and the charts (see {@link ShortReport}).
 */
public final class WorldsReport {
    private WorldsReport() {
    }

    /**
     * Writes the report of a worlds run into {@code dir}.
     *
     * @param worlds     the worlds the robustness was measured on
     * @param robustness one row per arm and metric
     * @param scenarios  the PRIM box of each arm and metric
     * @param sobol      the Sobol indices of each gain, empty without a Saltelli design
     * @param findings   the findings in words
     */
    public static void worlds(Path dir, ExperimentSpec spec, WorldResults worlds, List<Robustness> robustness,
                              List<Scenario> scenarios, List<ContrastSensitivity> sobol, List<String> findings)
            throws IOException {
        List<String> arms = arms(spec);
        String currency = spec.base().choice(ParameterRegistry.CURRENCY);
        List<List<String>> rows = new ArrayList<>();
        for (Robustness r : robustness) {
            rows.add(List.of(r.arm(), r.metric().key(), String.format(Locale.ROOT, "%d of %d", r.wins().successes(),
                    r.wins().n()), percent(r.wins().share()) + " (" + percent(r.wins().lower()) + " to "
                    + percent(r.wins().upper()) + ")", WorldFindings.gain(r.medianGain(), r.metric(), currency),
                    WorldFindings.gain(r.gainP05(), r.metric(), currency) + " to "
                            + WorldFindings.gain(r.gainP95(), r.metric(), currency),
                    r.worstRegret() > 0 ? WorldFindings.gain(-r.worstRegret(), r.metric(), currency) : "never loses"));
        }
        List<List<String>> boxes = new ArrayList<>();
        for (Scenario s : scenarios) {
            if (s.box() != null) {
                boxes.add(List.of(s.arm(), s.metric().key(), Integer.toString(s.losing()), s.ranges().isEmpty()
                        ? "anywhere" : String.join(" and ", s.ranges().stream().map(WorldFindings::range).toList()),
                        percent(s.box().coverage()), percent(s.box().density()), Integer.toString(s.box().points())));
            }
        }
        String baseline = spec.baselineArm().name();
        ShortReport report = new ShortReport(dir, "Robustness across " + worlds.size() + " plausible worlds",
                spec.name(), spec.description())
                .findings(findings)
                .chart(WorldsGainChart.NAME, WorldsGainChart.figure(arms, worlds, robustness, currency), "The gain of each "
                        + "arm over " + baseline + " in every plausible world, paired by replication.")
                .table("Robustness", "Per arm and metric: the worlds where the arm beats " + baseline
                        + " (95 % Wilson interval), the median gain, the 5 to 95 % range of gains across worlds and "
                        + "the worst case. From robustness.csv.", List.of("Arm", "Metric", "Worlds won", "Share won",
                        "Median gain", "5 to 95 % of worlds", "Worst case"), rows);
        if (!boxes.isEmpty()) {
            report.table("Where an arm loses", "The box of parameter ranges (PRIM) that holds most of the worlds "
                    + "where the arm loses: coverage is the share of losing worlds inside it, density the share of "
                    + "worlds inside it that lose. From scenarios.csv.", List.of("Arm", "Metric", "Losing worlds",
                    "Box", "Coverage", "Density", "Worlds in box"), boxes);
        }
        report.chart(SobolChart.NAME, SobolChart.figure(arms, sobol), "What each gain depends on: total Sobol "
                + "indices with 95 % bootstrap intervals, from sobol.csv.").write();
    }

    /**
     * Writes the report of an ablation run into {@code dir}.
     *
     * @param rows     the ablation rows
     * @param findings the findings in words
     */
    public static void ablation(Path dir, ExperimentSpec spec, List<Ablation> rows, List<String> findings)
            throws IOException {
        List<List<String>> table = new ArrayList<>();
        String currency = spec.base().choice(ParameterRegistry.CURRENCY);
        for (Ablation a : rows) {
            table.add(List.of(a.arm(), a.metric().key(), a.mechanism(), WorldFindings.gain(a.fullGain().mean(),
                    a.metric(), currency), WorldFindings.gain(a.gainOff().mean(), a.metric(), currency),
                    percent(a.share().mean()),
                    Double.isNaN(a.share().lower()) ? "not clear" : percent(a.share().lower()) + " to "
                            + percent(a.share().upper())));
        }
        new ShortReport(dir, "Which mechanisms carry the gain", spec.name(), spec.description())
                .findings(findings)
                .chart(AblationChart.NAME, AblationChart.figure(arms(spec), rows), "The share of each arm's gain "
                        + "over " + spec.baselineArm().name() + " that is lost when one mechanism is switched off.")
                .table("Ablation", "Per arm, metric and mechanism: the gain with every mechanism on, the gain with "
                        + "the mechanism off, and the share the mechanism carries with its 95 % Fieller interval "
                        + "(not clear when the gain is not clearly different from 0). From ablation.csv.",
                        List.of("Arm", "Metric", "Mechanism off", "Gain", "Gain without it", "Share carried",
                                "95 % interval"), table)
                .write();
    }

    private static List<String> arms(ExperimentSpec spec) {
        return spec.arms().stream().map(a -> a.name()).toList();
    }

    private static String percent(double share) {
        return Double.isNaN(share) ? "n/a" : String.format(Locale.ROOT, "%.0f %%", 100 * share);
    }
}

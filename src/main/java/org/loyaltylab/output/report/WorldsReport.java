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
import org.loyaltylab.experiment.Contrast;
import org.loyaltylab.experiment.ExperimentSpec;
import org.loyaltylab.model.param.ParameterRegistry;
import org.loyaltylab.output.charts.worlds.AblationChart;
import org.loyaltylab.output.charts.worlds.ContrastColours;
import org.loyaltylab.output.charts.worlds.PrimBoxChart;
import org.loyaltylab.output.charts.worlds.SobolChart;
import org.loyaltylab.output.charts.worlds.WorldsGainChart;

/**
 * The {@code report.html} and charts of a {@code run --worlds} and of a {@code run --ablation}:
 * the question, the findings in words, the tables and the charts (see {@link ShortReport}). A
 * worlds report has a section per contrast: its headline as a share of worlds with its interval,
 * its value in every world, the PRIM box of the worlds where it fails, its Sobol indices (after a
 * Saltelli design) and how to see which mechanisms carry it ({@code --ablation}).
 */
public final class WorldsReport {
    private WorldsReport() {
    }

    /**
     * Makes the report of a worlds run into {@code dir}, its charts not yet drawn: run its {@link
     * ShortReport#chartJobs()} (beside the tables, on the run's threads), then {@link ShortReport#write()}.
     *
     * @param worlds     the worlds the robustness was measured on
     * @param robustness one row per contrast and metric
     * @param scenarios  the PRIM box of each contrast and metric, in the same order
     * @param sobol      the Sobol indices of each contrast and metric, empty without a Saltelli design
     * @param ablation   the rows of a {@code run --ablation} of the contrasts, or empty
     * @param findings   the findings in words
     * @return the report
     */
    public static ShortReport worlds(Path dir, ExperimentSpec spec, WorldResults worlds, List<Robustness> robustness,
                              List<Scenario> scenarios, List<ContrastSensitivity> sobol, List<Ablation> ablation,
                              List<String> findings) {
        String currency = currency(spec);
        List<List<String>> rows = new ArrayList<>();
        for (Robustness r : robustness) {
            rows.add(List.of(r.contrast().name(), r.metric().key(), String.format(Locale.ROOT, "%d of %d",
                    r.wins().successes(), r.wins().n()), percent(r.wins().share()) + " (" + percent(r.wins().lower())
                    + " to " + percent(r.wins().upper()) + ")", WorldFindings.gain(r.medianGain(), r.metric(), currency),
                    WorldFindings.gain(r.gainP05(), r.metric(), currency) + " to "
                            + WorldFindings.gain(r.gainP95(), r.metric(), currency),
                    r.worstRegret() > 0 ? WorldFindings.gain(-r.worstRegret(), r.metric(), currency) : "never below 0"));
        }
        ShortReport report = new ShortReport(dir, "Robustness across " + worlds.size() + " plausible worlds",
                spec.name(), spec.description())
                .findings(findings)
                .table("Robustness", "Per contrast and metric: the worlds where the contrast is above 0 (the arm "
                        + "wins; for an interaction, the first gap is wider), with the 95 % Wilson interval of that "
                        + "share, the median, the 5 to 95 % range across worlds and the worst case. From "
                        + "robustness.csv.", List.of("Contrast", "Metric", "Worlds above 0", "Share (95 % CI)",
                        "Median", "5 to 95 % of worlds", "Worst case"), rows);
        List<String> arms = spec.arms().stream().map(a -> a.name()).toList();
        List<Contrast> contrasts = spec.contrasts();
        int[] colours = ContrastColours.of(arms, contrasts);
        for (int i = 0; i < contrasts.size(); i++) {
            Contrast c = contrasts.get(i);
            section(report, c, colours[i], worlds, robustness.stream().filter(r -> r.contrast().equals(c)).toList(),
                    scenarios.stream().filter(s -> s.contrast().equals(c)).toList(),
                    sobol.stream().filter(s -> s.contrast().equals(c)).toList(),
                    ablation.stream().filter(a -> a.contrast().equals(c)).toList(), spec);
        }
        return report;
    }

    private static void section(ShortReport report, Contrast c, int colour, WorldResults worlds,
                                List<Robustness> robustness, List<Scenario> scenarios, List<ContrastSensitivity> sobol,
                                List<Ablation> ablation, ExperimentSpec spec) {
        String name = fileName(c);
        report.section("Contrast " + c.name() + ": " + c.definition(),
                WorldFindings.sentences(robustness.subList(0, 1), scenarios.subList(0, 1), currency(spec)).get(0));
        report.chart(WorldsGainChart.NAME + "-" + name, WorldsGainChart.figure(colour, worlds, robustness, currency(spec)),
                c.definition() + " in every plausible world, paired by replication, per metric.");
        List<List<String>> boxes = new ArrayList<>();
        for (Scenario s : scenarios) {
            if (s.box() != null) {
                boxes.add(List.of(s.metric().key(), Integer.toString(s.losing()), s.ranges().isEmpty() ? "anywhere"
                        : String.join(" and ", s.ranges().stream().map(WorldFindings::range).toList()),
                        percent(s.box().coverage()), percent(s.box().density()), Integer.toString(s.box().points())));
            }
        }
        if (!boxes.isEmpty()) {
            report.chart(PrimBoxChart.NAME + "-" + name, PrimBoxChart.figure(colour, worlds, scenarios), "The "
                    + "parameter ranges (PRIM) that hold most of the worlds where " + c.definition() + " is below 0, "
                    + "drawn against the prior ranges.");
            report.table("Where " + c.name() + " fails", "The box of parameter ranges (PRIM) that holds most of the "
                    + "worlds where the contrast is below 0: coverage is the share of those worlds inside it, density "
                    + "the share of worlds inside it that are such. From scenarios.csv.", List.of("Metric",
                    "Worlds below 0", "Box", "Coverage", "Density", "Worlds in box"), boxes);
        }
        report.chart(SobolChart.NAME + "-" + name, SobolChart.figure(colour, sobol), "What " + c.definition()
                + " depends on: total Sobol indices with 95 % bootstrap intervals, from sobol.csv.");
        String file = spec.file() == null ? "FILE" : spec.file().toString();
        if (!ablation.isEmpty()) {
            report.chart(AblationChart.NAME + "-" + name, AblationChart.figure(List.of(c), new int[] {colour}, ablation), "The share of "
                    + c.definition() + " lost when one mechanism is switched off, at the experiment's parameter set "
                    + "(from the ablation.csv given with --ablation-from).");
            return;
        }
        report.section("What carries " + c.name(), "Which mechanisms (escalation, the direct loyalty effect of an "
                + "answer, word of mouth, ...) carry this contrast is measured at one parameter set by `loyaltylab run "
                + file + " --ablation --out DIR`; `--ablation-from DIR` on this worlds run then draws its bars here.");
    }

    private static String currency(ExperimentSpec spec) {
        return spec.base().choice(ParameterRegistry.CURRENCY);
    }

    /** @return the contrast's name as a file name: lower-case letters, digits and dashes */
    static String fileName(Contrast c) {
        return c.name().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
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
        String currency = currency(spec);
        for (Ablation a : rows) {
            table.add(List.of(a.contrast().name(), a.metric().key(), a.mechanism(),
                    WorldFindings.gain(a.fullGain().mean(), a.metric(), currency), WorldFindings.gain(a.gainOff().mean(),
                    a.metric(), currency), percent(a.share().mean()), Double.isNaN(a.share().lower()) ? "not clear"
                            : percent(a.share().lower()) + " to " + percent(a.share().upper())));
        }
        new ShortReport(dir, "Which mechanisms carry the gain", spec.name(), spec.description())
                .findings(findings)
                .chart(AblationChart.NAME, AblationChart.figure(spec.contrasts(), ContrastColours.of(spec.arms()
                        .stream().map(a -> a.name()).toList(), spec.contrasts()), rows), "The share of each contrast that is lost when one mechanism is switched off.")
                .table("Ablation", "Per contrast, metric and mechanism: the contrast with every mechanism on, with "
                        + "the mechanism off, and the share the mechanism carries with its 95 % Fieller interval "
                        + "(not clear when the contrast is not clearly different from 0). From ablation.csv.",
                        List.of("Contrast", "Metric", "Mechanism off", "Gain", "Gain without it", "Share carried",
                                "95 % interval"), table)
                .write();
    }

    private static String percent(double share) {
        return Double.isNaN(share) ? "n/a" : String.format(Locale.ROOT, "%.0f %%", 100 * share);
    }
}

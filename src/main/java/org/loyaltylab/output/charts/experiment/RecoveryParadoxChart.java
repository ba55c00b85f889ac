package org.loyaltylab.output.charts.experiment;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jfree.chart.JFreeChart;
import org.loyaltylab.analysis.GapVerdict;
import org.loyaltylab.output.charts.Band;
import org.loyaltylab.output.charts.Categories;
import org.loyaltylab.output.charts.ChartStyle;
import org.loyaltylab.output.charts.Table;

/**
 * The service recovery paradox (440 Industries): mean loyalty over time by what became of the first
 * failure, against customers who never failed, one panel per arm; from recovery.csv. The title
 * says what the panels show (recovered customers above never-failed ones, or not).
 */
final class RecoveryParadoxChart implements ExperimentChart {
    /** The caveat of every chart by failure experience. */
    static final String NOT_CAUSAL = "Descriptive, not causal: customers who fail differ from those who do not";

    @Override
    public ExperimentCharts.Drawn draw(ExperimentTables tables) throws IOException {
        Table recovery = tables.table("recovery.csv");
        List<String> shown = tables.panelArms(recovery);
        if (shown.isEmpty()) {
            return null;
        }
        boolean comparable = recovery.rows().stream().anyMatch(r -> Table.text(r, "group")
                .equals("no_failure_comparable"));
        LongTables.Group reference = comparable
                ? new LongTables.Group("no_failure_comparable", "Never failed (comparable customers)",
                        Categories.NEVER_FAILED, ChartStyle.Dash.DASHED)
                : new LongTables.Group("no_failure", "Never failed", Categories.NEVER_FAILED, ChartStyle.Dash.DASHED);
        LongTables.Group recovered = new LongTables.Group("recovered", "First failure recovered", Categories.RECOVERED,
                ChartStyle.Dash.SOLID);
        List<LongTables.Group> groups = List.of(reference, recovered, new LongTables.Group("unresolved",
                "First failure unresolved", Categories.UNRESOLVED, ChartStyle.Dash.SOLID));
        List<JFreeChart> panels = BandPlot.perArmPanels(tables, shown, arm -> LongTables.groupCurves(recovery, arm,
                groups, "day", "mean_loyalty", "ci_low", "ci_high"), BandPlot.DAYS, "Mean loyalty (0 to 1)",
                BandPlot.Units.SHARE);
        Map<String, GapVerdict> verdicts = new LinkedHashMap<>();
        for (String arm : shown) {
            verdicts.put(arm, verdict(recovery, arm, recovered, reference));
        }
        String finding = GapVerdict.summary("Recovered customers", "never-failed ones", "days into the run",
                verdicts);
        String caption = "Mean loyalty of active customers by what became of their first service failure, with "
                + "95 % bands across replications; one panel per arm. "
                + (comparable ? "The dashed grey line follows customers who never had a failure, weighted to the "
                + "recovered customers' purchase rates. " : "The dashed grey line follows customers who never had "
                + "a failure. ")
                + "Where the indigo line runs above it, a well-recovered failure left customers more loyal than no "
                + "failure at all: the paradox holds. The title says where that is so (intervals apart). "
                + NOT_CAUSAL + ".";
        return Panels.perArm("recovery-paradox", finding, caption, finding, "Loyalty by what became of the first "
                + "failure. " + tables.replicationsNote() + ". " + NOT_CAUSAL, Panels.sameYRange(panels));
    }

    /** @return where one arm's recovered customers lie against the reference, day by day (bands apart) */
    private static GapVerdict verdict(Table recovery, String arm, LongTables.Group group, LongTables.Group reference) {
        TreeMap<Double, Band> g = LongTables.groupCurve(recovery, arm, group.key(), "day", "mean_loyalty", "ci_low",
                "ci_high");
        TreeMap<Double, Band> ref = LongTables.groupCurve(recovery, arm, reference.key(), "day", "mean_loyalty",
                "ci_low", "ci_high");
        List<GapVerdict.Point> points = new ArrayList<>();
        g.forEach((day, b) -> {
            Band r = ref.get(day);
            if (r != null) {
                points.add(new GapVerdict.Point(day, GapVerdict.Side.ofBands(b.low(), b.high(), r.low(), r.high())));
            }
        });
        return GapVerdict.of(points);
    }
}

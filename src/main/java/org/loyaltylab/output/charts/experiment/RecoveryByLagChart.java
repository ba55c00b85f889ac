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
 * The recovery paradox in event time: the loyalty gap to comparable never-failed customers by
 * days since the first failure, recovered against unresolved, one panel per arm; from
 * recovery-by-lag.csv. The title says for how long recovered customers stay above the
 * never-failed ones, if at all.
 */
final class RecoveryByLagChart implements ExperimentChart {
    private static final List<LongTables.Group> GROUPS = List.of(
            new LongTables.Group("recovered", "First failure recovered", Categories.RECOVERED, ChartStyle.Dash.SOLID),
            new LongTables.Group("unresolved", "First failure unresolved", Categories.UNRESOLVED,
                    ChartStyle.Dash.SOLID));

    @Override
    public ExperimentCharts.Drawn draw(ExperimentTables tables) throws IOException {
        TreeMap<Double, Band> zero = new TreeMap<>();
        zero.put(tables.series().firstDay(), new Band(0, 0, 0, 0));
        zero.put(tables.series().horizon(), new Band(0, 0, 0, 0));
        Table byLag = tables.table("recovery-by-lag.csv");
        List<String> shown = tables.panelArms(byLag);
        if (shown.isEmpty()) {
            return null;
        }
        List<JFreeChart> panels = BandPlot.perArmPanels(tables, shown, arm -> {
            List<BandPlot.Curve> curves = new ArrayList<>();
            curves.add(new BandPlot.Curve("Never failed (comparable customers)", Categories.NEVER_FAILED,
                    ChartStyle.Dash.DASHED, zero));
            curves.addAll(LongTables.groupCurves(byLag, arm, GROUPS, "days_since_failure", "gap", "gap_ci_low",
                    "gap_ci_high"));
            return curves;
        }, "Days since the first failure", "Loyalty gap (0 to 1 scale)", BandPlot.Units.PLAIN);
        Map<String, GapVerdict> verdicts = new LinkedHashMap<>();
        for (String arm : shown) {
            List<GapVerdict.Point> points = new ArrayList<>();
            LongTables.groupCurve(byLag, arm, "recovered", "days_since_failure", "gap", "gap_ci_low", "gap_ci_high")
                    .forEach((lag, b) -> points.add(new GapVerdict.Point(lag, GapVerdict.Side.ofGap(b.low(),
                            b.high()))));
            verdicts.put(arm, GapVerdict.of(points));
        }
        String finding = GapVerdict.summary("Recovered customers", "never-failed ones", "days after the failure",
                verdicts);
        String caption = "Mean loyalty of customers whose first failure was recovered (indigo) or left unresolved "
                + "(wine), minus the mean loyalty on the same days of never-failed customers who buy as "
                + "often (the dashed zero line), by days since that failure, with 95 % bands across replications; "
                + "one panel per arm. Above zero, a recovered failure left customers more loyal than no failure at "
                + "all: the paradox holds, and the panel shows for how long; the title says where the band is wholly "
                + "above zero. Later failures of the same customers are part of what follows, so the gap falls with "
                + "time. " + RecoveryParadoxChart.NOT_CAUSAL + ".";
        return Panels.perArm("recovery-by-lag", finding, caption, finding, "Loyalty gap to never-failed customers "
                + "by days since the first failure. " + tables.replicationsNote() + ". "
                + RecoveryParadoxChart.NOT_CAUSAL, Panels.sameYRange(panels));
    }
}

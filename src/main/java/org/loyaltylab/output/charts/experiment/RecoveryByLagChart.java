package org.loyaltylab.output.charts.experiment;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.jfree.chart.JFreeChart;
import org.loyaltylab.output.charts.Band;
import org.loyaltylab.output.charts.ChartStyle;
import org.loyaltylab.output.charts.Table;

/**
 * The recovery paradox in event time: the loyalty gap to comparable never-failed customers by
 * days since the first failure, recovered against unresolved, one panel per arm; from
 * recovery-by-lag.csv.
 */
final class RecoveryByLagChart implements ExperimentChart {
    private static final List<LongTables.Group> GROUPS = List.of(
            new LongTables.Group("recovered", "First failure recovered", ChartStyle.GREEN, false),
            new LongTables.Group("unresolved", "First failure unresolved", ChartStyle.VERMILLION, false));

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
            curves.add(new BandPlot.Curve("Never failed (comparable customers)", ChartStyle.BLACK, true, zero));
            curves.addAll(LongTables.groupCurves(byLag, arm, GROUPS, "days_since_failure", "gap", "gap_ci_low",
                    "gap_ci_high"));
            return curves;
        }, "Days since the first failure", "Loyalty gap (0 to 1 scale)", BandPlot.Units.PLAIN);
        String title = "The recovery paradox in time: loyalty gap after a first failure";
        String caption = "Mean loyalty of customers whose first failure was recovered (green) or left unresolved "
                + "(vermillion), minus the mean loyalty on the same days of never-failed customers who buy as "
                + "often (the dashed zero line), by days since that failure, with 95 % bands across replications; "
                + "one panel per arm" + tables.omitted(shown) + ". Above zero, a recovered failure left customers "
                + "more loyal than no failure at all: the paradox holds, and the panel shows for how long. Later "
                + "failures of the same customers are part of what follows, so the gap falls with time.";
        return new ExperimentCharts.Drawn("recovery-by-lag", title, caption, Panels.perArm(title,
                tables.replicationsNote(), Panels.sameYRange(panels)));
    }
}

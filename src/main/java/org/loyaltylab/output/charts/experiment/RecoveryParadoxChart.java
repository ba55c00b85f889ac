package org.loyaltylab.output.charts.experiment;

import java.io.IOException;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.loyaltylab.output.charts.ChartStyle;
import org.loyaltylab.output.charts.Table;

/**
 * The service recovery paradox (440 Industries): mean loyalty over time by what became of the first
 * failure, against customers who never failed, one panel per arm; from recovery.csv.
 */
final class RecoveryParadoxChart implements ExperimentChart {
    @Override
    public ExperimentCharts.Drawn draw(ExperimentTables tables) throws IOException {
        Table recovery = tables.table("recovery.csv");
        List<String> shown = tables.panelArms(recovery);
        if (shown.isEmpty()) {
            return null;
        }
        boolean comparable = recovery.rows().stream().anyMatch(r -> Table.text(r, "group")
                .equals("no_failure_comparable"));
        List<LongTables.Group> groups = List.of(comparable
                ? new LongTables.Group("no_failure_comparable", "Never failed (comparable customers)", ChartStyle.BLACK,
                        true)
                : new LongTables.Group("no_failure", "Never failed", ChartStyle.BLACK, true),
                new LongTables.Group("recovered", "First failure recovered", ChartStyle.GREEN, false),
                new LongTables.Group("unresolved", "First failure unresolved", ChartStyle.VERMILLION, false));
        List<JFreeChart> panels = BandPlot.perArmPanels(tables, shown, arm -> LongTables.groupCurves(recovery, arm,
                groups, "day", "mean_loyalty", "ci_low", "ci_high"), BandPlot.DAYS, "Mean loyalty (0 to 1)",
                BandPlot.Units.SHARE);
        String title = "The service recovery paradox: loyalty by what became of the first failure";
        String caption = "Mean loyalty of active customers by what became of their first service failure, with "
                + "95 % bands across replications; one panel per arm" + tables.omitted(shown) + ". "
                + (comparable ? "The dashed black line follows customers who never had a failure, weighted to the "
                + "recovered customers' purchase rates. " : "The dashed black line follows customers who never had "
                + "a failure. ")
                + "Where the green line runs above it, a well-recovered failure left customers more loyal than no "
                + "failure at all: the paradox holds.";
        return new ExperimentCharts.Drawn("recovery-paradox", title, caption, Panels.perArm(title,
                tables.replicationsNote(), Panels.sameYRange(panels)));
    }
}

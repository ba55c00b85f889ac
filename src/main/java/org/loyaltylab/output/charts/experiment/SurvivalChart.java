package org.loyaltylab.output.charts.experiment;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import org.apache.commons.csv.CSVRecord;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.title.TextTitle;
import org.loyaltylab.output.charts.Band;
import org.loyaltylab.output.charts.ChartStyle;
import org.loyaltylab.output.charts.Table;

/** Kaplan-Meier survival of all customers by days since they joined, one curve per arm. */
final class SurvivalChart implements ExperimentChart {
    /** The reading guide of every survival chart. */
    static final String NOTE = "Line: Kaplan-Meier estimate, replications pooled; shaded: 95 % confidence band";
    /** The x-axis label of every survival chart. */
    static final String SINCE_JOINED = "Days since the customer joined";
    /** The y-axis label of every survival chart. */
    static final String STILL_THERE = "Still with the firm (%)";

    @Override
    public ExperimentCharts.Drawn draw(ExperimentTables tables) throws IOException {
        Table survival = tables.table("survival.csv");
        if (survival == null) {
            return null;
        }
        List<BandPlot.Curve> curves = new ArrayList<>();
        for (int i = 0; i < tables.arms().size(); i++) {
            TreeMap<Double, Band> m = LongTables.survival(survival, tables.arms().get(i), "all", "all");
            if (!m.isEmpty()) {
                curves.add(new BandPlot.Curve(tables.arms().get(i), ChartStyle.colour(i), ChartStyle.Dash.SOLID, m));
            }
        }
        if (curves.isEmpty()) {
            return null;
        }
        String title = "Customer survival by arm (Kaplan-Meier)";
        JFreeChart chart = BandPlot.chart(tables, title, SINCE_JOINED, STILL_THERE, curves, BandPlot.Units.PERCENT, 1);
        chart.addSubtitle(0, new TextTitle(NOTE));
        ChartStyle.apply(chart, 1);
        return ExperimentCharts.Drawn.single("survival", title, "Share of customers still with the firm by time "
                + "since they joined (initial and newly acquired customers alike), Kaplan-Meier estimate with its "
                + "95 % confidence band; replications pooled." + logRankWords(tables.table("logrank.csv")), BandPlot.lastDayWords("Still with the firm %,d days "
                + "after joining", curves, title), chart);
    }

    /** @return the log-rank tests of logrank.csv in words, or "" without the table */
    static String logRankWords(Table logrank) {
        if (logrank == null || logrank.rows().isEmpty() || !logrank.columns().contains("strata")) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (CSVRecord r : logrank.rows()) {
            double p = Table.number(r, "p_value");
            parts.add(Table.text(r, "arm") + " against " + Table.text(r, "baseline_arm") + " "
                    + (p < 0.001 ? "p < 0.001" : String.format(Locale.ENGLISH, "p = %.3f", p)));
        }
        return " Log-rank test stratified by replication (the arms share their seeds, so each replication is "
                + "compared with itself; logrank.csv also has the unstratified test): " + String.join(", ", parts)
                + ".";
    }
}

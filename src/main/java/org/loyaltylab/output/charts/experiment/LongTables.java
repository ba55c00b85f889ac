package org.loyaltylab.output.charts.experiment;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.apache.commons.csv.CSVRecord;
import org.loyaltylab.output.charts.Band;
import org.loyaltylab.output.charts.ChartStyle;
import org.loyaltylab.output.charts.Table;

/** Curves read from long tables (survival.csv, recovery.csv, recovery-by-lag.csv): one row a point. */
final class LongTables {
    private LongTables() {
    }

    /**
     * @param table  the long table
     * @param rows   which rows make the curve
     * @param x      the column of the x value
     * @param mean   the column of the value
     * @param low    the column of the band's lower bound
     * @param high   the column of the band's upper bound
     * @param n      the column of the count behind each point, or null
     * @return the selected rows as bands keyed by x; a missing bound collapses onto the value,
     *         rows without a value are skipped
     */
    private static TreeMap<Double, Band> curve(Table table, Predicate<CSVRecord> rows, String x, String mean,
                                              String low, String high, String n) {
        TreeMap<Double, Band> m = new TreeMap<>();
        for (CSVRecord r : table.rows()) {
            double mid = Table.number(r, mean);
            if (rows.test(r) && !Double.isNaN(mid)) {
                m.put(Table.number(r, x), Band.filled(mid, Table.number(r, low), Table.number(r, high),
                        n == null ? 0 : (int) Table.number(r, n)));
            }
        }
        return m;
    }

    /**
     * A group of recovery.csv or recovery-by-lag.csv drawn as one line.
     *
     * @param key    the value of the group column
     * @param label  the line's legend entry
     * @param colour the line's colour
     * @param dash   how the line is drawn
     */
    record Group(String key, String label, Color colour, ChartStyle.Dash dash) {
    }

    /** @return one arm's curve of one group of recovery.csv or recovery-by-lag.csv; empty without rows */
    static TreeMap<Double, Band> groupCurve(Table table, String arm, String group, String x, String mean, String low,
                                            String high) {
        return curve(table, r -> Table.text(r, "arm").equals(arm) && Table.text(r, "group").equals(group), x, mean,
                low, high, null);
    }

    /** @return one arm's curve of each group that has rows, in the groups' order */
    static List<BandPlot.Curve> groupCurves(Table table, String arm, List<Group> groups, String x, String mean,
                                            String low, String high) {
        List<BandPlot.Curve> curves = new ArrayList<>();
        for (Group g : groups) {
            TreeMap<Double, Band> m = groupCurve(table, arm, g.key(), x, mean, low, high);
            if (!m.isEmpty()) {
                curves.add(new BandPlot.Curve(g.label(), g.colour(), g.dash(), m));
            }
        }
        return curves;
    }

    /** @return the rows of one arm and segment of survival.csv */
    private static Predicate<CSVRecord> armSegment(String arm, String type, String segment) {
        return r -> Table.text(r, "arm").equals(arm) && Table.text(r, "segment_type").equals(type)
                && Table.text(r, "segment").equals(segment);
    }

    /** @return one arm's and segment's Kaplan-Meier curve of survival.csv, in shares */
    static TreeMap<Double, Band> survival(Table survival, String arm, String type, String segment) {
        return curve(survival, armSegment(arm, type, segment), "day", "survival", "ci_low", "ci_high", "at_risk");
    }
}

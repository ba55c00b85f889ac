package org.loyaltylab.output.charts.experiment;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jfree.chart.JFreeChart;
import org.loyaltylab.analysis.Ranking;
import org.loyaltylab.output.charts.Band;
import org.loyaltylab.output.charts.Categories;
import org.loyaltylab.output.charts.ChartStyle;
import org.loyaltylab.output.charts.Table;

/**
 * Kaplan-Meier survival by segment of one segment type of survival.csv (spend tier,
 * temperament, outcome of the first failure, ...), one panel per arm.
 */
final class SurvivalBySegmentChart implements ExperimentChart {
    private final String type;

    /** @param type the segment type, a value of survival.csv's segment_type column */
    SurvivalBySegmentChart(String type) {
        this.type = type;
    }

    @Override
    public ExperimentCharts.Drawn draw(ExperimentTables tables) throws IOException {
        Table survival = tables.table("survival.csv");
        if (survival == null) {
            return null;
        }
        List<String> segments = new ArrayList<>();
        for (String s : survival.rows().stream().filter(r -> Table.text(r, "segment_type").equals(type))
                .map(r -> Table.text(r, "segment")).toList()) {
            if (!segments.contains(s)) {
                segments.add(s);
            }
        }
        List<String> shown = tables.panelArms(a -> segments.stream().anyMatch(
                s -> !LongTables.survival(survival, a, type, s).isEmpty()));
        if (shown.isEmpty()) {
            return null;
        }
        List<JFreeChart> panels = BandPlot.perArmPanels(tables, shown, arm -> {
            List<BandPlot.Curve> curves = new ArrayList<>();
            for (int s = 0; s < segments.size(); s++) {
                TreeMap<Double, Band> m = LongTables.survival(survival, arm, type, segments.get(s));
                if (!m.isEmpty()) {
                    curves.add(new BandPlot.Curve(segmentWords(segments.get(s)), segmentColour(segments.get(s), s),
                            segmentDash(segments.get(s), s), m));
                }
            }
            return curves;
        }, SurvivalChart.SINCE_JOINED, SurvivalChart.STILL_THERE, BandPlot.Units.PERCENT);
        String words = typeWords();
        boolean failure = "failure".equals(type);
        String described = "Customer survival by " + words + " (Kaplan-Meier)";
        String finding = finding(survival, shown, segments);
        String title = failure ? finding : described;
        String caption = "Share of customers still with the firm by days since they joined, per segment (by "
                + words + "): Kaplan-Meier estimate with its 95 % confidence band, one panel per arm; replications "
                + "pooled." + (failure ? " Segments are each customer's state at the end of the run: "
                + "descriptive, not causal (customers who fail differ from those who do not, and customers who stay "
                + "longer have more time to fail)." : "");
        String note = failure ? described + ". " + RecoveryParadoxChart.NOT_CAUSAL + ", and those who stay "
                + "longer have more time to fail" : SurvivalChart.NOTE;
        return Panels.perArm("survival-" + type.replace('_', '-'), title, caption, finding, note,
                Panels.sameYRange(panels));
    }

    /**
     * @return which segment survives best and worst at the last day every segment reaches, in
     *         words, e.g. "Still with the firm 700 days after joining, by outcome of the first failure:
     *         first failure recovered most, no failure fewest"
     *         (the first arm shown: segments rank alike in every arm more often than not)
     */
    private String finding(Table survival, List<String> shown, List<String> segments) {
        String arm = shown.get(0);
        double day = Double.POSITIVE_INFINITY;
        for (String s : segments) {
            TreeMap<Double, Band> m = LongTables.survival(survival, arm, type, s);
            if (!m.isEmpty()) {
                day = Math.min(day, m.lastKey());
            }
        }
        Map<String, double[]> at = new LinkedHashMap<>();
        for (String s : segments) {
            Map.Entry<Double, Band> e = LongTables.survival(survival, arm, type, s).floorEntry(day);
            if (e != null) {
                String w = segmentWords(s);
                at.put(Character.toLowerCase(w.charAt(0)) + w.substring(1), new double[] {e.getValue().mean(), e.getValue().low(),
                    e.getValue().high()});
            }
        }
        String what = String.format(Locale.ROOT, "Still with the firm %,d days after joining, by %s%s", Math.round(day),
                typeWords(), shown.size() > 1 ? " (" + arm + ")" : "");
        return Ranking.of(at).words(what, "most", "fewest");
    }

    private String typeWords() {
        return switch (type) {
            case "value_tier" -> "spend tier";
            case "temperament_tier" -> "temperament";
            case "failure" -> "outcome of the first failure";
            default -> type.replace('_', ' ');
        };
    }

    private String segmentWords(String segment) {
        return switch (type + "/" + segment) {
            case "value_tier/low" -> "Low spenders";
            case "value_tier/middle" -> "Middle spenders";
            case "value_tier/high" -> "High spenders";
            case "temperament_tier/calm" -> "Calm";
            case "temperament_tier/average" -> "Average temperament";
            case "temperament_tier/volatile" -> "Volatile";
            case "failure/none" -> "No failure";
            case "failure/recovered" -> "First failure recovered";
            case "failure/unresolved" -> "First failure unresolved";
            default -> segment.isEmpty() ? "(none)" : Character.toUpperCase(segment.charAt(0))
                    + segment.substring(1).replace('_', ' ');
        };
    }

    /** Category colours ({@link Categories}): a lightness ramp for tiers, grey / indigo / wine for failures. */
    private Color segmentColour(String segment, int index) {
        return switch (type + "/" + segment) {
            case "failure/none" -> Categories.NEVER_FAILED;
            case "failure/recovered" -> Categories.RECOVERED;
            case "failure/unresolved" -> Categories.UNRESOLVED;
            default -> Categories.tier(tierRank(segment, index));
        };
    }

    /** @return the line of a segment: the never-failed reference dashed, tiers dotted to solid by rank */
    private ChartStyle.Dash segmentDash(String segment, int index) {
        return switch (type + "/" + segment) {
            case "failure/none" -> ChartStyle.Dash.DASHED;
            case "failure/recovered", "failure/unresolved" -> ChartStyle.Dash.SOLID;
            default -> Categories.tierDash(tierRank(segment, index));
        };
    }

    /** @return the rank of a tier (0 low or calm, 1 middle or average, 2 high or volatile); else {@code other} */
    private static int tierRank(String segment, int other) {
        return switch (segment) {
            case "low", "calm" -> 0;
            case "middle", "average" -> 1;
            case "high", "volatile" -> 2;
            default -> other;
        };
    }
}

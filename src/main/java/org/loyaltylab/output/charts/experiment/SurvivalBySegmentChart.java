package org.loyaltylab.output.charts.experiment;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.jfree.chart.JFreeChart;
import org.loyaltylab.output.charts.Band;
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
                            false, m));
                }
            }
            return curves;
        }, SurvivalChart.SINCE_JOINED, SurvivalChart.STILL_THERE, BandPlot.Units.PERCENT);
        String words = typeWords();
        String title = "Customer survival by " + words + " (Kaplan-Meier)";
        String caption = "Share of customers still with the firm by days since they joined, per segment (by "
                + words + "): Kaplan-Meier estimate with its 95 % confidence band, one panel per arm"
                + tables.omitted(shown) + "; replications pooled."
                + ("failure".equals(type) ? " Segments are each customer's state at the end of the run: "
                + "descriptive, not causal (customers who stay longer have more time to fail)." : "");
        return new ExperimentCharts.Drawn("survival-" + type.replace('_', '-'), title, caption,
                Panels.perArm(title, SurvivalChart.NOTE, Panels.sameYRange(panels)));
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

    /** Colours with a meaning: sequential for tiers, black / green / vermillion for failures. */
    private Color segmentColour(String segment, int index) {
        return switch (type + "/" + segment) {
            case "value_tier/low", "temperament_tier/calm" -> ChartStyle.SKY;
            case "value_tier/middle", "temperament_tier/average" -> ChartStyle.ORANGE;
            case "value_tier/high" -> ChartStyle.BLUE;
            case "temperament_tier/volatile", "failure/unresolved" -> ChartStyle.VERMILLION;
            case "failure/none" -> ChartStyle.BLACK;
            case "failure/recovered" -> ChartStyle.GREEN;
            default -> ChartStyle.colour(index);
        };
    }
}

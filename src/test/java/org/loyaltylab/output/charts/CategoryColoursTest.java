package org.loyaltylab.output.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Paint;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.CategoryItemRenderer;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loyaltylab.model.customer.ExitReason;
import org.loyaltylab.output.charts.experiment.ExperimentCharts;
import org.loyaltylab.testing.Slow;

/**
 * One meaning per colour: in every chart kind of a five-arm experiment, a series that is not an
 * arm (a reason for leaving, a failure group, a tier) never has an arm's colour; and every arm
 * gets its panel.
 */
@Slow
class CategoryColoursTest {
    private static final List<String> ARMS = List.of("poor", "standard", "excellent", "excellent-severe",
            "excellent-repeated");

    @TempDir
    static Path tmp;
    static List<ExperimentCharts.Drawn> drawn;

    @BeforeAll
    static void draw() throws IOException {
        Path out = SyntheticResults.write(tmp.resolve("five"), ARMS, 3, 56, true);
        drawn = new ExperimentCharts(out, ARMS).charts();
    }

    @Test
    void noCategoryHasAnArmColourInAnyChart() {
        Set<Paint> armColours = IntStream.range(0, ARMS.size()).mapToObj(ChartStyle::colour)
                .collect(Collectors.toSet());
        assertEquals(ExperimentCharts.ALL, drawn.stream().map(ExperimentCharts.Drawn::name).toList());
        int categories = 0;
        for (ExperimentCharts.Drawn d : drawn) {
            for (JFreeChart panel : d.parts().panels()) {
                for (Map.Entry<String, Paint> series : seriesPaints(panel)) {
                    if (ARMS.contains(series.getKey())) {
                        continue;
                    }
                    categories++;
                    assertFalse(armColours.contains(series.getValue()), d.name() + ": category '" + series.getKey()
                            + "' has an arm's colour " + series.getValue());
                }
            }
        }
        assertTrue(categories > 30, "categories were found and checked: " + categories);
    }

    @Test
    void categoryColoursDifferFromEveryArmColourOfThePalette() {
        List<Paint> category = new ArrayList<>(List.of(Categories.NEVER_FAILED, Categories.RECOVERED,
                Categories.UNRESOLVED, Categories.tier(0), Categories.tier(1), Categories.tier(2)));
        for (ExitReason r : ExitReason.values()) {
            category.add(Categories.reason(r));
        }
        for (int i = 0; i < 8; i++) {
            assertFalse(category.contains(ChartStyle.colour(i)), "arm colour " + i + " is not a category colour");
        }
        assertEquals(category.size() - 1, Set.copyOf(category).size(),
                "each category has a colour of its own; unresolved is listed twice");
        assertEquals(Categories.UNRESOLVED, Categories.reason(ExitReason.UNRESOLVED),
                "unresolved means the same colour as a failure group and as a reason for leaving");
    }

    @Test
    void everyArmGetsItsPanelInChartsOfOnePanelPerArm() {
        for (String name : List.of("recovery-paradox", "recovery-by-lag", "survival-failure", "survival-value-tier",
                "survival-temperament-tier")) {
            ExperimentCharts.Drawn d = drawn.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
            assertEquals(ARMS, d.parts().panels().stream().map(p -> p.getTitle().getText()).toList(), name);
        }
    }

    /** @return each series of the chart by its key, with the paint it is drawn in */
    private static List<Map.Entry<String, Paint>> seriesPaints(JFreeChart chart) {
        List<Map.Entry<String, Paint>> paints = new ArrayList<>();
        if (chart.getPlot() instanceof XYPlot xy) {
            for (int k = 0; k < xy.getDatasetCount(); k++) {
                XYDataset data = xy.getDataset(k);
                XYItemRenderer r = xy.getRendererForDataset(data);
                for (int s = 0; data != null && s < data.getSeriesCount(); s++) {
                    paints.add(Map.entry(String.valueOf(data.getSeriesKey(s)), r.getItemPaint(s, 0)));
                }
            }
        } else if (chart.getPlot() instanceof CategoryPlot cat) {
            CategoryDataset data = cat.getDataset();
            CategoryItemRenderer r = cat.getRenderer();
            for (int s = 0; s < data.getRowCount(); s++) {
                for (int c = 0; c < data.getColumnCount(); c++) {
                    // the comparison colours each point by its arm (the column); bars by their reason (the row)
                    String key = ARMS.contains(String.valueOf(data.getColumnKey(c))) && r.getItemPaint(s, c)
                            .equals(ChartStyle.colour(ARMS.indexOf(String.valueOf(data.getColumnKey(c)))))
                            ? String.valueOf(data.getColumnKey(c)) : String.valueOf(data.getRowKey(s));
                    paints.add(Map.entry(key, r.getItemPaint(s, c)));
                }
            }
        }
        return paints;
    }
}

package org.loyaltylab.output.charts.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loyaltylab.output.charts.SyntheticResults;
import org.loyaltylab.testing.ImageContent;
import org.loyaltylab.testing.Slow;

/** Slides of a five-arm experiment: written, 1920 x 1080, 28 px ticks, at most three panels, from zero. */
@Slow
class SlideDeckTest {
    private static final List<String> ARMS = List.of("poor", "standard", "excellent", "excellent-severe",
            "excellent-repeated");

    @TempDir
    static Path tmp;
    static Path out;
    static List<Path> files;
    static List<SlideDeck.Slide> slides;

    @BeforeAll
    static void draw() throws IOException {
        out = SyntheticResults.write(tmp.resolve("five"), ARMS, 3, 56, true);
        ExperimentCharts charts = new ExperimentCharts(out, ARMS);
        files = charts.drawSlides();
        slides = SlideDeck.slides(charts.charts());
    }

    @Test
    void everyChartHasItsSlidesAsPngsOf1920By1080() throws IOException {
        for (String chart : ExperimentCharts.ALL) {
            assertTrue(files.stream().anyMatch(f -> f.getFileName().toString().matches(chart + "(-\\d)?\\.png")),
                    chart + " has a slide");
        }
        for (Path f : files) {
            assertEquals(out.resolve("charts/slides"), f.getParent());
            BufferedImage image = ImageIO.read(f.toFile());
            assertEquals(1920, image.getWidth(), f.toString());
            assertEquals(1080, image.getHeight(), f.toString());
            ImageContent.assertDrawn(image, 3, 20, 2000, f.toString());
        }
    }

    @Test
    void ticksAreAtLeast28PxAndValueAxesStartAtZero() {
        for (SlideDeck.Slide s : slides) {
            for (JFreeChart c : s.panels()) {
                for (Axis a : axes(c)) {
                    assertTrue(a.getTickLabelFont().getSize() >= 28, s.name() + ": tick labels of "
                            + a.getTickLabelFont().getSize() + " px");
                }
                Axis y = c.getPlot() instanceof XYPlot xy ? xy.getRangeAxis() : ((CategoryPlot) c.getPlot())
                        .getRangeAxis();
                if (y instanceof NumberAxis n) {
                    assertTrue(n.getLowerBound() <= 0 && n.getUpperBound() >= 0, s.name() + ": the y-axis shows zero, "
                            + n.getRange());
                }
            }
        }
    }

    @Test
    void atMostThreePanelsASlideSoTheServiceFloorAndFiveArmsTakeTwo() {
        slides.forEach(s -> assertTrue(s.panels().size() <= SlideDeck.MAX_PANELS, s.name()));
        for (String split : List.of("service-floor", "recovery-paradox", "recovery-by-lag", "survival-failure")) {
            assertEquals(List.of(split + "-1", split + "-2"), slides.stream().map(SlideDeck.Slide::name)
                    .filter(n -> n.startsWith(split + "-")).toList(), split);
        }
    }

    @Test
    void titlesAreFindings() {
        SlideDeck.Slide lag = slides.stream().filter(s -> s.name().equals("recovery-by-lag-1")).findFirst()
                .orElseThrow();
        assertTrue(lag.title().startsWith("Recovered customers are above never-failed ones in 4 of 5 arms"),
                lag.title());
    }

    @Test
    void bandsThatOverlapOnMostDaysAreFoundAndApartOnesAreNot() {
        assertTrue(SlideStyle.bandsOverlap(data(0.5, 0.52)), "bands 0.02 apart with half-width 0.05 overlap");
        assertFalse(SlideStyle.bandsOverlap(data(0.5, 0.7)), "bands 0.2 apart do not");
    }

    private static YIntervalSeriesCollection data(double a, double b) {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        for (double m : new double[] {a, b}) {
            YIntervalSeries s = new YIntervalSeries("s" + m);
            for (int day = 0; day < 10; day++) {
                s.add(day, m, m - 0.05, m + 0.05);
            }
            data.addSeries(s);
        }
        return data;
    }

    private static List<Axis> axes(JFreeChart c) {
        return c.getPlot() instanceof XYPlot xy ? List.of(xy.getDomainAxis(), xy.getRangeAxis())
                : List.of(((CategoryPlot) c.getPlot()).getDomainAxis(), ((CategoryPlot) c.getPlot()).getRangeAxis());
    }
}

package org.loyaltylab.output.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.math3.distribution.TDistribution;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loyaltylab.output.charts.experiment.ExperimentCharts;
import org.loyaltylab.output.io.TableFile;
import org.loyaltylab.testing.ImageContent;
import org.w3c.dom.Document;
import org.loyaltylab.testing.Slow;

/** Charts from synthetic tables (2 arms x 3 replications, days 0 to 56): files, sizes, content, degradation. */
@Slow
class ExperimentChartsTest {
    @TempDir
    static Path tmp;
    static Path out;
    static List<ExperimentCharts.Drawn> drawn;

    @BeforeAll
    static void draw() throws IOException {
        out = SyntheticResults.write(tmp.resolve("full"));
        drawn = new ExperimentCharts(out, List.of("defensive", "kind")).drawAll(2);
    }

    @Test
    void everyChartKindIsDrawnInReportOrder() {
        assertEquals(ExperimentCharts.ALL, drawn.stream().map(ExperimentCharts.Drawn::name).toList());
        for (ExperimentCharts.Drawn d : drawn) {
            assertFalse(d.title().isBlank(), d.name() + " has a title");
            assertTrue(d.caption().length() > 40, d.name() + " has a caption that says how to read it");
        }
    }

    @Test
    void everyChartIsAPngOf1600By900ThatIsNotBlank() throws IOException {
        for (String chart : ExperimentCharts.ALL) {
            BufferedImage image = ImageIO.read(out.resolve("charts/" + chart + ".png").toFile());
            assertEquals(1600, image.getWidth(), chart);
            assertEquals(900, image.getHeight(), chart);
            ImageContent.assertDrawn(image, 3, 20, 2000, chart);
        }
    }

    @Test
    void everyChartIsAlsoAnSvgThatParsesAndAPdf() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        for (String chart : ExperimentCharts.ALL) {
            Path svg = out.resolve("charts/" + chart + ".svg");
            Document doc = factory.newDocumentBuilder().parse(svg.toFile());
            assertEquals("svg", doc.getDocumentElement().getLocalName(), chart);
            assertEquals("http://www.w3.org/2000/svg", doc.getDocumentElement().getNamespaceURI(), chart);
            assertEquals("1600", doc.getDocumentElement().getAttribute("width"), chart);
            byte[] pdf = Files.readAllBytes(out.resolve("charts/" + chart + ".pdf"));
            assertTrue(pdf.length > 1000, chart + ".pdf has content");
            assertEquals("%PDF-", new String(pdf, 0, 5, StandardCharsets.US_ASCII), chart + ".pdf");
            assertTrue(new String(pdf, StandardCharsets.ISO_8859_1).contains("%%EOF"), chart + ".pdf is complete");
        }
    }

    @Test
    void chartsWhoseOptionalTablesAreAbsentAreSkipped() throws IOException {
        Path dir = SyntheticResults.write(tmp.resolve("core"), List.of("defensive", "kind"), 3, 56, false);
        Files.delete(dir.resolve("customers.csv"));
        List<String> names = new ExperimentCharts(dir).drawAll(1).stream().map(ExperimentCharts.Drawn::name).toList();
        assertEquals(List.of("active-customers", "churn-rate", "mean-loyalty", "profit", "churn-reasons",
                "service-floor", "comparison", "replications"), names);
        assertFalse(Files.exists(dir.resolve("charts/survival.png")));
        assertFalse(Files.exists(dir.resolve("charts/recovery-paradox.svg")));
        assertFalse(Files.exists(dir.resolve("charts/complaints-vs-value.pdf")));
    }

    @Test
    void theComplaintsChartReadsACompressedCustomerTable() throws IOException {
        Path dir = SyntheticResults.write(tmp.resolve("gzip"), List.of("defensive", "kind"), 3, 56, false);
        Path plain = dir.resolve("customers.csv");
        TableFile.write(dir.resolve("customers.csv.gz"), w -> w.write(Files.readString(plain)));
        Files.delete(plain);
        List<String> names = new ExperimentCharts(dir).drawAll(1).stream().map(ExperimentCharts.Drawn::name).toList();
        assertTrue(names.contains("complaints-vs-value"), names.toString());
    }

    @Test
    void withoutSummaryTheComparisonComesFromComparisonCsvAndReasonsFromTheTimeSeries() throws IOException {
        Path dir = SyntheticResults.write(tmp.resolve("nosummary"), List.of("defensive", "kind"), 3, 28, true);
        Files.delete(dir.resolve("summary.csv"));
        List<String> names = new ExperimentCharts(dir).drawAll(1).stream().map(ExperimentCharts.Drawn::name).toList();
        assertTrue(names.contains("churn-reasons") && names.contains("comparison"), names.toString());
    }

    @Test
    void oneArmWithOneReplicationDrawsWithoutBands() throws IOException {
        Path dir = SyntheticResults.write(tmp.resolve("single"), List.of("baseline"), 1, 14, true);
        List<ExperimentCharts.Drawn> charts = new ExperimentCharts(dir).drawAll(1);
        assertEquals(ExperimentCharts.ALL.size(), charts.size());
        for (ExperimentCharts.Drawn d : charts) {
            assertTrue(Files.size(dir.resolve("charts/" + d.name() + ".png")) > 5000, d.name());
        }
    }

    @Test
    void armsTakeTheGivenOrderSoThatArmIAlwaysHasColourI() throws IOException {
        assertEquals(List.of("kind", "defensive"), new ExperimentCharts(out, List.of("kind")).arms());
        assertEquals(List.of("defensive", "kind"), new ExperimentCharts(out).arms());
        assertEquals(ChartStyle.colour(0), ChartStyle.colour(8), "the palette cycles");
        assertEquals("#0072B2", ChartStyle.hex(0));
        assertEquals("#E69F00", ChartStyle.hex(1));
    }

    @Test
    void aDirectoryWithoutTimeSeriesIsAClearError() {
        IOException e = assertThrows(IOException.class, () -> new ExperimentCharts(tmp.resolve("nothing-here")));
        assertTrue(e.getMessage().contains("timeseries.csv"), e.getMessage());
    }

    @Test
    void bandsAreStudentTIntervalsAcrossReplications() {
        Band b = Band.of(new double[] {1, 2, 3, Double.NaN});
        double half = new TDistribution(2).inverseCumulativeProbability(0.975) * 1 / Math.sqrt(3);
        assertEquals(3, b.n());
        assertEquals(2, b.mean(), 1e-12);
        assertEquals(2 - half, b.low(), 1e-12);
        assertEquals(2 + half, b.high(), 1e-12);
        Band one = Band.of(new double[] {5});
        assertEquals(5, one.low());
        assertEquals(5, one.high());
        assertEquals(0, Band.of(new double[0]).n());
        Band clamped = new Band(0.5, -0.1, 1.2, 3).scaled(100, 0, 100);
        assertEquals(0, clamped.low());
        assertEquals(100, clamped.high());
    }

    @Test
    void moneyIsShownInThousandsOrMillionsAndSaysWhich() {
        assertEquals("million money units", ChartStyle.Money.forMagnitude(9.6e6).words());
        assertEquals(1e3, ChartStyle.Money.forMagnitude(250_000).divisor());
        assertEquals("money units", ChartStyle.Money.forMagnitude(900).words());
        assertEquals("thousand EUR", ChartStyle.Money.forMagnitude(9.6e3, "EUR").words());
    }
}

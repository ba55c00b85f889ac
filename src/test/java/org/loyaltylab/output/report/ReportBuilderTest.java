package org.loyaltylab.output.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loyaltylab.testing.ImageContent;
import org.loyaltylab.testing.Slow;

/** Every chart is drawn in three formats, is the right size and not blank; the report is self-contained. */
@Slow
class ReportBuilderTest {
    static final List<String> CHARTS = List.of("active-customers", "churn-rate", "mean-loyalty", "profit",
            "churn-reasons", "survival", "survival-value-tier", "survival-temperament-tier", "survival-failure",
            "recovery-paradox", "recovery-by-lag", "service-floor", "comparison", "complaints-vs-value");

    @TempDir
    static Path tmp;
    static Path out;

    @BeforeAll
    static void runExperiment() throws IOException {
        out = ReportFixture.run(tmp);
    }

    @Test
    void everyChartIsWrittenAsPngSvgAndPdfAndIsNotBlank() throws Exception {
        for (String chart : CHARTS) {
            Path png = out.resolve("charts/" + chart + ".png");
            BufferedImage image = ImageIO.read(png.toFile());
            assertEquals(1600, image.getWidth(), chart);
            assertEquals(900, image.getHeight(), chart);
            ImageContent.assertDrawn(image, 3, 20, 2000, chart);
            DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(out.resolve("charts/" + chart + ".svg").toFile());
            byte[] pdf = Files.readAllBytes(out.resolve("charts/" + chart + ".pdf"));
            assertTrue(pdf.length > 1000 && new String(pdf, 0, 5).equals("%PDF-"), chart + ".pdf");
        }
    }

    @Test
    void reportIsSelfContainedWithEveryChartAndTheFindings() throws IOException {
        String html = Files.readString(out.resolve("report.html"));
        for (String chart : CHARTS) {
            assertTrue(html.contains("<figure id=\"" + chart + "\"><svg"), chart + " inline");
        }
        Matcher urls = Pattern.compile("(?:src|href)\\s*=\\s*\"([^\"#]+)\"").matcher(html);
        while (urls.find()) {
            assertFalse(urls.group(1).contains("://") || urls.group(1).endsWith(".css") || urls.group(1).endsWith(".js"),
                    "external reference " + urls.group(1));
        }
        assertFalse(html.contains("<script"), "no script");
        assertTrue(html.contains("Does kind handling keep more customers?"), "the question");
        assertTrue(html.contains("Kind vs defensive:"), "the findings");
        assertTrue(html.contains("policies.handling = kind"), "what differs");
        assertTrue(html.contains("loyaltylab run"), "how to reproduce");
    }

    @Test
    void reportCommandRedrawsFromTheTablesAlone() throws IOException {
        Path charts = out.resolve("charts");
        for (String chart : CHARTS) {
            Files.delete(charts.resolve(chart + ".png"));
        }
        Files.delete(out.resolve("report.html"));
        int code = org.loyaltylab.cli.LoyaltyLab.run(new String[] {"report", out.toString()},
                new java.io.PrintStream(new java.io.ByteArrayOutputStream()), new java.io.PrintStream(new java.io.ByteArrayOutputStream()));
        assertEquals(0, code);
        for (String chart : CHARTS) {
            assertTrue(Files.exists(charts.resolve(chart + ".png")), chart);
        }
        assertTrue(Files.exists(out.resolve("report.html")));
    }
}

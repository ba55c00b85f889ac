package org.loyaltylab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loyaltylab.testing.Slow;

/** The charts and the short report of {@code run --worlds} and {@code run --ablation}. */
@Slow
class WorldsReportTest {
    private static final String EXPERIMENT = String.join("\n",
            "name: tiny-worlds-report",
            "description: Does kind handling keep more customers across plausible worlds?",
            "days: 90",
            "replications: 1",
            "seed: 8",
            "parameters:",
            "  customers: {initial_count: 1000}",
            "arms:",
            "  - name: defensive",
            "    parameters: {policies: {handling: defensive}}",
            "  - name: kind",
            "    parameters: {policies: {handling: kind}}",
            "");

    @Test
    void aWorldsRunWritesTheGainChartAndAReportWithItsFindingsAndTablesAndCanBeRunAgainIntoItsFolder(
            @TempDir Path tmp) throws IOException {
        Path file = tmp.resolve("tiny.yaml");
        Files.writeString(file, EXPERIMENT);
        Path dir = tmp.resolve("w");
        for (int run = 0; run < 2; run++) {
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            assertEquals(0, RunCommandTest.run(new ByteArrayOutputStream(), err, "run", file.toString(), "--worlds",
                    "6", "--threads", "1", "--quiet", "--out", dir.toString()), err::toString);
        }
        BufferedImage png = ImageIO.read(dir.resolve("charts/worlds-gain-kind-vs-defensive.png").toFile());
        assertEquals(1600, png.getWidth());
        assertTrue(Files.readString(dir.resolve("charts/worlds-gain-kind-vs-defensive.svg")).contains("Kind beats "
                + "defensive on retention in "), "the title says the share of worlds won");
        assertTrue(!Files.exists(dir.resolve("charts/worlds-sobol-kind-vs-defensive.png")),
                "no Sobol chart without a Saltelli design");
        String html = Files.readString(dir.resolve("report.html"));
        assertTrue(html.contains("Does kind handling keep more customers"), "the question");
        assertTrue(html.contains("<li>Kind beats defensive on retention in "), "the findings in words");
        assertTrue(html.contains("<h2>Robustness</h2>") && html.contains("<td>kind-vs-defensive</td><td>profit</td>"),
                "the robustness table");
        assertTrue(html.contains("<h2>Contrast kind-vs-defensive: kind - defensive</h2>"), "a section per contrast");
        assertTrue(html.contains("--ablation --out DIR</code>"), "the way to the ablation bars");
        assertTrue(html.contains("<svg"), "the chart inline");
    }

    @Test
    void anAblationRunWritesItsChartAndReportAndAWorldsRunDrawsItsBars(@TempDir Path tmp) throws IOException {
        Path file = tmp.resolve("tiny.yaml");
        Files.writeString(file, EXPERIMENT);
        Path dir = tmp.resolve("a");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(0, RunCommandTest.run(new ByteArrayOutputStream(), err, "run", file.toString(), "--ablation",
                "--replications", "2", "--days", "30", "--threads", "1", "--quiet", "--out", dir.toString()),
                err::toString);
        assertTrue(Files.size(dir.resolve("charts/ablation.png")) > 0);
        assertTrue(Files.readString(dir.resolve("charts/ablation.svg")).contains("word of mouth"),
                "mechanisms named in words");
        String html = Files.readString(dir.resolve("report.html"));
        assertTrue(html.contains("<h2>Ablation</h2>") && html.contains("<td>mechanisms.word_of_mouth</td>"), html);
        Path worlds = tmp.resolve("w");
        assertEquals(0, RunCommandTest.run(new ByteArrayOutputStream(), err, "run", file.toString(), "--worlds", "3",
                "--replications", "1", "--days", "30", "--threads", "1", "--quiet", "--ablation-from", dir.toString(),
                "--out", worlds.toString()), err::toString);
        assertTrue(Files.readString(worlds.resolve("charts/ablation-kind-vs-defensive.svg")).contains("word of mouth"),
                "the worlds report draws the ablation bars of the contrast");
    }
}

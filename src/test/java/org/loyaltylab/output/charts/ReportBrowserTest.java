package org.loyaltylab.output.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loyaltylab.output.report.ReportBuilder;
import org.loyaltylab.testing.ImageContent;
import org.loyaltylab.testing.Slow;

/**
 * Opens the report of synthetic tables in a real headless Chromium: it must load with no console
 * message, no uncaught error and no request leaving the file (Chromium's network log), and its
 * screenshot must show the page, not a blank one. A second test feeds Chromium a deliberately
 * broken page to prove that the checks catch what they look for. Skipped, with a message, when
 * /usr/bin/chromium is not installed.
 *
 * <p>Measured with Chromium 156: {@code --enable-logging=stderr --v=0} prints console messages as
 * {@code INFO:CONSOLE} lines whatever their level (console.error included), and prints nothing
 * for a failed sub-resource request; so every CONSOLE line counts, and requests are read from
 * {@code --log-net-log}, where the page's own requests carry the network isolation key of its
 * file:// origin (Chromium's background traffic does not).
 */
@Slow
class ReportBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @BeforeEach
    void needsChromium() {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM),
                "/usr/bin/chromium not installed (apt-get install -y chromium): headless browser test skipped");
    }

    @Test
    void reportRendersInHeadlessChromiumWithoutErrors(@TempDir Path tmp) throws Exception {
        Path out = SyntheticResults.write(tmp.resolve("run"));
        Path report = ReportBuilder.build(out, SyntheticResults.context(List.of("defensive", "kind")));
        Visit visit = open(report, tmp);
        assertEquals(List.of(), visit.problems(), "problems in Chromium:\n" + visit.stderr());
        BufferedImage image = ImageIO.read(visit.screenshot().toFile());
        assertEquals(1400, image.getWidth());
        ImageContent.assertDrawn(image, 4, 50, 5000, "the report screenshot");
        Files.createDirectories(Path.of("target"));
        Files.copy(visit.screenshot(), Path.of("target", "report-screenshot.png"), StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void theChecksCatchConsoleErrorsAndOutsideRequests(@TempDir Path tmp) throws Exception {
        Path bad = tmp.resolve("bad.html");
        Files.writeString(bad, "<!DOCTYPE html><html><head><link rel=\"stylesheet\" href=\"https://example.invalid/x.css\">"
                + "</head><body><p>broken</p><img src=\"http://example.invalid/y.png\">"
                + "<script>console.error('boom'); notDefined();</script></body></html>");
        List<String> problems = open(bad, tmp).problems();
        assertTrue(problems.stream().anyMatch(p -> p.contains("boom")), "console.error caught: " + problems);
        assertTrue(problems.stream().anyMatch(p -> p.contains("Uncaught")), "uncaught error caught: " + problems);
        assertTrue(problems.stream().anyMatch(p -> p.contains("https://example.invalid/x.css")),
                "outside request caught: " + problems);
    }

    /** What one headless visit left behind. */
    private record Visit(Path screenshot, String stderr, String netLog) {
        List<String> problems() {
            List<String> found = new ArrayList<>();
            for (String line : stderr.split("\n")) {
                if (line.contains("CONSOLE") || line.contains("Uncaught") || line.contains("net::ERR_")) {
                    found.add("console: " + line.trim());
                }
            }
            for (String line : netLog.split("\n")) {
                if (line.contains("\"network_isolation_key\":\"file://") && line.contains("\"url\":\"")) {
                    int at = line.indexOf("\"url\":\"") + 7;
                    found.add("request from the page: " + line.substring(at, line.indexOf('"', at)));
                }
            }
            return found;
        }
    }

    private static Visit open(Path page, Path tmp) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory(tmp, "chromium");
        Path shot = dir.resolve("screenshot.png");
        Path log = dir.resolve("stderr.log");
        Path net = dir.resolve("net-log.json");
        List<String> command = List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + dir.resolve("profile"), "--hide-scrollbars", "--window-size=1400,3000",
                "--enable-logging=stderr", "--v=0", "--log-net-log=" + net, "--screenshot=" + shot,
                page.toUri().toString());
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("Chromium did not finish within 60 s:\n" + Files.readString(log));
        }
        String stderr = Files.readString(log);
        assertEquals(0, p.exitValue(), "Chromium's exit code\n" + stderr);
        assertTrue(Files.exists(shot), "Chromium wrote no screenshot\n" + stderr);
        return new Visit(shot, stderr, Files.exists(net) ? Files.readString(net) : "");
    }
}

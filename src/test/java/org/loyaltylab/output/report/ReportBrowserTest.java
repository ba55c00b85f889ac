package org.loyaltylab.output.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the report in a real headless Chromium: it must load with no console errors and no
 * failed requests, and its screenshot must show the page (not blank). Skipped, with a message,
 * when Chromium is not installed; .ci/run installs it.
 */
class ReportBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @Test
    void reportLoadsInHeadlessChromiumWithoutErrors(@TempDir Path tmp) throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "Chromium not installed (apt-get install chromium): "
                + "browser test skipped");
        Path out = ReportFixture.run(tmp);
        Path shot = tmp.resolve("report.png");
        Path log = tmp.resolve("chromium.log");
        Process p = new ProcessBuilder(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--user-data-dir=" + tmp.resolve("profile"), "--hide-scrollbars",
                "--window-size=1400,3000", "--enable-logging=stderr", "--v=0", "--screenshot=" + shot,
                out.resolve("report.html").toUri().toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(p.waitFor(90, TimeUnit.SECONDS), "Chromium finished");
        String messages = Files.readString(log);
        assertEquals(0, p.exitValue(), messages);
        for (String line : messages.split("\n")) {
            boolean consoleError = line.contains("CONSOLE") && (line.contains("ERROR") || line.contains("Uncaught"));
            assertFalse(consoleError, "console error: " + line);
            assertFalse(line.contains("net::ERR_") && line.contains("file://"), "failed request: " + line);
        }
        BufferedImage image = ImageIO.read(shot.toFile());
        assertEquals(1400, image.getWidth());
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 5) {
            for (int x = 0; x < image.getWidth(); x += 5) {
                colours.add(image.getRGB(x, y) & 0xFFFFFF);
            }
        }
        assertTrue(colours.size() > 50, "screenshot shows content (" + colours.size() + " colours)");
        Files.copy(shot, Path.of("target", "report-screenshot.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}

package org.loyaltylab.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loyaltylab.testing.Slow;

/**
 * The live GUI under Xvfb, in screenshot mode, on four arms chosen from five, in large text: the
 * pictures have the expected size and content, every arm's charts have data, and no text on
 * screen (Console, charts, floor) is below the projector size. Skipped, with a message, when
 * xvfb-run is missing; .ci/run installs it.
 */
@Slow
class GuiScreenshotTest {
    @Test
    void withoutADisplayTheGuiSaysSoAndExitsWithTwo() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(List.of(java, "-Djava.awt.headless=false", "-cp",
                System.getProperty("java.class.path"), "org.loyaltylab.cli.LoyaltyLab", "gui", "--days", "1"))
                .redirectErrorStream(true);
        pb.environment().remove("DISPLAY");
        pb.environment().put("DISPLAY", ":87");
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(2, p.exitValue(), output);
        assertTrue(output.contains("error: no display"), output);
        assertTrue(!output.contains("\tat "), "no stack trace: " + output);
    }

    /** An experiment of five arms, the fifth unshown unless chosen; small enough for a test. */
    static String fiveArms() {
        return String.join("\n", "name: five", "description: Kind or defensive, calm or volatile, live.",
                "parameters:", "  customers: {initial_count: 2000}", "arms:",
                "  - name: defensive", "    parameters: {policies: {handling: defensive}}",
                "  - name: kind", "    parameters: {policies: {handling: kind}}",
                "  - name: defensive-volatile",
                "    parameters: {policies: {handling: defensive}, customers: {temperament_mean: 0.5}}",
                "  - name: kind-volatile",
                "    parameters: {policies: {handling: kind}, customers: {temperament_mean: 0.5}}",
                "  - name: kind-trained", "    parameters: {policies: {handling: kind, training: empathy}}", "");
    }

    @Test
    void fourChosenArmsInLargeTextHaveDataAndNoTextBelowTheProjectorSize(@TempDir Path tmp) throws Exception {
        Assumptions.assumeTrue(new File("/usr/bin/xvfb-run").canExecute(),
                "xvfb-run not installed (apt-get install xvfb): GUI test skipped");
        Path experiment = tmp.resolve("five.yaml");
        Files.writeString(experiment, fiveArms());
        Path png = tmp.resolve("gui.png");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(List.of("xvfb-run", "-a", "-s", "-screen 0 1920x1080x24", java,
                "-Djava.awt.headless=false", "-cp", System.getProperty("java.class.path"),
                "org.loyaltylab.cli.LoyaltyLab", "gui", experiment.toString(), "--arms",
                "kind-trained,defensive,kind,kind-volatile", "--large-text", "--screenshot", png.toString(),
                "--days", "30")).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "GUI finished");
        assertEquals(0, p.exitValue(), output);
        Map<String, Integer> points = new HashMap<>();
        Matcher m = Pattern.compile("chart-points arm=(\\S+) n=(\\d+)").matcher(output);
        while (m.find()) {
            points.put(m.group(1), Integer.parseInt(m.group(2)));
        }
        assertEquals(Map.of("defensive", 31, "kind", 31, "kind-volatile", 31, "kind-trained", 31), points,
                "one chart point per day for each chosen arm: " + output);
        Matcher text = Pattern.compile("smallest-text (\\w+) px=(\\d+)").matcher(output);
        int places = 0;
        while (text.find()) {
            places++;
            assertTrue(Integer.parseInt(text.group(2)) >= TextSize.PROJECTOR_PX, text.group() + "\n" + output);
        }
        assertEquals(3, places, "console, charts and floor report their smallest text: " + output);
        for (String name : List.of("gui.png", "gui-charts.png", "gui-console.png")) {
            BufferedImage image = ImageIO.read(tmp.resolve(name).toFile());
            assertEquals(name.equals("gui-console.png") ? 960 : 1920, image.getWidth(), name);
            assertEquals(1080, image.getHeight(), name);
            assertVaried(image);
        }
    }

    /** Fails when a picture is mostly one colour or has few colours (an empty or unpainted window). */
    private static void assertVaried(BufferedImage image) {
        Map<Integer, Integer> histogram = new HashMap<>();
        int samples = 0;
        for (int y = 0; y < image.getHeight(); y += 4) {
            for (int x = 0; x < image.getWidth(); x += 4) {
                histogram.merge(image.getRGB(x, y) & 0xFFFFFF, 1, Integer::sum);
                samples++;
            }
        }
        int commonest = histogram.values().stream().max(Integer::compare).orElse(0);
        assertTrue(histogram.size() > 50, "many colours: " + histogram.size());
        assertTrue(commonest < 0.9 * samples, "not all one colour");
    }
}

package org.loyaltylab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loyaltylab.testing.TinyExperiment;

/**
 * Every link of every report ({@code run}, {@code sweep}, {@code run --worlds}, {@code run --ablation})
 * leads somewhere: each {@code href} and {@code src} names a file of the results folder that exists,
 * or an anchor that the page has.
 */
class ReportLinksTest {
    private static final Pattern LINK = Pattern.compile("(?:href|src)=\"([^\"]*)\"");
    private static final Pattern ID = Pattern.compile("\\bid=\"([^\"]*)\"");

    @TempDir
    static Path tmp;
    static List<Path> reports = new ArrayList<>();

    @BeforeAll
    static void runEveryKindOfReport() throws IOException {
        Path file = tmp.resolve("links.yaml");
        Files.writeString(file, TinyExperiment.yaml("links", "Does every link lead somewhere?", 40, 2, 7, 200, null)
                + "sweep:\n  design: grid\n  replications: 1\n  factors:\n"
                + "    agents.empathy_mean: {min: 0.2, max: 0.8, steps: 2}\n"
                + "    agents.training_level_basic: {min: 0.2, max: 0.8, steps: 2}\n");
        String f = file.toString();
        run("run", f, "--out", out("run"), "--warmup", "10");
        run("sweep", f, "--out", out("sweep"));
        run("run", f, "--worlds", "2", "--replications", "1", "--out", out("worlds"));
        run("run", f, "--ablation", "--replications", "1", "--out", out("ablation"));
    }

    private static String out(String name) {
        Path dir = tmp.resolve(name);
        reports.add(dir.resolve("report.html"));
        return dir.toString();
    }

    private static void run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--threads", "1", "--quiet"));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(0, RunCommandTest.run(new ByteArrayOutputStream(), err, all.toArray(String[]::new)),
                () -> String.join(" ", args) + ": " + err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void everyLinkOfEveryReportResolves() throws IOException {
        for (Path report : reports) {
            assertTrue(Files.exists(report), report + " is written");
            String html = Files.readString(report);
            Set<String> ids = new HashSet<>();
            Matcher id = ID.matcher(html);
            while (id.find()) {
                ids.add(id.group(1));
            }
            Matcher link = LINK.matcher(html);
            int files = 0;
            while (link.find()) {
                String target = link.group(1);
                if (target.startsWith("#")) {
                    assertTrue(ids.contains(target.substring(1)), report + ": no anchor " + target);
                } else if (!target.startsWith("data:")) {
                    assertFalse(target.contains("://"), report + " links outside the folder: " + target);
                    Path resolved = report.getParent().resolve(target.replaceFirst("#.*", ""));
                    assertTrue(Files.exists(resolved), report + " links to a missing file: " + target);
                    files++;
                }
            }
            if (report.getParent().getFileName().toString().equals("sweep")) {
                assertTrue(files >= 4, "the sweep report links its tables: " + files);
            }
        }
    }

    @Test
    void theSweepReportShowsItsHeatmapsWithEachCellsInterval() throws IOException {
        String html = Files.readString(tmp.resolve("sweep/report.html"));
        assertTrue(html.contains("heatmap-retention-kind-minus-defensive"), "the difference heatmap is in it");
        assertTrue(html.contains("\u00b1 "), "cells show their interval");
        assertTrue(html.contains("./loyaltylab sweep ") && !html.contains(tmp.resolve("sweep").toString()),
                "a reproduce command without the temporary folder");
    }
}

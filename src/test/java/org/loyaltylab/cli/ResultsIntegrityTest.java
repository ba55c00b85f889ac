package org.loyaltylab.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.loyaltylab.testing.TinyExperiment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Results folders are never a mix of two runs, {@code report} refuses a folder that is
 * incomplete or inconsistent, and bad output folders and options are refused before anything
 * runs or is written.
 */
class ResultsIntegrityTest {
    private static final String SMALL = TinyExperiment.yaml("small", "A small market.", 60, 2, 3, 400,
            "0.5");

    private static Path small(Path tmp) throws IOException {
        Path file = tmp.resolve("small.yaml");
        Files.writeString(file, SMALL);
        return file;
    }

    private static String refused(String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = RunCommandTest.run(new ByteArrayOutputStream(), err, args);
        assertEquals(2, code, err::toString);
        assertFalse(err.toString().contains("\tat "), err::toString);
        return err.toString();
    }

    private static void ok(String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(0, RunCommandTest.run(new ByteArrayOutputStream(), err, args), err::toString);
    }

    /** @return every file under {@code dir}, by relative path, with its bytes */
    private static Map<String, byte[]> contents(Path dir) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return files;
    }

    private static List<String> hidden(Path parent) throws IOException {
        try (Stream<Path> list = Files.list(parent)) {
            return list.map(p -> p.getFileName().toString()).filter(n -> n.contains(".loyaltylab-")).toList();
        }
    }

    @Test
    void aRunKilledWhileOverwritingLeavesTheOldResultsWholeAndTheNextRunTidiesUp(@TempDir Path tmp) throws Exception {
        Path file = small(tmp);
        Path out = tmp.resolve("results");
        ok("run", file.toString(), "--out", out.toString(), "--quiet", "--no-charts");
        Map<String, byte[]> before = contents(out);
        assertTrue(before.containsKey("run.json") && before.containsKey("summary.csv"), before::toString);

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "org.loyaltylab.cli.LoyaltyLab", "run", file.toString(), "--out", out.toString(), "--days", "3000",
                "--replications", "400", "--threads", "1", "--quiet").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (hidden(tmp).isEmpty() && p.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(p.isAlive(), "the overwriting run is still running when killed");
        assertFalse(hidden(tmp).isEmpty(), "the new run writes into a hidden folder beside the target");
        Thread.sleep(500);
        p.destroyForcibly().waitFor();

        Map<String, byte[]> after = contents(out);
        assertEquals(before.keySet(), after.keySet(), "the same files as before the killed run");
        for (String name : before.keySet()) {
            assertArrayEquals(before.get(name), after.get(name), name + " untouched");
        }
        ok("report", out.toString());
        ok("run", file.toString(), "--out", out.toString(), "--quiet", "--no-charts", "--seed", "4");
        assertEquals(List.of(), hidden(tmp), "no stray folders after the next run");
        assertFalse(new String(Files.readAllBytes(out.resolve("summary.csv")))
                .equals(new String(before.get("summary.csv"))), "the next run replaced the results");
        assertFalse(Files.exists(out.resolve("report.html")), "nothing of the old run is left beside the new one");
    }

    @Test
    void oldResultsLeftHiddenByAKillBetweenTheRenamesAreMovedBack(@TempDir Path tmp) throws Exception {
        Path file = small(tmp);
        Path out = tmp.resolve("results");
        ok("run", file.toString(), "--out", out.toString(), "--quiet", "--no-charts");
        Map<String, byte[]> before = contents(out);
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Path hiddenOld = tmp.resolve(".results.loyaltylab-old-" + gone.pid());
        Files.move(out, hiddenOld);
        Files.createDirectory(tmp.resolve(".results.loyaltylab-partial-" + gone.pid()));
        refused("run", file.toString(), "--out", out.toString(), "--days", "36501");
        ok("run", file.toString(), "--out", tmp.resolve("elsewhere").toString(), "--quiet", "--no-charts");
        assertEquals(2, hidden(tmp).size(), "only a run into the same target touches its leftovers");
        ok("run", file.toString(), "--out", out.toString(), "--quiet", "--no-charts");
        assertEquals(List.of(), hidden(tmp));
        assertEquals(before.keySet(), contents(out).keySet());
    }

    @Test
    void outputFoldersThatCannotBeReplacedAreRefusedBeforeTheRun(@TempDir Path tmp) throws IOException {
        Path file = small(tmp);
        Path notes = tmp.resolve("notes");
        Files.createDirectory(notes);
        Files.writeString(notes.resolve("thesis.tex"), "mine");
        assertTrue(refused("run", file.toString(), "--out", notes.toString()).contains("thesis.tex"));
        assertEquals("mine", Files.readString(notes.resolve("thesis.tex")));
        Path plain = tmp.resolve("plain");
        Files.writeString(plain, "x");
        assertTrue(refused("run", file.toString(), "--out", plain.resolve("sub").toString()).contains("is a file"));
        String longName = "n".repeat(240);
        assertTrue(refused("run", file.toString(), "--out", tmp.resolve(longName).toString()).contains("too long"));
        Path named = tmp.resolve("long.yaml");
        Files.writeString(named, SMALL.replace("name: small", "name: " + longName));
        assertTrue(refused("validate", named.toString()).contains("too long"));
        String readOnly = refused("run", file.toString(), "--out", "/proc/loyaltylab-out");
        assertTrue(readOnly.contains("cannot write in /proc") && !readOnly.contains(".loyaltylab-"), readOnly);
        assertEquals(List.of(), hidden(tmp));
    }

    @Test
    void commandLineLimitsAreTheFileLimits(@TempDir Path tmp) throws IOException {
        Path file = small(tmp);
        Path out = tmp.resolve("out");
        assertTrue(refused("run", file.toString(), "--out", out.toString(), "--days", "36501")
                .contains("--days must be at most 36,500"));
        assertTrue(refused("run", file.toString(), "--out", out.toString(), "--replications", "100001")
                .contains("--replications must be at most 100,000"));
        assertTrue(refused("run", file.toString(), "--out", out.toString(), "--days", "2147483647")
                .contains("at most 36,500"));
        assertTrue(refused("run", file.toString(), "--out", out.toString(), "--precision", "0.1",
                "--max-replications", "1000000").contains("--max-replications must be at most 100,000"));
        assertTrue(refused("run", file.toString(), "--out", out.toString(), "--threads", "100000")
                .contains("--threads must be at most"));
        assertFalse(Files.exists(out));
    }

    @Test
    void aRunThatCannotFitInMemoryIsRefusedNamingWhatDrivesTheGrowth(@TempDir Path tmp) throws IOException {
        Path file = small(tmp);
        Path out = tmp.resolve("out");
        String message = refused("run", file.toString(), "--out", out.toString(), "--days", "36500", "--set",
                "market.marketing_acquisitions_per_day=1000000");
        for (String named : new String[] {"market.marketing_acquisitions_per_day", "customers.initial_count",
            "36,500 days", "market.max_customers", "market.story_conversion_probability", "GB"}) {
            assertTrue(message.contains(named), () -> "names " + named + ": " + message);
        }
        assertFalse(Files.exists(out), "refused before anything is written");
        assertEquals(List.of("small.yaml"), hiddenAndAll(tmp));
    }

    @Test
    void aRunThatWouldTakeTooLongIsRefusedNamingWhatDrivesTheWork(@TempDir Path tmp) throws IOException {
        Path file = small(tmp);
        Path out = tmp.resolve("out");
        String message = refused("run", file.toString(), "--out", out.toString(), "--days", "36500", "--set",
                "customers.purchase_rate_mean=10", "--set", "service.max_contacts=100", "--set",
                "service.return_probability=1", "--set", "market.story_conversion_probability=0");
        for (String named : new String[] {"model events", "customers.purchase_rate_mean 10", "service.max_contacts 100",
            "36500 days", "customers.inquiry_rate"}) {
            assertTrue(message.contains(named), () -> "names " + named + ": " + message);
        }
        assertFalse(Files.exists(out), "refused before anything is written");
        assertEquals(List.of("small.yaml"), hiddenAndAll(tmp));
    }

    @Test
    void aMillionCustomersADayStopAtTheCeilingAndTheManifestSaysSo(@TempDir Path tmp) throws IOException {
        Path file = small(tmp);
        Path out = tmp.resolve("out");
        ok("run", file.toString(), "--out", out.toString(), "--quiet", "--no-charts", "--days", "3", "--set",
                "market.marketing_acquisitions_per_day=1000000", "--set", "market.max_customers=30000");
        for (String line : Files.readAllLines(out.resolve("summary.csv")).subList(1, 5)) {
            assertTrue(line.contains(",30000,"), () -> "30,000 customers acquired: " + line);
        }
        String manifest = Files.readString(out.resolve("run.json"));
        assertTrue(manifest.contains("Customer ceiling: in arm defensive, 2 of 2 runs reached market.max_customers = "
                + "30,000"), manifest);
    }

    @Test
    void aSweepTooLargeIsRefusedBeforeItsPointsAreBuilt(@TempDir Path tmp) throws IOException {
        Path file = tmp.resolve("huge.yaml");
        Files.writeString(file, SMALL + String.join("\n", "sweep:", "  design: grid", "  factors:",
                "    agents.empathy_mean: {min: 0.1, max: 0.9, steps: 1000}",
                "    market.competition: {min: 0.1, max: 0.9, steps: 1000}",
                "    economics.margin: {min: 0.1, max: 0.9, steps: 1000}", ""));
        Path out = tmp.resolve("out");
        assertTrue(refused("sweep", file.toString(), "--out", out.toString())
                .contains("the grid design has 1,000,000,000 points; allowed: at most 1,000,000 points"));
        assertTrue(refused("validate", file.toString()).contains("1,000,000,000 points"));
        Files.writeString(file, Files.readString(file).replaceFirst("    economics.margin[^\n]*\n", ""));
        assertTrue(refused("sweep", file.toString(), "--out", out.toString(), "--replications", "6")
                .contains("the sweep has 12,000,000 runs (1,000,000 points x 2 arms x 6 replications)"));
        assertFalse(Files.exists(out));
    }

    private static List<String> hiddenAndAll(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).toList();
        }
    }

    @Test
    void reportRefusesIncompleteOrForeignFolders(@TempDir Path tmp) throws IOException {
        Path file = small(tmp);
        Path good = tmp.resolve("good");
        ok("run", file.toString(), "--out", good.toString(), "--quiet", "--no-charts");
        ok("report", good.toString());
        Path other = tmp.resolve("other");
        ok("run", file.toString(), "--out", other.toString(), "--quiet", "--no-charts", "--replications", "3");

        List<String[]> cases = new ArrayList<>();
        cases.add(new String[] {"only-manifest", "summary.csv is not a complete table of this results directory: missing"});
        cases.add(new String[] {"truncated", "last line is incomplete"});
        cases.add(new String[] {"truncated-gzip", "customers.csv.gz is not a complete table of this results "
                + "directory: not a complete gzip file"});
        cases.add(new String[] {"lost-rows", "has no rows of run kind #2"});
        cases.add(new String[] {"foreign-summary", "which run.json does not name"});
        cases.add(new String[] {"short-row", "cells, the header"});
        cases.add(new String[] {"broken-manifest", "run.json cannot be read"});
        cases.add(new String[] {"no-metric", "has no column retention"});
        for (String[] c : cases) {
            Path dir = tmp.resolve(c[0]);
            Files.createDirectory(dir);
            for (Map.Entry<String, byte[]> f : contents(good).entrySet()) {
                if (!f.getKey().contains("/") && !f.getKey().equals("report.html")) { // tables and run.json
                    Files.write(dir.resolve(f.getKey()), f.getValue());
                }
            }
            Path timeseries = dir.resolve("timeseries.csv");
            String text = Files.readString(timeseries);
            switch (c[0]) {
                case "only-manifest" -> {
                    try (Stream<Path> list = Files.list(dir)) {
                        for (Path p : list.filter(p -> !p.endsWith("run.json")).toList()) {
                            Files.delete(p);
                        }
                    }
                }
                case "truncated" -> Files.writeString(timeseries, text.substring(0, text.length() * 2 / 3));
                case "truncated-gzip" -> {
                    byte[] gzip = Files.readAllBytes(dir.resolve("customers.csv.gz"));
                    Files.write(dir.resolve("customers.csv.gz"), Arrays.copyOf(gzip, gzip.length - 20));
                }
                case "lost-rows" -> Files.writeString(timeseries, text.substring(0, text.indexOf("\nkind,2,")) + "\n");
                case "foreign-summary" -> Files.copy(other.resolve("summary.csv"), dir.resolve("summary.csv"),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                case "short-row" -> Files.writeString(timeseries, text.replaceFirst("\ndefensive,1,7,[^\n]*\n",
                        "\ndefensive,1,7,12\n"));
                case "no-metric" -> {
                    Path summary = dir.resolve("summary.csv");
                    Files.writeString(summary, Files.readString(summary).replaceFirst(",retention,", ",kept,"));
                }
                default -> Files.writeString(dir.resolve("run.json"), "{\"arms\": [");
            }
            String message = refused("report", dir.toString());
            assertTrue(message.contains(c[1]), () -> c[0] + ": " + message);
            assertFalse(Files.exists(dir.resolve("report.html")), c[0] + ": nothing drawn");
        }
    }
}

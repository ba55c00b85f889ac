package org.loyaltylab.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.loyaltylab.testing.TinyExperiment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loyaltylab.output.io.TableFile;

/**
 * failures.csv.gz end to end: its columns, that it adds up to the summary, that turning it off changes nothing else,
 * and that --plain-tables writes the same text uncompressed.
 */
class FailuresCsvTest {
    private static final String EXPERIMENT = TinyExperiment.yaml("tiny-failures", "Does the failure record add up?", 150, 2, 3, 1500,
            "0.5");
    private static final List<String> OUTCOMES = List.of("no-complaint", "unresolved", "resolved", "resolved-quickly");

    @Test
    void plainTablesHoldTheSameTextAsTheCompressedOnes(@TempDir Path tmp) throws IOException {
        Path file = tmp.resolve("tiny.yaml");
        Files.writeString(file, EXPERIMENT);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Path gzip = tmp.resolve("gzip");
        Path plain = tmp.resolve("plain");
        assertEquals(0, RunCommandTest.run(out, err, "run", file.toString(), "--out", gzip.toString(), "--quiet",
                "--no-charts"), err::toString);
        assertEquals(0, RunCommandTest.run(out, err, "run", file.toString(), "--out", plain.toString(), "--quiet",
                "--no-charts", "--plain-tables"), err::toString);
        for (String table : new String[] {"customers.csv", "failures.csv"}) {
            assertFalse(Files.exists(gzip.resolve(table)), table + " only compressed by default");
            assertFalse(Files.exists(plain.resolve(table + ".gz")), table + " only plain with --plain-tables");
            List<String> text = Files.readAllLines(plain.resolve(table));
            assertTrue(text.size() > 100, table + " has rows");
            assertEquals(text, lines(gzip.resolve(table + ".gz")), table);
            assertTrue(Files.size(gzip.resolve(table + ".gz")) * 3 < Files.size(plain.resolve(table)),
                    table + " compressed to less than a third");
        }
    }

    /** @return the lines of a plain or gzip-compressed table */
    static List<String> lines(Path table) throws IOException {
        try (BufferedReader r = new BufferedReader(TableFile.open(table))) {
            return r.lines().toList();
        }
    }

    @Test
    void failuresCsvAddsUpToTheSummaryAndTurningItOffChangesNoOtherTable(@TempDir Path tmp) throws IOException {
        Path file = tmp.resolve("tiny.yaml");
        Files.writeString(file, EXPERIMENT);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Path on = tmp.resolve("on");
        Path off = tmp.resolve("off");
        assertEquals(0, RunCommandTest.run(out, err, "run", file.toString(), "--out", on.toString(), "--quiet",
                "--no-charts"), err::toString);
        Files.createDirectories(off);
        Files.writeString(off.resolve("failures.csv.gz"), "stale");
        assertEquals(0, RunCommandTest.run(out, err, "run", file.toString(), "--out", off.toString(), "--quiet",
                "--no-charts", "--no-failures"), err::toString);
        assertFalse(Files.exists(off.resolve("failures.csv.gz")), "no record, and no stale one left behind");
        assertFalse(Files.exists(off.resolve("failures.csv")), "no plain record either");
        try (var files = Files.list(on)) {
            for (Path table : files.filter(p -> TableFile.isTable(p.getFileName().toString())).toList()) {
                if (!table.getFileName().toString().equals("failures.csv.gz")) {
                    assertArrayEquals(Files.readAllBytes(table), Files.readAllBytes(off.resolve(table.getFileName())),
                            table.getFileName().toString());
                }
            }
        }
        assertFalse(Files.exists(on.resolve(".failures.parts")), "the parts are gone");

        List<String> lines = lines(on.resolve("failures.csv.gz"));
        List<String> header = Arrays.asList(lines.get(0).split(","));
        assertEquals(List.of("arm", "replication", "customer", "day", "severity", "problem_size", "complained",
                "abandoned", "contacts", "resolved", "resolved_quickly", "outcome", "satisfaction"),
                header.subList(0, 13));
        assertTrue(header.containsAll(List.of("bought_again", "exit_day", "exit_reason")));
        Map<String, long[]> byRun = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split(",", -1);
            long[] sums = byRun.computeIfAbsent(c[0] + "," + c[1], k -> new long[3 + OUTCOMES.size()]);
            sums[0]++;
            sums[1] += Long.parseLong(c[header.indexOf("complained")]);
            sums[2] += Long.parseLong(c[header.indexOf("contacts")]);
            sums[3 + OUTCOMES.indexOf(c[header.indexOf("outcome")])]++;
        }
        List<String> summary = Files.readAllLines(on.resolve("summary.csv"));
        List<String> columns = Arrays.asList(summary.get(0).split(","));
        assertEquals(4, summary.size() - 1);
        for (String line : summary.subList(1, summary.size())) {
            String[] c = line.split(",");
            long[] sums = byRun.get(c[0] + "," + c[1]);
            long failures = Long.parseLong(c[columns.indexOf("failures")]);
            long complaints = Long.parseLong(c[columns.indexOf("complaints")]);
            assertEquals(failures, sums[0], "rows = failures");
            assertEquals(complaints, sums[1], "complained = complaints");
            assertEquals(Long.parseLong(c[columns.indexOf("complaint_contacts")]), sums[2], "contacts add up");
            assertEquals(failures - complaints, sums[3], "no-complaint = failures - complaints");
            assertEquals(complaints, sums[4] + sums[5] + sums[6], "complaint outcomes add up to complaints");
        }
    }
}

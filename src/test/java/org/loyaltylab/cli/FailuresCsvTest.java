package org.loyaltylab.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** failures.csv end to end: its columns, that it adds up to the summary, and that turning it off changes nothing else. */
class FailuresCsvTest {
    private static final String EXPERIMENT = String.join("\n",
            "name: tiny-failures",
            "description: Does the failure record add up?",
            "days: 150",
            "replications: 2",
            "seed: 3",
            "parameters:",
            "  customers: {initial_count: 1500}",
            "  contact_centre: {agents: 1}",
            "  market: {marketing_acquisitions_per_day: 0.5}",
            "arms:",
            "  - name: defensive",
            "    parameters: {policies: {handling: defensive}}",
            "  - name: kind",
            "    parameters: {policies: {handling: kind}}",
            "");
    private static final List<String> OUTCOMES = List.of("no-complaint", "unresolved", "resolved", "resolved-quickly");

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
        Files.writeString(off.resolve("failures.csv"), "stale");
        assertEquals(0, RunCommandTest.run(out, err, "run", file.toString(), "--out", off.toString(), "--quiet",
                "--no-charts", "--no-failures"), err::toString);
        assertFalse(Files.exists(off.resolve("failures.csv")), "no record, and no stale one left behind");
        try (var files = Files.list(on)) {
            for (Path table : files.filter(p -> p.toString().endsWith(".csv")).toList()) {
                if (!table.getFileName().toString().equals("failures.csv")) {
                    assertArrayEquals(Files.readAllBytes(table), Files.readAllBytes(off.resolve(table.getFileName())),
                            table.getFileName().toString());
                }
            }
        }
        assertFalse(Files.exists(on.resolve(".failures.parts")), "the parts are gone");

        List<String> lines = Files.readAllLines(on.resolve("failures.csv"));
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

package org.loyaltylab.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loyaltylab.testing.Slow;

/**
 * {@code run --worlds} on the sweep machinery: a run killed part-way and resumed, and a run in
 * shards merged, write the same bytes as one run straight through.
 */
@Slow
class WorldsStoreTest {
    private static final String EXPERIMENT = String.join("\n",
            "name: tiny-worlds-store",
            "description: Does kind handling keep more customers across plausible worlds, more so when volatile?",
            "days: 40",
            "replications: 2",
            "seed: 11",
            "parameters:",
            "  customers: {initial_count: 400}",
            "  contact_centre: {agents: 1}",
            "arms:",
            "  - name: defensive",
            "    parameters: {policies: {handling: defensive}}",
            "  - name: kind",
            "    parameters: {policies: {handling: kind}}",
            "  - name: kind-volatile",
            "    parameters: {policies: {handling: kind}, customers: {temperament_mean: 0.5}}",
            "  - name: defensive-volatile",
            "    parameters: {policies: {handling: defensive}, customers: {temperament_mean: 0.5}}",
            "contrasts:",
            "  - {name: kind-vs-defensive, arm: kind, against: defensive}",
            "  - name: gap-widens",
            "    interaction: [[kind-volatile, defensive-volatile], [kind, defensive]]",
            "");
    private static final List<String> TABLES = List.of("worlds.csv", "robustness.csv", "scenarios.csv");

    private static Path write(Path tmp) throws IOException {
        Path file = tmp.resolve("tiny.yaml");
        Files.writeString(file, EXPERIMENT);
        return file;
    }

    private static void worlds(Path file, Path out, String... more) {
        List<String> args = new ArrayList<>(List.of("run", file.toString(), "--worlds", "6", "--threads", "2",
                "--quiet", "--out", out.toString()));
        args.addAll(List.of(more));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(0, RunCommandTest.run(new ByteArrayOutputStream(), err, args.toArray(String[]::new)),
                err::toString);
    }

    private static void assertSameTables(Path expected, Path actual) throws IOException {
        for (String table : TABLES) {
            assertArrayEquals(Files.readAllBytes(expected.resolve(table)), Files.readAllBytes(actual.resolve(table)),
                    table);
        }
    }

    @Test
    void aRunKilledPartWayAndResumedWritesTheSameTablesAsOneStraightThrough(@TempDir Path tmp)
            throws IOException, SQLException {
        Path file = write(tmp);
        worlds(file, tmp.resolve("whole"));
        Path killed = tmp.resolve("killed");
        worlds(file, killed);
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + killed.resolve("worlds.db"));
             Statement s = db.createStatement()) {
            assertEquals(24, s.executeUpdate("DELETE FROM runs WHERE (point + arm + replication) % 3 = 0"),
                    "a part of the 6 x 4 x 2 runs never finished");
        }
        Files.delete(killed.resolve("worlds.json"));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(2, RunCommandTest.run(new ByteArrayOutputStream(), err, "run", file.toString(), "--worlds", "6",
                "--quiet", "--out", killed.toString()), "an interrupted run is not overwritten without --resume");
        assertTrue(err.toString().contains("--resume"), err::toString);
        worlds(file, killed, "--resume");
        assertSameTables(tmp.resolve("whole"), killed);
        assertTrue(Files.readString(killed.resolve("worlds.json")).contains("\"runs_executed_now\": 24"));
    }

    @Test
    void shardsMergedWriteTheSameTablesAsTheUnshardedRun(@TempDir Path tmp) throws IOException {
        Path file = write(tmp);
        worlds(file, tmp.resolve("whole"));
        List<String> merge = new ArrayList<>(List.of("merge", "--out", tmp.resolve("merged").toString()));
        for (int i = 1; i <= 3; i++) {
            Path shard = tmp.resolve("shard-" + i);
            worlds(file, shard, "--shard", i + "/3");
            assertTrue(!Files.exists(shard.resolve("worlds.csv")), "a shard alone writes no tables");
            merge.add(shard.toString());
        }
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(0, RunCommandTest.run(new ByteArrayOutputStream(), err, merge.toArray(String[]::new)),
                err::toString);
        assertSameTables(tmp.resolve("whole"), tmp.resolve("merged"));
        assertTrue(Files.exists(tmp.resolve("merged/report.html")));
        ByteArrayOutputStream partial = new ByteArrayOutputStream();
        assertEquals(2, RunCommandTest.run(new ByteArrayOutputStream(), partial, "merge", "--out",
                tmp.resolve("partial").toString(), tmp.resolve("shard-1").toString(),
                tmp.resolve("shard-2").toString()), "two shards of three lack runs");
        assertTrue(partial.toString().contains("runs"), partial::toString);
    }
}

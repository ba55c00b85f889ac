package org.loyaltylab.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.loyaltylab.cli.LoyaltyLab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loyaltylab.testing.Slow;

/**
 * Sweeps give the same tables whatever the threads, shards or resumptions, and survive being
 * killed (SIGKILL of a real process) at several moments with nothing lost and nothing run twice.
 */
@Slow
class SweepTest {
    static final String SWEEP = String.join("\n",
            "name: small-sweep",
            "description: A small grid for tests.",
            "days: 200",
            "seed: 9",
            "parameters:",
            "  customers: {initial_count: 1500}",
            "  contact_centre: {agents: 1}",
            "  market: {marketing_acquisitions_per_day: 0.5}",
            "arms:",
            "  - name: defensive",
            "    parameters: {policies: {handling: defensive}}",
            "  - name: kind",
            "    parameters: {policies: {handling: kind}}",
            "sweep:",
            "  design: grid",
            "  replications: 2",
            "  metrics: [retention, profit, defensive_share]",
            "  factors:",
            "    agents.empathy_mean: {min: 0.2, max: 0.8, steps: 3}",
            "    policies.training: [none, basic]",
            "");

    static int cli(String... args) {
        return LoyaltyLab.run(args, new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream()));
    }

    static Path write(Path tmp) throws IOException {
        Path file = tmp.resolve("sweep.yaml");
        Files.writeString(file, SWEEP);
        return file;
    }

    static List<String> tables(Path dir) throws IOException {
        return List.of(Files.readString(dir.resolve("runs.csv")), Files.readString(dir.resolve("points.csv")),
                Files.readString(dir.resolve("points-summary.csv")), Files.readString(dir.resolve("sensitivity.csv")));
    }

    @Test
    void tablesAreTheSameWhateverTheThreadsAndShards(@TempDir Path tmp) throws IOException {
        Path file = write(tmp);
        assertEquals(0, cli("sweep", file.toString(), "--out", tmp.resolve("one").toString(), "--threads", "1"));
        assertEquals(0, cli("sweep", file.toString(), "--out", tmp.resolve("two").toString(), "--threads", "2"));
        assertEquals(tables(tmp.resolve("one")), tables(tmp.resolve("two")));
        for (int i = 1; i <= 3; i++) {
            assertEquals(0, cli("sweep", file.toString(), "--out", tmp.resolve("s" + i).toString(), "--shard", i + "/3"));
        }
        assertEquals(0, cli("merge", "--out", tmp.resolve("merged").toString(), tmp.resolve("s1").toString(),
                tmp.resolve("s2").toString(), tmp.resolve("s3").toString()));
        assertEquals(tables(tmp.resolve("one")), tables(tmp.resolve("merged")));
        List<String> runs = Files.readAllLines(tmp.resolve("one/runs.csv"));
        assertEquals(1 + 6 * 2 * 2, runs.size(), "points x arms x replications rows");
        assertTrue(runs.get(0).startsWith("point,arm,replication,seed,agents.empathy_mean,policies.training,retention"));
    }

    @Test
    void existingStoreNeedsResumeAndADifferentSweepIsRefused(@TempDir Path tmp) throws IOException {
        Path file = write(tmp);
        Path out = tmp.resolve("out");
        assertEquals(0, cli("sweep", file.toString(), "--out", out.toString(), "--shard", "1/4"));
        assertEquals(2, cli("sweep", file.toString(), "--out", out.toString()));
        assertEquals(2, cli("sweep", file.toString(), "--out", out.toString(), "--resume", "--days", "100"));
        assertEquals(0, cli("sweep", file.toString(), "--out", out.toString(), "--resume"));
        assertEquals(2, cli("sweep", file.toString(), "--shard", "5/4"));
    }

    @Test
    void killedSweepResumesWithNothingLostAndNothingRunTwice(@TempDir Path tmp) throws Exception {
        Path file = write(tmp);
        assertEquals(0, cli("sweep", file.toString(), "--out", tmp.resolve("clean").toString()));
        Path out = tmp.resolve("killed");
        for (int atLeast : new int[] {2, 9, 17}) {
            Process p = start(file, out);
            waitForRows(out.resolve("sweep.db"), atLeast, p);
            p.destroyForcibly();
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        }
        int before = rows(out.resolve("sweep.db"));
        assertTrue(before >= 17 && before < 24, "killed part-way: " + before + " of 24 runs stored");
        assertEquals(0, cli("sweep", file.toString(), "--out", out.toString(), "--resume"));
        assertEquals(tables(tmp.resolve("clean")), tables(out));
        String manifest = Files.readString(out.resolve("sweep.json"));
        assertTrue(manifest.contains("\"runs_executed_now\": " + (24 - before)), manifest);
    }

    private static Process start(Path file, Path out) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new java.util.ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                "org.loyaltylab.cli.LoyaltyLab", "sweep", file.toString(), "--out", out.toString(), "--threads", "2"));
        if (Files.exists(out.resolve("sweep.db"))) {
            cmd.add("--resume");
        }
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static void waitForRows(Path db, int atLeast, Process p) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && p.isAlive()) {
            if (Files.exists(db) && rows(db) >= atLeast) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("sweep process did not reach " + atLeast + " runs (alive: " + p.isAlive() + ")");
    }

    private static int rows(Path db) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             ResultSet r = c.createStatement().executeQuery("SELECT count(*) FROM runs")) {
            return r.next() ? r.getInt(1) : 0;
        } catch (java.sql.SQLException e) {
            return 0;
        }
    }
}

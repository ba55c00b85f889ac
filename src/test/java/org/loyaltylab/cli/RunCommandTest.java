package org.loyaltylab.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.loyaltylab.testing.TinyExperiment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loyaltylab.testing.Slow;

/** The run command end to end: outputs, determinism across thread counts, manifest. */
@Slow
class RunCommandTest {
    private static final String EXPERIMENT = TinyExperiment.yaml("tiny", "Does kind handling keep more customers in a tiny market?", 120, 3, 5, 1500,
            "0.5");

    static int run(ByteArrayOutputStream out, ByteArrayOutputStream err, String... args) {
        return LoyaltyLab.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void sameSeedGivesByteIdenticalTablesAndChartsWhateverTheThreadCount(@TempDir Path tmp) throws IOException {
        Path file = tmp.resolve("tiny.yaml");
        Files.writeString(file, EXPERIMENT);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(0, run(out, err, "run", file.toString(), "--out", tmp.resolve("a").toString(), "--threads", "1",
                "--quiet"), err::toString);
        assertEquals(0, run(out, err, "run", file.toString(), "--out", tmp.resolve("b").toString(), "--threads", "3",
                "--quiet"), err::toString);
        for (String table : new String[] {"timeseries.csv", "summary.csv", "customers.csv.gz", "failures.csv.gz",
            "comparison.csv", "roi.csv", "survival.csv", "recovery.csv", "recovery-by-lag.csv"}) {
            assertArrayEquals(Files.readAllBytes(tmp.resolve("a").resolve(table)),
                    Files.readAllBytes(tmp.resolve("b").resolve(table)), table);
        }
        List<Path> charts;
        try (Stream<Path> files = Files.list(tmp.resolve("a/charts"))) {
            charts = files.filter(f -> !f.toString().endsWith(".pdf")).toList(); // a PDF carries its date
        }
        assertTrue(charts.size() >= 20, charts::toString);
        for (Path chart : charts) {
            assertArrayEquals(Files.readAllBytes(chart),
                    Files.readAllBytes(tmp.resolve("b/charts").resolve(chart.getFileName())), chart::toString);
        }
        String header = Files.readAllLines(tmp.resolve("a/timeseries.csv")).get(0);
        for (String column : ("arm,replication,day,active_customers,acquired_total,churned_total,mean_loyalty,"
                + "complaints,contacts,abandoned,mean_wait_minutes,defensive_share,resolution_rate,"
                + "agent_stress_mean,agents_quit_total,revenue_cum,cost_cum,profit_cum").split(",")) {
            assertTrue(header.contains(column), "timeseries has " + column);
        }
        String summary = Files.readAllLines(tmp.resolve("a/summary.csv")).get(0);
        for (String column : "churn_indifference,churn_poor_handling,churn_unresolved,churn_competitor,churn_natural"
                .split(",")) {
            assertTrue(summary.contains(column), "summary has " + column);
        }
        assertEquals(2 * 3 * (120 / 7 + 2) + 1, Files.readAllLines(tmp.resolve("a/timeseries.csv")).size(),
                "one row per arm x replication x observation day (0, 7, ..., 119, 120)");
        String manifest = Files.readString(tmp.resolve("a/run.json"));
        for (String key : new String[] {"\"version\"", "\"experiment_sha256\"", "\"master_seed\": 5",
            "\"replications\": 3", "\"wall_seconds\"", "\"events_processed\"", "\"customers.initial_count\": 1500"}) {
            assertTrue(manifest.contains(key), "run.json has " + key);
        }
    }

    @Test
    void differentSeedGivesDifferentTables(@TempDir Path tmp) throws IOException {
        Path file = tmp.resolve("tiny.yaml");
        Files.writeString(file, EXPERIMENT);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        run(out, err, "run", file.toString(), "--out", tmp.resolve("a").toString(), "--quiet", "--days", "30");
        run(out, err, "run", file.toString(), "--out", tmp.resolve("b").toString(), "--quiet", "--days", "30",
                "--seed", "6");
        assertTrue(!Files.readString(tmp.resolve("a/summary.csv")).equals(Files.readString(tmp.resolve("b/summary.csv"))));
    }

    @Test
    void precisionAddsReplicationsUntilTheHeadlineIsPreciseEnough(@TempDir Path tmp) throws IOException {
        Path file = tmp.resolve("tiny.yaml");
        Files.writeString(file, EXPERIMENT);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Path dir = tmp.resolve("precise");
        assertEquals(0, run(out, err, "run", file.toString(), "--out", dir.toString(), "--quiet", "--days", "60",
                "--replications", "2", "--precision", "0.002", "--max-replications", "8"), err::toString);
        String manifest = Files.readString(dir.resolve("run.json"));
        assertTrue(manifest.contains("\"headline_metric\": \"retention\""), manifest);
        int reps = Files.readAllLines(dir.resolve("summary.csv")).size() - 1;
        assertTrue(reps > 2 * 2 && reps <= 2 * 8 && reps % 2 == 0, "replications were added: " + reps);
    }
}

package org.loyaltylab.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loyaltylab.testing.Slow;

/** {@code run --worlds} end to end: tables, determinism across thread counts, findings. */
@Slow
class WorldsCommandTest {
    private static final String EXPERIMENT = String.join("\n",
            "name: tiny-worlds",
            "description: Does kind handling keep more customers across plausible worlds?",
            "days: 90",
            "replications: 20",
            "seed: 8",
            "parameters:",
            "  customers: {initial_count: 600}",
            "  contact_centre: {agents: 1}",
            "arms:",
            "  - name: defensive",
            "    parameters: {policies: {handling: defensive}}",
            "  - name: kind",
            "    parameters: {policies: {handling: kind}, loyalty: {kind_gain: 0.02}}",
            "");

    @Test
    void worldsAreTheSameWhateverTheThreadCountAndTablesHaveOneRowPerRun(@TempDir Path tmp) throws IOException {
        Path file = tmp.resolve("tiny.yaml");
        Files.writeString(file, EXPERIMENT);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(0, RunCommandTest.run(out, err, "run", file.toString(), "--worlds", "6", "--replications", "2",
                "--out", tmp.resolve("a").toString(), "--threads", "1"), err::toString);
        assertEquals(0, RunCommandTest.run(new ByteArrayOutputStream(), err, "run", file.toString(), "--worlds", "6",
                "--replications", "2", "--out", tmp.resolve("b").toString(), "--threads", "2", "--quiet"),
                err::toString);
        for (String table : new String[] {"worlds.csv", "robustness.csv", "scenarios.csv"}) {
            assertArrayEquals(Files.readAllBytes(tmp.resolve("a").resolve(table)),
                    Files.readAllBytes(tmp.resolve("b").resolve(table)), table);
        }
        List<String> worlds = Files.readAllLines(tmp.resolve("a/worlds.csv"));
        assertEquals(1 + 6 * 2 * 2, worlds.size(), "one row per world x arm x replication");
        assertTrue(worlds.get(0).contains("loyalty.defensive_loss") && worlds.get(0).contains("retention"));
        assertTrue(!worlds.get(0).contains("customers.initial_count"), "what the experiment fixes is not varied");
        List<String> robustness = Files.readAllLines(tmp.resolve("a/robustness.csv"));
        assertEquals(1 + 3, robustness.size(), "kind vs defensive on three metrics");
        assertTrue(robustness.get(1).startsWith("kind-vs-defensive,kind - defensive,retention,6,"), robustness.get(1));
        String printed = out.toString();
        assertTrue(printed.contains("Kind beats defensive on retention in "), printed);
        assertTrue(Files.readString(tmp.resolve("a/worlds.json")).contains("\"varied_parameters\""));
    }

    @Test
    void aSaltelliDesignAddsTheSobolIndicesOfEachGain(@TempDir Path tmp) throws IOException {
        Path file = tmp.resolve("tiny.yaml");
        Files.writeString(file, EXPERIMENT);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(0, RunCommandTest.run(new ByteArrayOutputStream(), err, "run", file.toString(), "--worlds", "2",
                "--worlds-design", "saltelli", "--replications", "1", "--days", "30", "--quiet", "--out",
                tmp.resolve("s").toString()), err::toString);
        int k = org.loyaltylab.model.param.ParameterPriors.all().size();
        assertEquals(1 + 2 * (k + 2) * 2, Files.readAllLines(tmp.resolve("s/worlds.csv")).size(),
                "N (k + 2) worlds x 2 arms");
        List<String> sobol = Files.readAllLines(tmp.resolve("s/sobol.csv"));
        assertEquals(1 + 3 * k, sobol.size(), "one row per metric and parameter");
        assertTrue(sobol.get(0).startsWith("contrast,contrast_definition,metric,parameter,first_order"));
        assertEquals(1 + 3, Files.readAllLines(tmp.resolve("s/robustness.csv")).size());
        assertTrue(Files.readAllLines(tmp.resolve("s/robustness.csv")).get(1).contains(",retention,4,"),
                "robustness over the independent blocks A and B only");
        assertTrue(Files.size(tmp.resolve("s/charts/worlds-sobol-kind-vs-defensive.png")) > 0,
                "the contrast's Sobol chart");
    }

    @Test
    void aRunAtOneParameterSetSaysItsIntervalsCoverNoiseOnly(@TempDir Path tmp) throws IOException {
        Path file = tmp.resolve("tiny.yaml");
        Files.writeString(file, EXPERIMENT);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(0, RunCommandTest.run(new ByteArrayOutputStream(), err, "run", file.toString(), "--replications",
                "2", "--days", "30", "--no-charts", "--no-failures", "--quiet", "--out", tmp.resolve("r").toString()),
                err::toString);
        assertTrue(Files.readString(tmp.resolve("r/run.json")).contains("cover simulation noise only"));
    }
}

package org.loyaltylab.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loyaltylab.testing.Slow;

/** {@code run --worlds} end to end: tables, determinism of every output file across thread counts, findings. */
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
    void everyOutputIsByteIdenticalWhateverTheThreadCountAndTablesHaveOneRowPerRun(@TempDir Path tmp) throws IOException {
        Path file = tmp.resolve("tiny.yaml");
        Files.writeString(file, EXPERIMENT);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(0, RunCommandTest.run(out, err, "run", file.toString(), "--worlds", "6", "--replications", "2",
                "--out", tmp.resolve("a").toString(), "--threads", "1"), err::toString);
        assertEquals(0, RunCommandTest.run(new ByteArrayOutputStream(), err, "run", file.toString(), "--worlds", "6",
                "--replications", "2", "--out", tmp.resolve("b").toString(), "--threads", "2", "--quiet"),
                err::toString);
        assertSameOutputs(tmp.resolve("a"), tmp.resolve("b"));
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

    /**
     * Asserts that two worlds folders hold the same files with the same bytes: tables, report and
     * charts; a PDF's creation date aside. The store and the manifest (wall time, threads) differ.
     */
    private static void assertSameOutputs(Path a, Path b) throws IOException {
        List<Path> files = outputs(a);
        assertEquals(files, outputs(b));
        assertTrue(files.containsAll(List.of(Path.of("worlds.csv"), Path.of("robustness.csv"),
                Path.of("scenarios.csv"), Path.of("report.html"), Path.of("charts/worlds-gain-kind-vs-defensive.png"))),
                files::toString);
        for (Path f : files) {
            byte[] x = Files.readAllBytes(a.resolve(f));
            byte[] y = Files.readAllBytes(b.resolve(f));
            if (f.toString().endsWith(".pdf")) {
                assertEquals(undated(x), undated(y), f::toString);
            } else {
                assertArrayEquals(x, y, f::toString);
            }
        }
    }

    /** @return the files of a worlds folder but its store and manifest, relative to it, sorted */
    private static List<Path> outputs(Path dir) throws IOException {
        try (Stream<Path> tree = Files.walk(dir)) {
            return tree.filter(Files::isRegularFile).map(dir::relativize)
                    .filter(p -> !p.toString().startsWith("worlds.db") && !p.toString().equals("worlds.json"))
                    .sorted().toList();
        }
    }

    /** @return a PDF's bytes as text without its creation and modification dates */
    private static String undated(byte[] pdf) {
        return new String(pdf, StandardCharsets.ISO_8859_1).replaceAll("/(Creation|Mod)Date \\([^)]*\\)", "");
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

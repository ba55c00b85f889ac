package org.loyaltylab.output.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loyaltylab.model.param.Parameters;

/**
 * Manifests read back equal to what was written, and manifests written by version 0.1.0 (before
 * they were records) read and re-write byte for byte: same fields, same order, same numbers.
 */
class ManifestTest {
    private static RunManifest runManifest(RunManifest.Precision precision) {
        Parameters kind = Parameters.defaults().with("policies.handling", "kind").with("market.competition", 0.25)
                .with("customers.initial_count", 1500);
        List<RunManifest.Arm> arms = List.of(
                new RunManifest.Arm("defensive", "", true, Parameters.defaults().differencesFromDefaults(),
                        Parameters.defaults().asMap()),
                new RunManifest.Arm("kind", "Kind \"handling\"\tof angry customers", false,
                        kind.differencesFromDefaults(), kind.asMap()));
        return new RunManifest("0.1.0", "loyaltylab run x.yaml --seed 5", "tiny", "A question?\nOn two lines.",
                "x.yaml", "ab12", 5_000_000_000_000_000_001L, 365, 4, 2, precision, "defensive", arms,
                List.of("Kind vs defensive: keeps 12 more customers.", "  Service floor: fewer defensive answers."),
                12.5, 1_234_567_890_123L, Map.of("stated", Map.of("customers", 8000, "currency", "EUR"),
                "derived", List.of(Map.of("parameter", "customers.initial_count", "value", 8000))));
    }

    @Test
    void runManifestReadsBackEqual(@TempDir Path tmp) throws IOException {
        for (RunManifest.Precision p : new RunManifest.Precision[] {null,
            new RunManifest.Precision("retention", 0.002, 0.0080745, 4, false)}) {
            RunManifest written = runManifest(p);
            written.write(tmp);
            RunManifest read = RunManifest.read(tmp);
            assertEquals(written, read);
            assertEquals(1500L, read.arms().get(1).parameters().get("customers.initial_count"),
                    "whole numbers read back as whole numbers");
            assertEquals(0.25, read.arms().get(1).differsFromDefaults().get("market.competition"));
        }
    }

    @Test
    void notFiniteAchievedPrecisionIsWrittenAsNullAndReadAsNaN(@TempDir Path tmp) throws IOException {
        runManifest(new RunManifest.Precision("retention", 0.01, Double.POSITIVE_INFINITY, 2, false)).write(tmp);
        assertTrue(Files.readString(tmp.resolve(RunManifest.FILE)).contains("\"achieved_relative_half_width\": null"));
        assertTrue(Double.isNaN(RunManifest.read(tmp).precision().achieved()));
    }

    @Test
    void sweepManifestReadsBackEqual(@TempDir Path tmp) throws IOException {
        for (Double perRun : new Double[] {null, 0.125}) {
            SweepManifest written = new SweepManifest("0.1.0", "loyaltylab sweep s.yaml --shard 2/3", "small-sweep",
                    "s.yaml", "latin-hypercube", List.of("agents.empathy_mean", "policies.training"), 6,
                    List.of("defensive", "kind"), 2, List.of("retention", "profit"), 9, 200, 2, 3, 8, 8,
                    perRun == null ? 0 : 8, 2, 1.5, perRun);
            written.write(tmp);
            assertEquals(written, SweepManifest.read(tmp));
        }
    }

    @Test
    void manifestsOfVersion010ReadAndRewriteByteForByte(@TempDir Path tmp) throws IOException {
        for (String name : new String[] {"run-0.1.0.json", "run-precision-0.1.0.json"}) {
            byte[] original = resource(name);
            Files.write(tmp.resolve(RunManifest.FILE), original);
            RunManifest read = RunManifest.read(tmp);
            Path again = tmp.resolve("again");
            read.write(again);
            assertEquals(new String(original), Files.readString(again.resolve(RunManifest.FILE)), name);
        }
        Files.write(tmp.resolve(SweepManifest.FILE), resource("sweep-0.1.0.json"));
        SweepManifest sweep = SweepManifest.read(tmp);
        assertEquals(List.of(1, 1, 120), List.of(sweep.shard(), sweep.shards(), sweep.days()));
        sweep.write(tmp.resolve("again"));
        assertEquals(new String(resource("sweep-0.1.0.json")),
                Files.readString(tmp.resolve("again").resolve(SweepManifest.FILE)));
    }

    @Test
    void olderManifestWithoutAFieldReadsItAsAbsent(@TempDir Path tmp) throws IOException {
        Files.writeString(tmp.resolve(RunManifest.FILE), "{\"experiment\": \"old\", \"days\": 30}\n");
        RunManifest m = RunManifest.read(tmp);
        assertEquals("old", m.experiment());
        assertEquals(30, m.days());
        assertNull(m.precision());
        assertEquals(List.of(), m.arms());
        Files.writeString(tmp.resolve(RunManifest.FILE), "[1, 2]\n");
        assertThrows(IOException.class, () -> RunManifest.read(tmp));
        assertThrows(IOException.class, () -> RunManifest.read(tmp.resolve("missing")));
    }

    @Test
    void mapValuesAreHeldAsTheFileHoldsThem() {
        Map<String, Object> held = ManifestFile.asWritten(Map.of("a", 1.0, "b", 0.123456789, "c", 7, "d", "x"));
        assertEquals(Map.of("a", 1L, "b", 0.1234568, "c", 7L, "d", "x"), held);
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = ManifestTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }
}

package org.loyaltylab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code merge} checks every shard before it writes anything and finds the experiment file from the shards. */
class MergeCheckTest {
    private static final String SWEEP = String.join("\n",
            "name: tiny-sweep",
            "description: A tiny grid.",
            "days: 30",
            "seed: 9",
            "parameters:",
            "  customers: {initial_count: 300}",
            "  contact_centre: {agents: 1}",
            "arms:",
            "  - name: only",
            "sweep:",
            "  design: grid",
            "  replications: 1",
            "  metrics: [retention, profit]",
            "  factors:",
            "    policies.training: [none, basic, empathy]",
            "");

    private static int cli(ByteArrayOutputStream err, String... args) {
        return RunCommandTest.run(new ByteArrayOutputStream(), err, args);
    }

    private static void shards(Path file, Path dir, int n) {
        for (int i = 1; i <= n; i++) {
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            assertEquals(0, cli(err, "sweep", file.toString(), "--out", dir.resolve("s" + i).toString(), "--shard",
                    i + "/" + n, "--quiet"), err::toString);
        }
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void shardsOfDifferentSweepsAreRefusedAndNothingIsWritten(@TempDir Path tmp) throws IOException {
        Path a = tmp.resolve("a.yaml");
        Files.writeString(a, SWEEP);
        Path b = tmp.resolve("b.yaml");
        Files.writeString(b, SWEEP.replace("seed: 9", "seed: 10"));
        shards(a, tmp.resolve("a"), 2);
        shards(b, tmp.resolve("b"), 2);
        List<String> before = names(tmp);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Path out = tmp.resolve("merged");
        assertEquals(2, cli(err, "merge", "--out", out.toString(), tmp.resolve("a/s1").toString(),
                tmp.resolve("b/s2").toString()), err::toString);
        assertTrue(err.toString().contains("different sweeps"), err::toString);
        assertEquals(before, names(tmp), "no merged folder, no sweep.db, no hidden folder");
        Files.delete(tmp.resolve("a/s2/sweep.json"));
        err.reset();
        assertEquals(2, cli(err, "merge", "--out", out.toString(), tmp.resolve("a/s1").toString(),
                tmp.resolve("a/s2").toString()), err::toString);
        assertTrue(err.toString().contains("not a complete sweep output directory"), err::toString);
        assertEquals(before, names(tmp));
    }

    @Test
    void theExperimentFileIsFoundFromTheShardsWhereverMergeRuns(@TempDir Path tmp) throws IOException {
        Path project = tmp.resolve("project");
        Files.createDirectories(project);
        Path file = project.resolve("exp.yaml");
        Files.writeString(file, SWEEP);
        shards(file, project.resolve("out"), 2);
        Path moved = tmp.resolve("elsewhere/project");
        Files.createDirectories(moved.getParent());
        Files.move(project, moved);
        assertTrue(Files.readString(moved.resolve("out/s1/sweep.json")).contains("\"../../exp.yaml\""),
                "the manifest records the file relative to the shard");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Path out = tmp.resolve("merged");
        assertEquals(0, cli(err, "merge", "--out", out.toString(), moved.resolve("out/s1").toString(),
                moved.resolve("out/s2").toString()), err::toString);
        assertEquals(4, Files.readAllLines(out.resolve("runs.csv")).size(), "three runs and a header");
        assertFalse(names(tmp).stream().anyMatch(n -> n.contains(".loyaltylab-")));
    }
}

package org.loyaltylab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loyaltylab.testing.TinyExperiment;

/**
 * {@code run --warmup DAYS} and the file's {@code warmup_days}: recorded in run.json, said in the
 * report and its reproduce command; a warm-up as long as the horizon is refused with exit 2, the
 * file's with its line, key and what is allowed.
 */
class WarmupCommandTest {
    private static final String TINY = TinyExperiment.yaml("warm", "Does a warm-up change the answer?", 60, 2, 3, 300,
            null);

    @Test
    void warmupIsRecordedInTheManifestAndSaidInTheReport(@TempDir Path tmp) throws IOException {
        Path file = tmp.resolve("warm.yaml");
        Files.writeString(file, TINY);
        Path out = tmp.resolve("out");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(0, RunCommandTest.run(new ByteArrayOutputStream(), err, "run", file.toString(), "--out",
                out.toString(), "--warmup", "20", "--threads", "1", "--quiet"), err.toString(StandardCharsets.UTF_8));
        String manifest = Files.readString(out.resolve("run.json"));
        assertTrue(manifest.contains("\"warmup_days\": 20"), manifest);
        assertTrue(manifest.contains("Statistics from day 20"), "a finding says where the statistics start");
        String report = Files.readString(out.resolve("report.html"));
        assertTrue(report.contains("statistics from day 20"), "the report's header says it");
        String reproduce = report.substring(report.indexOf("id=\"reproduce\""));
        assertTrue(reproduce.contains("--warmup 20"), reproduce);
        assertFalse(reproduce.contains(out.toString()), "no temporary output folder: " + reproduce);
    }

    @Test
    void warmupAsLongAsTheHorizonIsRefused(@TempDir Path tmp) throws IOException {
        Path file = tmp.resolve("warm.yaml");
        Files.writeString(file, TINY);
        String cli = StrictInputTest.stderrOf(2, "run", file.toString(), "--out", tmp.resolve("a").toString(), "--warmup", "60");
        assertTrue(cli.contains("--warmup") && cli.contains("shorter than the horizon"), cli);
        Files.writeString(file, TINY.replace("days: 60\n", "days: 60\nwarmup_days: 90\n"));
        String inFile = StrictInputTest.stderrOf(2, "validate", file.toString());
        assertTrue(inFile.contains(file + ":4: key 'warmup_days': '90' is not shorter than the horizon"), inFile);
        assertTrue(inFile.contains("allowed: a whole number in [0, 59]"), inFile);
        Files.writeString(file, TINY.replace("days: 60\n", "days: 60\nwarmup_days: ten\n"));
        assertTrue(StrictInputTest.stderrOf(2, "validate", file.toString()).contains("'ten' is not a whole number"));
        assertFalse(Files.exists(tmp.resolve("a")), "nothing is written");
    }
}

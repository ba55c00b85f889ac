package org.loyaltylab.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.loyaltylab.testing.TinyExperiment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loyaltylab.model.param.ParameterRegistry;
import org.loyaltylab.testing.Slow;

/** {@code run --ablation} end to end: one row per contrast, metric and mechanism, the same whatever the threads. */
@Slow
class AblationCommandTest {
    private static final String EXPERIMENT = TinyExperiment.yaml("tiny-ablation", "What carries kind handling's gain?", 60, 2, 8, 500,
            null);

    @Test
    void writesOneRowPerMetricAndMechanismAndTheFindings(@TempDir Path tmp) throws IOException {
        Path file = tmp.resolve("tiny.yaml");
        Files.writeString(file, EXPERIMENT);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(0, RunCommandTest.run(out, err, "run", file.toString(), "--ablation", "--out",
                tmp.resolve("a").toString(), "--threads", "1"), err::toString);
        assertEquals(0, RunCommandTest.run(new ByteArrayOutputStream(), err, "run", file.toString(), "--ablation",
                "--out", tmp.resolve("b").toString(), "--threads", "2", "--quiet"), err::toString);
        assertArrayEquals(Files.readAllBytes(tmp.resolve("a/ablation.csv")), Files.readAllBytes(tmp.resolve("b/ablation.csv")));
        List<String> rows = Files.readAllLines(tmp.resolve("a/ablation.csv"));
        int mechanisms = ParameterRegistry.mechanisms().size();
        assertEquals(1 + 3 * mechanisms, rows.size(), "kind vs defensive, three metrics, each mechanism");
        assertTrue(rows.get(1).startsWith("kind-vs-defensive,kind - defensive,retention,mechanisms.direct_answer_effect,2,"), rows.get(1));
        String fullGain = rows.get(1).split(",")[5];
        for (String row : rows.subList(1, 1 + mechanisms)) {
            assertEquals(fullGain, row.split(",")[5], "every mechanism is measured against the same full gain");
        }
        assertTrue(rows.stream().skip(1).anyMatch(r -> !r.split(",")[11].equals("0")),
                "some mechanism carries part of the gain");
        String printed = out.toString();
        assertTrue(printed.contains("Of the retention gain of kind over defensive"), printed);
        assertNotEquals(-1, printed.indexOf("Results in"));
    }

    @Test
    void ablationDoesNotCombineWithWorlds(@TempDir Path tmp) throws IOException {
        Path file = tmp.resolve("tiny.yaml");
        Files.writeString(file, EXPERIMENT);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertNotEquals(0, RunCommandTest.run(new ByteArrayOutputStream(), err, "run", file.toString(), "--ablation",
                "--worlds", "4", "--out", tmp.resolve("x").toString()));
        assertTrue(err.toString().contains("--ablation does not combine"), err::toString);
    }
}

package org.loyaltylab.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.loyaltylab.cli.LoyaltyLab;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Malformed sweep sections: one line naming file, line, key and allowed values; exit code 2. */
class SweepSpecTest {
    private static final String HEAD = "name: s\ndescription: A sweep.\narms:\n  - name: a\nsweep:\n";

    static Stream<Arguments> malformed() {
        return Stream.of(
                Arguments.of(HEAD + "  design: spiral\n  factors: {market.competition: [0, 1]}\n", 6, "sweep.design",
                        "grid, latin-hypercube, sobol, saltelli"),
                Arguments.of(HEAD + "  factors: {market.colour: [0, 1]}\n", 6, "market.colour", "market.competition"),
                Arguments.of(HEAD + "  factors: {market.competition: [0, 2]}\n", 6, "market.competition", "[0, 1]"),
                Arguments.of(HEAD + "  factors:\n    market.competition: {min: 0, max: 1, steps: 1}\n", 7,
                        "market.competition", "[2, 1000]"),
                Arguments.of(HEAD + "  factors:\n    policies.handling: {min: 0, max: 1}\n", 7, "policies.handling",
                        "kind, defensive"),
                Arguments.of(HEAD + "  metrics: [happiness]\n  factors: {market.competition: [0, 1]}\n", 6,
                        "sweep.metrics", "retention"),
                Arguments.of(HEAD + "  metrics:\n    - retention\n    - churn_natural_total\n"
                        + "  factors: {market.competition: [0, 1]}\n", 8, "sweep.metrics",
                        "'churn_natural_total' is not a summary figure; allowed: active_customers, retention, "),
                Arguments.of(HEAD + "  replications: 0\n  factors: {market.competition: [0, 1]}\n", 6,
                        "sweep.replications", "[1, 100000]"),
                Arguments.of(HEAD + "  design: grid\n", 6, "sweep.factors", "mapping from parameter key"),
                Arguments.of(HEAD + "  colour: red\n  factors: {market.competition: [0, 1]}\n", 6, "sweep.colour",
                        "design, points"),
                Arguments.of("name: s\ndescription: No sweep.\narms:\n  - name: a\n", 0, "sweep", "a sweep: mapping"));
    }

    @ParameterizedTest(name = "[{index}] {2}")
    @MethodSource("malformed")
    void malformedSweepIsReportedPrecisely(String content, int line, String key, String allowed, @TempDir Path tmp)
            throws Exception {
        Path file = tmp.resolve("sweep.yaml");
        Files.writeString(file, content);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = LoyaltyLab.run(new String[] {"sweep", file.toString(), "--out", tmp.resolve("o").toString()},
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(err));
        String message = err.toString();
        assertEquals(2, code, message);
        assertTrue(message.contains(file + (line > 0 ? ":" + line + ":" : ":")), message);
        assertTrue(message.contains(key), message);
        assertTrue(message.contains(allowed), message);
        assertFalse(message.contains("Exception") || message.contains("\tat "), message);
        assertFalse(Files.exists(tmp.resolve("o/sweep.db")), "nothing written");
    }
}

package org.loyaltylab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Malformed experiment files and overrides: each must give one line naming the file, the line,
 * the key and the allowed values, exit code 2, no stack trace, and must write nothing.
 */
class BadInputTest {
    private static final String HEAD = "name: bad\ndescription: A question.\n";
    private static final String ARMS = "arms:\n  - name: a\n";

    static Stream<Arguments> malformedFiles() {
        return Stream.of(
                // content, expected line, expected key (or null), expected text in the allowed part
                Arguments.of("bad yaml: [unclosed\n", 2, null, "invalid YAML"),
                Arguments.of(HEAD + "days: 10\n\tseed: 3\n" + ARMS, 4, null, "invalid YAML"),
                Arguments.of("", 1, null, "empty"),
                Arguments.of("- just\n- a list\n", 1, null, "keys"),
                Arguments.of(HEAD + "colour: red\n" + ARMS, 3, "colour", "description"),
                Arguments.of("description: A question.\n" + ARMS, 1, "name", "missing"),
                Arguments.of("name: Bad Name\ndescription: x\n" + ARMS, 1, "name", "lower-case"),
                Arguments.of("name: bad\n" + ARMS, 1, "description", "missing"),
                Arguments.of(HEAD, 1, "arms", "at least one arm"),
                Arguments.of(HEAD + "arms: []\n", 3, "arms", "at least one arm"),
                Arguments.of(HEAD + "arms: nope\n", 3, "arms", "not a list"),
                Arguments.of(HEAD + "days: -5\n" + ARMS, 3, "days", "[1, 36500]"),
                Arguments.of(HEAD + "days: 0\n" + ARMS, 3, "days", "[1, 36500]"),
                Arguments.of(HEAD + "days: 3.5\n" + ARMS, 3, "days", "whole number"),
                Arguments.of(HEAD + "replications: 0\n" + ARMS, 3, "replications", "[1, 100000]"),
                Arguments.of(HEAD + "seed: abc\n" + ARMS, 3, "seed", "whole number"),
                Arguments.of(HEAD + "parameters:\n  weather: {sun: 1}\n" + ARMS, 4, "parameters.weather", "customers"),
                Arguments.of(HEAD + "parameters:\n  customers:\n    height: 3\n" + ARMS, 5, "customers.height",
                        "initial_count"),
                Arguments.of(HEAD + "parameters:\n  customers:\n    initial_count: many\n" + ARMS, 5,
                        "customers.initial_count", "an integer in [0, 20000000]"),
                Arguments.of(HEAD + "parameters:\n  customers:\n    initial_count: -3\n" + ARMS, 5,
                        "customers.initial_count", "an integer in [0, 20000000]"),
                Arguments.of(HEAD + "parameters:\n  customers:\n    initial_count: 2.5\n" + ARMS, 5,
                        "customers.initial_count", "integer"),
                Arguments.of(HEAD + "parameters:\n  market:\n    competition: 1.5\n" + ARMS, 5,
                        "market.competition", "a number in [0, 1]"),
                Arguments.of(HEAD + "parameters:\n  market:\n    competition: [0.1, 0.2]\n" + ARMS, 5,
                        "market.competition", "a number in [0, 1]"),
                Arguments.of(HEAD + "parameters:\n  policies:\n    handling: nice\n" + ARMS, 5, "policies.handling",
                        "one of: kind, defensive"),
                Arguments.of(HEAD + "parameters:\n  policies:\n    routing: 3\n" + ARMS, 5, "policies.routing",
                        "fifo, value-priority"),
                Arguments.of(HEAD + "parameters:\n  customers: 12\n" + ARMS, 4, "parameters.customers", "keys"),
                Arguments.of(HEAD + "arms:\n  - description: no name\n", 4, "arms[1].name", "missing"),
                Arguments.of(HEAD + "arms:\n  - name: a\n  - name: a\n", 5, "arms[2].name", "not used by another"),
                Arguments.of(HEAD + "arms:\n  - name: a\n    baseline: true\n  - name: b\n    baseline: true\n", 7,
                        "arms[2].baseline", "at most one"),
                Arguments.of(HEAD + "arms:\n  - name: a\n    colour: red\n", 5, "arms[1].colour", "parameters"),
                Arguments.of(HEAD + "arms:\n  - name: a\n    parameters:\n      policies: {training: lots}\n", 6,
                        "policies.training", "none, basic, empathy"),
                Arguments.of(HEAD + "days: 10\ndays: 20\n" + ARMS, 4, "days", "each key once"),
                Arguments.of(HEAD + "arms:\n  - name: a\n    baseline: maybe\n", 5, "arms[1].baseline", "true, false"));
    }

    @ParameterizedTest(name = "[{index}] line {1}, key {2}")
    @MethodSource("malformedFiles")
    void malformedFileIsReportedPrecisely(String content, int line, String key, String allowed, @TempDir Path tmp)
            throws IOException {
        Path file = tmp.resolve("experiment.yaml");
        Files.writeString(file, content);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Path outDir = tmp.resolve("out");
        int code = RunCommandTest.run(out, err, "run", file.toString(), "--out", outDir.toString(), "--quiet");
        String message = err.toString();
        assertEquals(2, code, message);
        assertTrue(message.contains(file + ":" + line + ":"), () -> "names file and line " + line + ": " + message);
        if (key != null) {
            assertTrue(message.contains("'" + key + "'") || message.contains(key), () -> "names key " + key + ": " + message);
        }
        assertTrue(message.contains(allowed), () -> "says what is allowed (" + allowed + "): " + message);
        assertNoStackTrace(message);
        assertFalse(Files.exists(outDir), "nothing is written");
        assertEquals(2, RunCommandTest.run(out, new ByteArrayOutputStream(), "validate", file.toString()));
    }

    @Test
    void missingFileAndBadOverridesAreBadInput(@TempDir Path tmp) throws IOException {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(2, RunCommandTest.run(new ByteArrayOutputStream(), err, "run", tmp.resolve("nope.yaml").toString()));
        assertTrue(err.toString().contains("nope.yaml: file not found"), err::toString);
        Path file = tmp.resolve("ok.yaml");
        Files.writeString(file, HEAD + ARMS);
        for (String[] set : new String[][] {{"market.competition=2", "a number in [0, 1]"},
            {"market.colour=2", "market.competition"}, {"policies.handling=nice", "kind, defensive"},
            {"nonsense", "key=value"}}) {
            ByteArrayOutputStream e = new ByteArrayOutputStream();
            assertEquals(2, RunCommandTest.run(new ByteArrayOutputStream(), e, "run", file.toString(), "--set", set[0],
                    "--out", tmp.resolve("o").toString()), e::toString);
            assertTrue(e.toString().contains(set[1]), e::toString);
            assertNoStackTrace(e.toString());
        }
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        assertEquals(2, RunCommandTest.run(new ByteArrayOutputStream(), e, "run", file.toString(), "--replications",
                "0"));
        assertTrue(e.toString().contains("--replications must be at least 1"), e::toString);
        assertEquals(2, RunCommandTest.run(new ByteArrayOutputStream(), new ByteArrayOutputStream(), "run"));
        ByteArrayOutputStream unwritable = new ByteArrayOutputStream();
        assertEquals(2, RunCommandTest.run(new ByteArrayOutputStream(), unwritable, "run", file.toString(), "--out",
                "/proc/loyaltylab-cannot-write-here"), unwritable::toString);
        assertTrue(unwritable.toString().contains("cannot write"), unwritable::toString);
        assertNoStackTrace(unwritable.toString());
    }

    @Test
    void optionsOutOfRangeAreRefusedBeforeAnythingIsWritten(@TempDir Path tmp) throws IOException {
        Path file = tmp.resolve("ok.yaml");
        Files.writeString(file, HEAD + ARMS + "sweep:\n  factors:\n    market.competition: [0.1, 0.2]\n");
        Path out = tmp.resolve("out");
        for (String[] args : new String[][] {
            {"sweep", file.toString(), "--out", out.toString(), "--threads", "0"},
            {"run", file.toString(), "--out", out.toString(), "--threads", "0"},
            {"run", file.toString(), "--out", out.toString(), "--precision", "0.1", "--max-replications", "0"},
            {"run", file.toString(), "--out", out.toString(), "--precision", "1.5"}}) {
            ByteArrayOutputStream e = new ByteArrayOutputStream();
            assertEquals(2, RunCommandTest.run(new ByteArrayOutputStream(), e, args), e::toString);
            assertTrue(e.toString().startsWith("error: --"), e::toString);
            assertNoStackTrace(e.toString());
            assertFalse(Files.exists(out), "nothing is written: " + String.join(" ", args));
        }
    }

    private static void assertNoStackTrace(String message) {
        assertFalse(message.contains("\tat ") || message.contains("Exception"), () -> "no stack trace: " + message);
    }
}

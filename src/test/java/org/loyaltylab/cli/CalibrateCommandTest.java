package org.loyaltylab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A targets or calibration file with a problem: {@code calibrate} exits with code 2 and one line
 * naming the file, the line, the key and what is allowed, and writes nothing.
 */
class CalibrateCommandTest {
    private static final String TARGET = "targets:\n  - name: t\n    observable: bought_again_share\n"
            + "    problem_size: large\n    outcome: resolved\n    value: 0.5\n";

    static Stream<Arguments> badTargets() {
        return Stream.of(
                // targets file, line, key, text in the message
                Arguments.of(TARGET.replace("bought_again_share", "repurchase_rate") + "    tolerance: 0.05\n"
                        + "    source: x\n", 3, "targets[1].observable",
                        "'repurchase_rate' is not allowed here; allowed: one of: complaint_share, bought_again_share"),
                Arguments.of(TARGET + "    tolerance: 0\n    source: x\n", 7, "targets[1].tolerance",
                        "'0' is out of range; allowed: a number above 0"),
                Arguments.of(TARGET + "    tolerance: -0.1\n    source: x\n", 7, "targets[1].tolerance",
                        "out of range"),
                Arguments.of(TARGET + "    standard_error: 0\n    source: x\n", 7, "targets[1].standard_error",
                        "out of range"),
                Arguments.of(TARGET + "    source: x\n", 2, "targets[1].tolerance", "give a tolerance or a standard error"),
                Arguments.of(TARGET.replace("outcome: resolved", "outcome: fixed") + "    tolerance: 0.05\n"
                        + "    source: x\n", 5, "targets[1].outcome", "no-complaint, unresolved, resolved, resolved-quickly"),
                Arguments.of(TARGET + "    tolerance: 0.05\n    source: x\n    weight: 2\n", 9, "targets[1].weight",
                        "unknown key 'weight'"),
                Arguments.of(TARGET + "    tolerance: 0.05\n", 2, "targets[1].source", "missing"));
    }

    @ParameterizedTest
    @MethodSource("badTargets")
    void aBadTargetExitsWithCode2NamingFileLineAndKey(String targets, int line, String key, String text,
                                                     @TempDir Path tmp) throws IOException {
        Path targetsFile = tmp.resolve("targets.yaml");
        Files.writeString(targetsFile, targets);
        Path experiment = tmp.resolve("e.yaml");
        Files.writeString(experiment, "name: e\ndescription: x\narms:\n  - name: a\n");
        Path file = tmp.resolve("c.yaml");
        Files.writeString(file, "name: c\ntargets: targets.yaml\nexperiment: e.yaml\n"
                + "fit:\n  service.complaint_base: {min: -6, max: -2}\n");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Path out = tmp.resolve("out");
        int code = LoyaltyLab.run(new String[] {"calibrate", file.toString(), "--out", out.toString()},
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
        String message = err.toString(StandardCharsets.UTF_8).trim();
        assertEquals(2, code, message);
        assertTrue(message.startsWith("error: " + targetsFile + ":" + line + ": key '" + key + "': "), message);
        assertTrue(message.contains(text), message);
        assertEquals(1, message.lines().count(), message);
        assertFalse(Files.exists(out), "nothing written");
    }

    @ParameterizedTest
    @MethodSource("badCalibrations")
    void aBadCalibrationFileExitsWithCode2(String fit, String key, String text, @TempDir Path tmp) throws IOException {
        Files.writeString(tmp.resolve("e.yaml"), "name: e\ndescription: x\narms:\n  - name: a\n");
        Path file = tmp.resolve("c.yaml");
        Files.writeString(file, "name: c\ntargets: t.yaml\nexperiment: e.yaml\nfit:\n" + fit);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = LoyaltyLab.run(new String[] {"calibrate", file.toString()}, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        String message = err.toString(StandardCharsets.UTF_8).trim();
        assertEquals(2, code, message);
        assertTrue(message.startsWith("error: " + file + ":5: key '" + key + "'"), message);
        assertTrue(message.contains(text), message);
    }

    static Stream<Arguments> badCalibrations() {
        return Stream.of(
                Arguments.of("  service.complaint_bias: {min: -6, max: -2}\n", "fit.service.complaint_bias",
                        "unknown key"),
                Arguments.of("  service.complaint_base: {min: -6, max: -20}\n", "fit.service.complaint_base.max",
                        "out of range; allowed: a number in [-10, 10]"),
                Arguments.of("  service.complaint_base: {min: -2, max: -6}\n", "fit.service.complaint_base.max",
                        "max above min"));
    }
}

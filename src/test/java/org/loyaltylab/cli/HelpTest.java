package org.loyaltylab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * Every command prints its usage and exits 0 on {@code -h}, {@code --help} and {@code help CMD},
 * before any required parameter is checked.
 */
class HelpTest {
    /** What a run printed: exit code, standard output, standard error. */
    private record Outcome(int exit, String out, String err) {
    }

    private static Outcome run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = LoyaltyLab.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Outcome(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static Stream<String> commands() {
        return new CommandLine(new LoyaltyLab()).getSubcommands().keySet().stream().filter(c -> !c.equals("help"));
    }

    @Test
    void everyCommandIsCovered() {
        assertEquals(List.of("run", "sweep", "calibrate", "merge", "report", "params", "metrics", "validate", "bench", "gui"),
                commands().toList());
    }

    @ParameterizedTest
    @MethodSource("commands")
    void shortAndLongHelpAndTheHelpCommandPrintTheUsage(String command) {
        for (String[] args : List.of(new String[] {command, "-h"}, new String[] {command, "--help"},
                new String[] {"help", command})) {
            Outcome o = run(args);
            String what = String.join(" ", args);
            assertEquals(0, o.exit(), what + ": " + o.err());
            assertTrue(o.out().startsWith("Usage: loyaltylab " + command), what + ": " + o.out());
            assertTrue(o.out().contains("-h, --help"), what + ": " + o.out());
            assertTrue(o.err().isEmpty(), what + ": " + o.err());
        }
    }

    @Test
    void helpComesBeforeAMissingRequiredParameter() {
        Outcome o = run("run", "-h");
        assertEquals(0, o.exit());
        assertTrue(!o.out().contains("Missing") && !o.err().contains("Missing"), o.out() + o.err());
        assertTrue(o.out().contains("FILE"), o.out());
    }

    @Test
    void theHelpCommandWithoutACommandListsThemAll() {
        Outcome o = run("help");
        assertEquals(0, o.exit(), o.err());
        commands().forEach(c -> assertTrue(o.out().contains(c), c));
    }
}

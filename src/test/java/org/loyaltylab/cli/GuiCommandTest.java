package org.loyaltylab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gui} on an experiment of five arms says which four it shows and how to choose, before it
 * opens a window (here it cannot: the tests run headless), and refuses an unknown arm.
 */
class GuiCommandTest {
    private static final String FIVE = String.join("\n", "name: five", "description: Five arms.", "arms:",
            "  - name: a", "  - name: b", "  - name: c", "  - name: d", "  - name: e", "");

    private static String[] run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = LoyaltyLab.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new String[] {String.valueOf(exit), err.toString(StandardCharsets.UTF_8)};
    }

    @Test
    void moreThanFourArmsPrintWhichFourAreShownAndHowToChoose(@TempDir Path tmp) throws Exception {
        Path file = Files.writeString(tmp.resolve("five.yaml"), FIVE);
        String[] r = run("gui", file.toString(), "--days", "1");
        assertEquals("2", r[0], "no display in tests: " + r[1]);
        assertTrue(r[1].contains("The experiment has 5 arms; the GUI shows 4: a, b, c, d. Choose others with --arms"),
                r[1]);
    }

    @Test
    void anUnknownArmIsRefusedInOneLine(@TempDir Path tmp) throws Exception {
        Path file = Files.writeString(tmp.resolve("five.yaml"), FIVE);
        String[] r = run("gui", file.toString(), "--arms", "a,z");
        assertEquals("2", r[0]);
        assertTrue(r[1].contains("--arms: no arm 'z' (arms: a, b, c, d, e)"), r[1]);
    }
}

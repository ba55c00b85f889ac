package org.loyaltylab.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loyaltylab.cli.LoyaltyLab;
import org.loyaltylab.testing.Slow;

/**
 * A calibration killed (SIGKILL of a real process) part-way resumes with {@code --resume},
 * replaying the stored evaluations, and ends with the tables of an uninterrupted calibration.
 */
@Slow
class CalibrationResumeTest {
    private static final int BUDGET = 16;
    private static final int REPLICATIONS = 2;

    @Test
    void killedCalibrationResumesToTheSameResult(@TempDir Path tmp) throws Exception {
        Path file = CalibrationFiles.write(tmp, "{value: 0.04, tolerance: 0.01}", "{value: 0.09, tolerance: 0.05}",
                BUDGET);
        Path clean = tmp.resolve("clean");
        assertEquals(0, cli("calibrate", file.toString(), "--out", clean.toString(), "--threads", "2"));
        Path killed = tmp.resolve("killed");
        Process p = start(file, killed);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        Path db = killed.resolve("calibration.db");
        while (System.nanoTime() < deadline && p.isAlive() && (!Files.exists(db) || rows(db) < 9)) {
            Thread.sleep(20);
        }
        p.destroyForcibly();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        int stored = rows(db);
        assertTrue(stored >= 9 && stored < BUDGET * REPLICATIONS, "killed part-way: " + stored + " stored");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(0, LoyaltyLab.run(new String[] {"calibrate", file.toString(), "--out", killed.toString(),
            "--resume", "--threads", "2", "--quiet"}, new PrintStream(out), new PrintStream(new ByteArrayOutputStream())));
        assertTrue(out.toString().contains("(" + (BUDGET * REPLICATIONS - stored) + " replications run now)"),
                out.toString());
        for (String table : List.of("evaluations.csv", "fit.csv", "accepted.csv", "calibrated.yaml")) {
            assertEquals(Files.readString(clean.resolve(table)), Files.readString(killed.resolve(table)), table);
        }
    }

    private static int cli(String... args) {
        return LoyaltyLab.run(args, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(new ByteArrayOutputStream()));
    }

    private static Process start(Path file, Path out) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "org.loyaltylab.cli.LoyaltyLab",
                "calibrate", file.toString(), "--out", out.toString(), "--threads", "2", "--quiet")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static int rows(Path db) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             ResultSet r = c.createStatement().executeQuery("SELECT count(*) FROM runs")) {
            return r.next() ? r.getInt(1) : 0;
        } catch (SQLException e) {
            return 0;
        }
    }
}

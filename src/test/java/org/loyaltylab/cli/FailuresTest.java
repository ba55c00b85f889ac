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
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loyaltylab.BadInputException;
import org.loyaltylab.experiment.ExperimentFileException;
import org.loyaltylab.experiment.ExperimentLoader;
import org.loyaltylab.experiment.ExperimentSpec;
import org.loyaltylab.experiment.Simulation;
import org.loyaltylab.model.param.InvalidParameterException;
import org.loyaltylab.pipeline.ExperimentPipeline;
import org.loyaltylab.pipeline.ProgressListener;
import org.loyaltylab.pipeline.RunSettings;
import org.loyaltylab.pipeline.SweepPipeline;
import org.loyaltylab.pipeline.SweepSettings;
import org.loyaltylab.sweep.SweepSpec;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Exit codes and messages: bad input of every kind exits 2 with one line; a failure inside the
 * simulation (any other exception, in a run or in a sweep) exits 1 with one line saying it is a
 * bug and where the log with the stack trace is; no stack trace reaches the terminal.
 */
class FailuresTest {
    private static final Pattern LOG = Pattern.compile("stack trace in (\\S+\\.log)");
    private static final Simulation FAILING = (arm, armIndex, parameters, replication, seed, days, keep, failures) -> {
        if (replication == 2) {
            throw new IllegalStateException("calendar out of order");
        }
        return Simulation.MODEL.run(arm, armIndex, parameters, replication, seed, days, keep, failures);
    };

    /** A subcommand whose body the test gives. */
    @Command(name = "probe")
    static final class Probe implements Callable<Integer> {
        private final Callable<Integer> body;

        Probe(Callable<Integer> body) {
            this.body = body;
        }

        @Override
        public Integer call() throws Exception {
            return body.call();
        }
    }

    private record Outcome(int code, String err) {
    }

    private static Outcome probe(Callable<Integer> body) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CommandLine cli = new CommandLine(new LoyaltyLab());
        cli.addSubcommand("probe", new Probe(body));
        int code = LoyaltyLab.execute(cli, new String[] {"probe"}, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Outcome(code, err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void badInputOfEveryKindExitsTwoWithOneLine() {
        List<Object[]> cases = List.of(
                new Object[] {new BadInputException("--out x exists and is not a directory"),
                    "error: --out x exists and is not a directory"},
                new Object[] {new InvalidParameterException("market.competition", "2 is out of range", "[0, 1]"),
                    "error: key 'market.competition': 2 is out of range; allowed: [0, 1]"},
                new Object[] {new ExperimentFileException("e.yaml", 3, "days", "not a number", "[1, 36500]"),
                    "error: e.yaml:3: key 'days': not a number; allowed: [1, 36500]"});
        for (Object[] c : cases) {
            Outcome o = probe(() -> {
                throw (RuntimeException) c[0];
            });
            assertEquals(2, o.code(), o.err());
            assertEquals(c[1] + System.lineSeparator(), o.err());
        }
    }

    @Test
    void anyOtherExceptionIsABugThatExitsOneWithTheLogOfItsStackTrace() throws IOException {
        for (Throwable t : new Throwable[] {new IllegalStateException("calendar out of order"),
            new IllegalArgumentException("no figure named x"), new NullPointerException(), new StackOverflowError()}) {
            Outcome o = probe(() -> {
                if (t instanceof Error e) {
                    throw e;
                }
                throw (Exception) t;
            });
            assertBug(o, t.getClass().getSimpleName());
        }
    }

    @Test
    void filesThatCannotBeReadExitOneWithoutCallingItABug() {
        Outcome o = probe(() -> {
            throw new IOException("no timeseries.csv in results/x");
        });
        assertEquals(1, o.code(), o.err());
        assertEquals("error: no timeseries.csv in results/x" + System.lineSeparator(), o.err());
    }

    @Test
    void aFailureInsideASweepOrARunIsABugNotBadInput(@TempDir Path tmp) throws IOException {
        Path file = tmp.resolve("sweep.yaml");
        Files.writeString(file, String.join("\n", "name: failing", "description: A run that fails.", "days: 20",
                "parameters:", "  customers: {initial_count: 300}", "arms:", "  - name: a", "sweep:", "  design: grid",
                "  replications: 2", "  factors:", "    market.competition: [0.1, 0.2]", ""));
        ExperimentSpec experiment = ExperimentLoader.load(file);
        Path sweepDir = tmp.resolve("sweep");
        Outcome sweep = probe(() -> {
            new SweepPipeline(ProgressListener.SILENT, FAILING).run(experiment, SweepSpec.of(experiment),
                    new SweepSettings(sweepDir, 2, false, 1, 1, List.of("sweep")));
            return 0;
        });
        assertBug(sweep, "IllegalStateException: calendar out of order");
        assertFalse(Files.exists(sweepDir.resolve("sweep.json")), "no manifest for a failed sweep");
        Path runDir = tmp.resolve("run");
        Outcome run = probe(() -> {
            new ExperimentPipeline(experiment.withReplications(3), new RunSettings(runDir, 2, null, 3, false, true,
                    false, false, List.of("run")), ProgressListener.SILENT, FAILING).run();
            return 0;
        });
        assertBug(run, "IllegalStateException: calendar out of order");
        assertFalse(Files.exists(runDir.resolve("run.json")), "no manifest for a failed run");
    }

    private static void assertBug(Outcome o, String what) throws IOException {
        assertEquals(1, o.code(), o.err());
        assertEquals(1, o.err().lines().count(), () -> "one line: " + o.err());
        assertTrue(o.err().contains("This is a bug in Loyalty Lab"), o.err());
        assertTrue(o.err().contains(what), o.err());
        assertFalse(o.err().contains("\tat "), "no stack trace on the terminal");
        Matcher m = LOG.matcher(o.err());
        assertTrue(m.find(), () -> "names the log: " + o.err());
        Path log = Path.of(m.group(1));
        try {
            String trace = Files.readString(log);
            assertTrue(trace.contains(what) && trace.contains("\tat "), "the log holds the stack trace");
        } finally {
            Files.deleteIfExists(log);
        }
    }
}

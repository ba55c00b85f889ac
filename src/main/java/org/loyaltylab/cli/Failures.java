package org.loyaltylab.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.loyaltylab.BadInputException;
import org.loyaltylab.output.manifest.ManifestFile;

/**
 * Turns whatever ended a command into one line on standard error and an exit code: bad input
 * ({@link BadInputException}, an output folder that cannot be written) exits 2; a file or store
 * that cannot be read or written exits 1; anything else is a bug in Loyalty Lab and exits 1
 * with the path of a log file holding the stack trace. No stack trace reaches the terminal.
 */
final class Failures {
    /** Exit code for bad input. */
    static final int BAD_INPUT = 2;
    /** Exit code for every other failure. */
    static final int FAILED = 1;

    private final List<String> arguments;
    private final PrintStream err;

    Failures(List<String> arguments, PrintStream err) {
        this.arguments = arguments;
        this.err = err;
    }

    /** Reports {@code failure}; @return the exit code */
    int report(Throwable failure) {
        if (failure instanceof BadInputException b) {
            err.println("error: " + oneLine(b.userMessage()));
            return BAD_INPUT;
        }
        if (failure instanceof FileSystemException f) {
            err.println("error: cannot write or read " + f.getFile()
                    + (f.getReason() == null ? "" : ": " + f.getReason()) + " (check --out and permissions)");
            return BAD_INPUT;
        }
        if (failure instanceof IOException || failure instanceof SQLException) {
            err.println("error: " + oneLine(String.valueOf(failure.getMessage())));
            return FAILED;
        }
        err.println("loyaltylab: internal error (" + oneLine(failure.toString()) + "). This is a bug in Loyalty Lab; "
                + log(failure) + ".");
        return FAILED;
    }

    /** Writes the stack trace to a new file in the temporary folder; @return where it is, in words */
    private String log(Throwable failure) {
        StringWriter trace = new StringWriter();
        try (PrintWriter w = new PrintWriter(trace)) {
            w.println("loyaltylab " + ManifestFile.toolVersion() + ", " + Instant.now());
            w.println("command: loyaltylab " + String.join(" ", arguments));
            w.println("java " + System.getProperty("java.version") + ", " + System.getProperty("os.name"));
            failure.printStackTrace(w);
        }
        try {
            Path file = Files.createTempFile("loyaltylab-bug-", ".log");
            Files.writeString(file, trace.toString());
            return "please report it with the stack trace in " + file.toAbsolutePath();
        } catch (IOException | RuntimeException e) {
            return "its stack trace could not be written to a log (" + oneLine(e.toString()) + ")";
        }
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s*[\\r\\n]+\\s*", " ").trim();
    }
}

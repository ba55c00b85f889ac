package org.loyaltylab.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import org.loyaltylab.experiment.ExperimentFileException;
import org.loyaltylab.model.param.InvalidParameterException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code loyaltylab} command line. Bad input (experiment files, overrides, options) is
 * reported in one line on standard error with exit code 2 and no stack trace; unexpected
 * failures exit with 1.
 */
@Command(name = "loyaltylab", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Simulates how customer-service policies shape customer loyalty, churn and money.",
        subcommands = {RunCommand.class, SweepCommand.class, MergeCommand.class, ReportCommand.class,
            ParamsCommand.class, MetricsCommand.class, ValidateCommand.class, BenchCommand.class, GuiCommand.class})
public final class LoyaltyLab implements Runnable {
    /** Exit code for bad input. */
    public static final int BAD_INPUT = 2;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** Entry point. */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /**
     * Runs the command line with the given streams.
     *
     * @return the exit code
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        CommandLine cli = new CommandLine(new LoyaltyLab());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        cli.setParameterExceptionHandler((ex, a) -> {
            err.println("loyaltylab: " + ex.getMessage());
            return BAD_INPUT;
        });
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof ExperimentFileException) {
                err.println("error: " + ex.getMessage());
                return BAD_INPUT;
            }
            if (ex instanceof InvalidParameterException) {
                InvalidParameterException p = (InvalidParameterException) ex;
                err.println("error: key '" + p.key() + "': " + p.getMessage() + "; allowed: " + p.allowed());
                return BAD_INPUT;
            }
            if (ex instanceof UsageException) {
                err.println("error: " + ex.getMessage());
                return BAD_INPUT;
            }
            if (ex instanceof java.nio.file.FileSystemException) {
                java.nio.file.FileSystemException f = (java.nio.file.FileSystemException) ex;
                err.println("error: cannot write or read " + f.getFile()
                        + (f.getReason() == null ? "" : ": " + f.getReason()) + " (check --out and permissions)");
                return BAD_INPUT;
            }
            err.println("loyaltylab failed: " + ex);
            if (Boolean.getBoolean("loyaltylab.debug")) {
                ex.printStackTrace(err);
            } else {
                err.println("(run with -Dloyaltylab.debug=true for the stack trace)");
            }
            return 1;
        });
        return cli.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}

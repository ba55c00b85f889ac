package org.loyaltylab.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.ScopeType;

/**
 * The {@code loyaltylab} command line. Commands parse options, call a pipeline and print. Bad
 * input (experiment files, overrides, options) is reported in one line on standard error with
 * exit code 2 and no stack trace; any other failure exits with 1 (see {@link Failures}). Every
 * command takes {@code -h/--help} (inherited from here), and {@code help CMD} prints CMD's usage.
 */
@Command(name = "loyaltylab", mixinStandardHelpOptions = true, versionProvider = Version.class,
        scope = ScopeType.INHERIT,
        description = "Simulates how customer-service policies shape customer loyalty, churn and money.",
        subcommands = {RunCommand.class, SweepCommand.class, CalibrateCommand.class, MergeCommand.class, ReportCommand.class,
            ParamsCommand.class, MetricsCommand.class, ValidateCommand.class, BenchCommand.class, GuiCommand.class,
            HelpCommand.class})
public final class LoyaltyLab implements Runnable {
    /** Exit code for bad input. */
    public static final int BAD_INPUT = Failures.BAD_INPUT;

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
        return execute(new CommandLine(new LoyaltyLab()), args, out, err);
    }

    /** Runs {@code cli} (the command line, or one with a test's subcommands added) with the exit codes above. */
    static int execute(CommandLine cli, String[] args, PrintStream out, PrintStream err) {
        Failures failures = new Failures(List.of(args), err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        cli.setParameterExceptionHandler((ex, a) -> {
            err.println("loyaltylab: " + ex.getMessage());
            return BAD_INPUT;
        });
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> failures.report(ex));
        try {
            return cli.execute(args);
        } catch (Error e) {
            return failures.report(e);
        }
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}

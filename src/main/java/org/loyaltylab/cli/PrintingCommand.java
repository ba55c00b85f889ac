package org.loyaltylab.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** A subcommand that writes to the command line's streams; picocli injects its spec. */
abstract class PrintingCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    /** @return the command line's standard output */
    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /** @return the command line's standard error */
    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** @return the arguments as they were given */
    List<String> arguments() {
        return spec.commandLine().getParseResult().originalArgs();
    }
}

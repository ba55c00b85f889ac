package org.loyaltylab.cli;

import org.loyaltylab.output.DocFormat;
import picocli.CommandLine.Option;

/** A command that prints a registry's documentation in the format asked for. */
abstract class DocsCommand extends PrintingCommand {
    @Option(names = "--format", defaultValue = "table", description = "table, csv or markdown (default: ${DEFAULT-VALUE})")
    private DocFormat format;

    /** @return the documentation in {@code format} */
    abstract String render(DocFormat format);

    @Override
    public Integer call() {
        out().print(render(format));
        out().flush();
        return 0;
    }
}

package org.loyaltylab.cli;

import java.util.concurrent.Callable;
import org.loyaltylab.output.ParameterDocs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code loyaltylab params}: every parameter with unit, default, allowed values, meaning and source. */
@Command(name = "params", description = "List every model parameter: key, unit, default, allowed values, meaning, source.")
final class ParamsCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--format", defaultValue = "table", description = "table, csv or markdown (default: ${DEFAULT-VALUE})")
    private ParameterDocs.Format format;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(ParameterDocs.render(format));
        spec.commandLine().getOut().flush();
        return 0;
    }
}

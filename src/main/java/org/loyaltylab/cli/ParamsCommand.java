package org.loyaltylab.cli;

import org.loyaltylab.output.DocFormat;
import org.loyaltylab.output.ParameterDocs;
import picocli.CommandLine.Command;

/** {@code loyaltylab params}: every parameter with unit, default, allowed values, meaning and source. */
@Command(name = "params", description = "List every model parameter: key, unit, default, allowed values, meaning, source.")
final class ParamsCommand extends DocsCommand {
    @Override
    String render(DocFormat format) {
        return ParameterDocs.render(format);
    }
}

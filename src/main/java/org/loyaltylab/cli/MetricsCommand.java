package org.loyaltylab.cli;

import java.util.concurrent.Callable;
import org.loyaltylab.output.MetricDocs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code loyaltylab metrics}: every column of timeseries.csv and summary.csv with unit, kind, aggregation, meaning. */
@Command(name = "metrics", description = "List every column of timeseries.csv and summary.csv: key, unit, kind, "
        + "aggregation, meaning.")
final class MetricsCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--format", defaultValue = "table", description = "table, csv or markdown (default: ${DEFAULT-VALUE})")
    private MetricDocs.Format format;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(MetricDocs.render(format));
        spec.commandLine().getOut().flush();
        return 0;
    }
}

package org.loyaltylab.cli;

import org.loyaltylab.output.DocFormat;
import org.loyaltylab.output.MetricDocs;
import picocli.CommandLine.Command;

/** {@code loyaltylab metrics}: every column of timeseries.csv and summary.csv with unit, kind, aggregation, meaning. */
@Command(name = "metrics", description = "List every column of timeseries.csv and summary.csv: key, unit, kind, "
        + "aggregation, meaning.")
final class MetricsCommand extends DocsCommand {
    @Override
    String render(DocFormat format) {
        return MetricDocs.render(format);
    }
}

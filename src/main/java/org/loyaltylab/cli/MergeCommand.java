package org.loyaltylab.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.loyaltylab.pipeline.ProgressListener;
import org.loyaltylab.pipeline.SweepPipeline;
import org.loyaltylab.pipeline.WorldsMerge;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code loyaltylab merge --out DIR SHARD_DIR...}: combines shard outputs into the tables of an
 * unsharded sweep, or of an unsharded {@code run --worlds}.
 */
@Command(name = "merge", description = "Combine the stores of sweep shards (sweep --shard I/N), or of worlds shards "
        + "(run --worlds N --shard I/N), into one directory with the same tables an unsharded run writes.")
final class MergeCommand extends PrintingCommand {
    @Option(names = "--out", required = true, paramLabel = "DIR", description = "merged output directory")
    private Path out;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "the same --set overrides the shards used")
    private List<String> sets = new ArrayList<>();

    @Parameters(arity = "1..*", paramLabel = "SHARD_DIR", description = "shard output directories")
    private List<Path> shards;

    @Override
    public Integer call() throws Exception {
        int runs = WorldsMerge.isWorlds(shards.get(0))
                ? WorldsMerge.merge(shards, out, ExperimentOptions.overrides(sets), arguments())
                : new SweepPipeline(ProgressListener.SILENT).merge(shards, out, ExperimentOptions.overrides(sets));
        out().printf("Merged %d shards: %d runs in %s%n", shards.size(), runs, out);
        out().flush();
        return 0;
    }
}

package org.loyaltylab.pipeline;

import java.nio.file.Path;
import java.util.List;

/**
 * How a {@code sweep} is carried out, as the command line gives it.
 *
 * @param dir       the results folder
 * @param threads   worker threads, at least 1
 * @param resume    whether to continue the store already in {@code dir}
 * @param shard     this shard, 1 to {@code shards}
 * @param shards    the number of disjoint slices the runs are cut into
 * @param arguments the command-line arguments, recorded in the manifest
 */
public record SweepSettings(Path dir, int threads, boolean resume, int shard, int shards, List<String> arguments) {
    /** Copies the arguments. */
    public SweepSettings {
        arguments = List.copyOf(arguments);
    }
}

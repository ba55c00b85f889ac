package org.loyaltylab.pipeline;

import java.nio.file.Path;
import java.util.List;

/**
 * How a {@code run --worlds} is carried out, as the command line gives it.
 *
 * @param dir          the results folder, which holds the store of finished runs ({@code worlds.db})
 * @param threads      worker threads, at least 1
 * @param worlds       the number of worlds (with {@code from}: the most rows read, or null for all;
 *                     with {@code saltelli}: the base rows N of N (k + 2) worlds)
 * @param from         a CSV file of accepted parameter sets, or null to draw worlds over the priors
 * @param saltelli     whether to draw a Saltelli design (and write Sobol indices) instead of a Latin hypercube
 * @param replications replications per world and arm
 * @param resume       whether to continue the runs stored in the folder
 * @param shard        this shard, 1 to {@code shards}
 * @param shards       the number of disjoint slices the runs are split into (1: not sharded)
 * @param ablation     the {@code ablation.csv} of a {@code run --ablation} of the same experiment,
 *                     whose bars the report draws per contrast, or null
 * @param arguments    the command-line arguments, recorded in the manifest
 */
public record WorldsSettings(Path dir, int threads, Integer worlds, Path from, boolean saltelli, int replications,
                             boolean resume, int shard, int shards, Path ablation, List<String> arguments) {
    /** Copies the arguments. */
    public WorldsSettings {
        arguments = List.copyOf(arguments);
    }

    /** @return the design's name, as the manifest records it: latin-hypercube, saltelli or file */
    public String designName() {
        return from != null ? "file" : saltelli ? "saltelli" : "latin-hypercube";
    }
}

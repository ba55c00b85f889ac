package org.loyaltylab.pipeline;

import java.nio.file.Path;
import java.util.List;

/**
 * How a {@code run --worlds} is carried out, as the command line gives it.
 *
 * @param dir          the results folder
 * @param threads      worker threads, at least 1
 * @param worlds       the number of worlds (with {@code from}: the most rows read, or null for all;
 *                     with {@code saltelli}: the base rows N of N (k + 2) worlds)
 * @param from         a CSV file of accepted parameter sets, or null to draw worlds over the priors
 * @param saltelli     whether to draw a Saltelli design (and write Sobol indices) instead of a Latin hypercube
 * @param replications replications per world and arm
 * @param arguments    the command-line arguments, recorded in the manifest
 */
public record WorldsSettings(Path dir, int threads, Integer worlds, Path from, boolean saltelli, int replications,
                             List<String> arguments) {
    /** Copies the arguments. */
    public WorldsSettings {
        arguments = List.copyOf(arguments);
    }
}

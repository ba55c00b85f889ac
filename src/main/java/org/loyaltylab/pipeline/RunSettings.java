package org.loyaltylab.pipeline;

import java.nio.file.Path;
import java.util.List;

/**
 * How a {@code run} is carried out, as the command line gives it.
 *
 * @param dir             the results folder
 * @param threads         worker threads, at least 1
 * @param precision       the target relative half-width of the headline metric's 95 % CI, or null
 *                        to run the experiment's replications once
 * @param maxReplications the most replications per arm {@code precision} may reach
 * @param charts          whether to draw the charts and the report
 * @param failures        whether to write {@code failures.csv}, one row per service failure
 * @param plainTables     whether to write {@code customers.csv} and {@code failures.csv} as plain CSV rather than
 *                        gzip-compressed ({@code .csv.gz})
 * @param slides          whether to draw every chart also as a slide (1920 x 1080) into {@code charts/slides/}
 * @param arguments       the command-line arguments, recorded in the manifest
 */
public record RunSettings(Path dir, int threads, Double precision, int maxReplications, boolean charts, boolean failures,
                          boolean plainTables, boolean slides, List<String> arguments) {
    /** Copies the arguments. */
    public RunSettings {
        arguments = List.copyOf(arguments);
    }
}

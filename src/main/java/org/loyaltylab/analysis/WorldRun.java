package org.loyaltylab.analysis;

import org.loyaltylab.model.metric.MetricValues;

/**
 * What a {@code run --worlds} keeps of one run: where it ran and its summary figures.
 *
 * @param world       the world, from 0
 * @param arm         the arm's name
 * @param armIndex    the arm's position in the experiment
 * @param replication the replication, from 1
 * @param seed        the replication seed (the same in every arm and world)
 * @param summary     the run's summary figures
 * @param events      model events processed
 */
public record WorldRun(int world, String arm, int armIndex, int replication, long seed, MetricValues summary,
                       long events) {
}

package org.loyaltylab.experiment;

import java.util.List;
import org.loyaltylab.model.LoyaltySinceFailure;
import org.loyaltylab.model.Observation;
import org.loyaltylab.model.metric.MetricValues;
import org.loyaltylab.model.metric.SummaryMetrics;
import org.loyaltylab.model.failure.FailureOutcomes;

/**
 * Everything one replication of one arm produced.
 *
 * @param arm          the arm's name
 * @param armIndex     the arm's position in the experiment
 * @param replication  the replication number, from 1
 * @param seed         the replication seed
 * @param observations the time series
 * @param summary      the final figures, indexed by {@link SummaryMetrics}
 * @param customers    one record per customer ever acquired
 * @param sinceFailure loyalty by days since the first failure, against comparable never-failed customers
 * @param failureOutcomes failures by problem size, outcome and repurchase (for calibration targets), of the
 *                     whole run whatever the warm-up
 * @param events       model events processed
 * @param pendingMax   the largest number of events pending in MASON's schedule
 * @param wallSeconds  wall-clock time of the run
 * @param refused      acquisitions turned away at the customer ceiling ({@code market.max_customers})
 * @param ceilingDay   the day the ceiling was first met, NaN if never
 */
public record RunResult(String arm, int armIndex, int replication, long seed, List<Observation> observations,
                        MetricValues summary, CustomerTable customers, LoyaltySinceFailure sinceFailure,
                        FailureOutcomes failureOutcomes, long events, int pendingMax, double wallSeconds,
                        long refused, double ceilingDay) {
}

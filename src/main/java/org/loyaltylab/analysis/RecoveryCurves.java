package org.loyaltylab.analysis;

import java.util.ArrayList;
import java.util.List;
import org.loyaltylab.experiment.RunResult;
import org.loyaltylab.model.LoyaltySinceFailure;
import org.loyaltylab.model.Observation;
import org.loyaltylab.model.customer.FailureExperience;
import org.loyaltylab.model.metric.Metric;
import org.loyaltylab.model.metric.SeriesMetrics;
import org.loyaltylab.stats.ConfidenceInterval;

/**
 * The recovery-paradox view (440 Industries): mean loyalty over time of active customers whose first
 * failure was recovered, of those whose failure stayed unresolved, and of customers who never
 * had one, all of them and comparable ones (standardised to the recovered customers' purchase
 * rates), per arm, with 95 % intervals across replications; and the same in event time, by days
 * since the first failure ({@link #byLag}).
 */
public final class RecoveryCurves {
    /** A curve: its name in recovery.csv and the time-series figure it follows. */
    private record Group(String name, Metric metric) {
    }

    private static final List<Group> GROUPS = List.of(
            new Group("no_failure", SeriesMetrics.meanLoyalty(FailureExperience.NONE)),
            new Group("no_failure_comparable", SeriesMetrics.MEAN_LOYALTY_NONE_COMPARABLE),
            new Group(FailureExperience.RECOVERED.label(), SeriesMetrics.meanLoyalty(FailureExperience.RECOVERED)),
            new Group(FailureExperience.UNRESOLVED.label(), SeriesMetrics.meanLoyalty(FailureExperience.UNRESOLVED)));

    /**
     * One point.
     *
     * @param arm     the arm
     * @param group   no_failure, no_failure_comparable, recovered or unresolved
     * @param day     the observation day
     * @param loyalty mean loyalty with its interval across replications
     */
    public record Point(String arm, String group, double day, ConfidenceInterval loyalty) {
    }

    /**
     * One lag bin of the event-time view.
     *
     * @param arm              the arm
     * @param group            recovered or unresolved
     * @param daysSinceFailure the middle of the lag bin, days since the first failure
     * @param perReplication   customer-observations in the bin, mean per replication
     * @param loyalty          mean loyalty with its interval across replications
     * @param gap              mean loyalty minus the comparable never-failed reference, with its
     *                         interval across replications
     */
    public record LagPoint(String arm, String group, double daysSinceFailure, double perReplication,
                           ConfidenceInterval loyalty, ConfidenceInterval gap) {
    }

    /** Bins with fewer customer-observations than this in a replication count as missing there. */
    static final int MIN_PER_BIN = 20;

    private RecoveryCurves() {
    }

    /**
     * The event-time view: per arm, outcome of the first failure and lag bin, mean loyalty and
     * its gap to comparable never-failed customers, with 95 % Student-t intervals across
     * replications. Bins thinner than {@value #MIN_PER_BIN} customer-observations in a
     * replication leave that replication out; bins left with fewer than half the replications
     * (the longest lags, seen only by customers who failed in the first days) are dropped.
     */
    public static List<LagPoint> byLag(ArmSamples samples) {
        List<LagPoint> out = new ArrayList<>();
        for (String arm : samples.arms()) {
            List<RunResult> runs = samples.runs(arm);
            LoyaltySinceFailure first = runs.get(0).sinceFailure();
            for (FailureExperience outcome : LoyaltySinceFailure.outcomes()) {
                for (int b = 0; b < first.bins(); b++) {
                    double[] loyalty = new double[runs.size()];
                    double[] gap = new double[runs.size()];
                    double customers = 0;
                    for (int r = 0; r < runs.size(); r++) {
                        LoyaltySinceFailure since = runs.get(r).sinceFailure();
                        boolean enough = since.count(outcome, b) >= MIN_PER_BIN;
                        loyalty[r] = enough ? since.meanLoyalty(outcome, b) : Double.NaN;
                        gap[r] = enough ? since.meanGap(outcome, b) : Double.NaN;
                        customers += since.count(outcome, b);
                    }
                    ConfidenceInterval loyaltyCi = ConfidenceInterval.studentT(loyalty, 0.95);
                    if (2 * loyaltyCi.n() >= runs.size()) {
                        out.add(new LagPoint(arm, outcome.label(), (b + 0.5) * first.binDays(),
                                customers / runs.size(), loyaltyCi, ConfidenceInterval.studentT(gap, 0.95)));
                    }
                }
            }
        }
        return out;
    }

    /** @return the curves of every arm */
    public static List<Point> of(ArmSamples samples) {
        List<Point> out = new ArrayList<>();
        for (String arm : samples.arms()) {
            List<RunResult> runs = samples.runs(arm);
            int days = runs.get(0).observations().size();
            for (Group g : GROUPS) {
                for (int k = 0; k < days; k++) {
                    double[] values = new double[runs.size()];
                    for (int r = 0; r < runs.size(); r++) {
                        Observation o = runs.get(r).observations().get(k);
                        values[r] = o.get(g.metric());
                    }
                    ConfidenceInterval ci = ConfidenceInterval.studentT(values, 0.95);
                    if (!Double.isNaN(ci.mean())) {
                        out.add(new Point(arm, g.name(), runs.get(0).observations().get(k).day(), ci));
                    }
                }
            }
        }
        return out;
    }
}

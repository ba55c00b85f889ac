package org.loyaltylab.experiment;

import static org.loyaltylab.model.metric.SummaryMetrics.*;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.loyaltylab.model.LoyaltyModel;
import org.loyaltylab.model.ModelCounters;
import org.loyaltylab.model.Observation;
import org.loyaltylab.model.RecoveryEffects;
import org.loyaltylab.model.centre.CentreStats;
import org.loyaltylab.model.customer.AcquisitionChannel;
import org.loyaltylab.model.customer.ExitReason;
import org.loyaltylab.model.economy.CostComponent;
import org.loyaltylab.model.metric.MetricValues;
import org.loyaltylab.model.metric.SeriesMetrics;
import org.loyaltylab.model.metric.SummaryMetrics;
import org.loyaltylab.model.failure.FailureRecord;
import org.loyaltylab.model.param.ParameterRegistry;
import org.loyaltylab.model.param.Parameters;

/**
 * Runs one replication of one arm and gathers its time series, summary (from the end of the
 * warm-up, {@code simulation.warmup_days}, see {@link WarmupStart}) and customer records, and
 * hands its failure records to a sink.
 */
public final class SingleRun {
    private static final double MINUTES_PER_DAY = 1440;

    private SingleRun() {
    }

    /**
     * @param arm         the arm's name
     * @param armIndex    the arm's position
     * @param parameters  the arm's resolved parameters
     * @param replication the replication number, from 1
     * @param seed        the replication seed (shared by all arms)
     * @param days        the horizon
     * @return the run's results
     */
    public static RunResult run(String arm, int armIndex, Parameters parameters, int replication, long seed,
                                int days) {
        return run(arm, armIndex, parameters, replication, seed, days, true);
    }

    /**
     * As {@link #run(String, int, Parameters, int, long, int)}, optionally without the
     * per-customer records (sweeps need only the summary).
     *
     * @param keepCustomers whether to copy out the customer records
     * @return the run's results ({@code customers} empty when not kept)
     */
    public static RunResult run(String arm, int armIndex, Parameters parameters, int replication, long seed,
                                int days, boolean keepCustomers) {
        return run(arm, armIndex, parameters, replication, seed, days, keepCustomers, FailureSink.OFF);
    }

    /**
     * As {@link #run(String, int, Parameters, int, long, int, boolean)}, handing the run's
     * failure records to {@code failures} at the end (none are collected under {@link FailureSink#OFF}).
     *
     * @return the run's results
     */
    public static RunResult run(String arm, int armIndex, Parameters parameters, int replication, long seed,
                                int days, boolean keepCustomers, FailureSink failures) {
        long start = System.nanoTime();
        LoyaltyModel model = new LoyaltyModel(parameters, seed, days);
        List<Observation> observations = new ArrayList<>();
        int warmup = parameters.integer(ParameterRegistry.WARMUP);
        WarmupStart[] warmupEnd = {WarmupStart.NONE};
        model.onObservation(o -> {
            if (warmup > 0 && o.day() == warmup) {
                warmupEnd[0] = new WarmupStart(model, o, observations.size());
            }
            observations.add(o);
        });
        List<FailureRecord> records = new ArrayList<>();
        if (failures != FailureSink.OFF) {
            model.onFailure(records::add);
        }
        model.run();
        MetricValues summary = summarise(model, observations, warmupEnd[0]);
        CustomerTable customers = keepCustomers ? new CustomerTable(model.customers(), model.dynamics(), days)
                : CustomerTable.empty();
        if (failures != FailureSink.OFF) {
            try {
                failures.accept(arm, armIndex, replication, new FailureTable(records, model.customers()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        double wall = (System.nanoTime() - start) / 1e9;
        return new RunResult(arm, armIndex, replication, seed, observations, summary, customers,
                model.loyaltySinceFailure(), model.failureOutcomes(), model.counters().events(),
                model.pendingEventsMax(), wall, model.counters().refused(), model.counters().ceilingDay());
    }

    /** @return the summary of what happened from {@code start} (day 0 without a warm-up) to the horizon */
    private static MetricValues summarise(LoyaltyModel model, List<Observation> observations, WarmupStart start) {
        Observation last = observations.get(observations.size() - 1);
        MetricValues.Builder s = MetricValues.of(SummaryMetrics.ALL);
        ModelCounters counters = model.counters();
        CentreStats centre = model.centre().stats();
        CentreStats before = start.centre();
        s.put(ACTIVE_CUSTOMERS, last.get(SeriesMetrics.ACTIVE_CUSTOMERS));
        s.put(RETENTION, start.retention(model.customers(), counters.acquired(AcquisitionChannel.INITIAL)));
        s.put(ACQUIRED_TOTAL, counters.acquiredTotal() - start.acquiredTotal());
        s.put(ACQUIRED_MARKETING, counters.acquired(AcquisitionChannel.MARKETING)
                - start.acquired(AcquisitionChannel.MARKETING));
        s.put(ACQUIRED_REFERRAL, counters.acquired(AcquisitionChannel.REFERRAL)
                - start.acquired(AcquisitionChannel.REFERRAL));
        s.put(CHURNED_TOTAL, counters.churnedTotal() - start.churnedTotal());
        for (ExitReason r : ExitReason.values()) {
            s.put(SummaryMetrics.churned(r), counters.churned(r) - start.churned(r));
        }
        s.put(MEAN_LOYALTY, last.get(SeriesMetrics.MEAN_LOYALTY));
        s.put(MEAN_APPRECIATION, last.get(SeriesMetrics.MEAN_APPRECIATION));
        s.put(PURCHASES, counters.purchases() - start.purchases());
        s.put(FAILURES, counters.failures() - start.failures());
        s.put(COMPLAINTS, counters.complaints() - start.complaints());
        long arrivals = centre.arrivals() - before.arrivals();
        long abandoned = centre.abandoned() - before.abandoned();
        long served = centre.served() - before.served();
        s.put(CONTACTS, arrivals);
        s.put(COMPLAINT_CONTACTS, counters.complaintContacts() - start.complaintContacts());
        s.put(ABANDONED, abandoned);
        s.put(P_WAIT, ratio(centre.delayed() - before.delayed(), arrivals));
        // After a warm-up, contacts that arrived before it can hang up after it: the share is then of the
        // contacts that ended (served or abandoned) after the warm-up, so it stays a share
        s.put(P_ABANDON, ratio(abandoned, start == WarmupStart.NONE ? arrivals : served + abandoned));
        s.put(MEAN_WAIT_MINUTES, ratio(centre.waitDaysTotal() - before.waitDaysTotal(), served + abandoned)
                * MINUTES_PER_DAY);
        s.put(DEFENSIVE_SHARE, ratio(centre.defensive() - before.defensive(), served));
        s.put(RESOLUTION_RATE, ratio(centre.complaintsResolved() - before.complaintsResolved(),
                centre.complaintsServed() - before.complaintsServed()));
        s.put(ABUSIVE_CONTACTS, centre.abusive() - before.abusive());
        RecoveryEffects recovery = counters.recovery().since(start.recovery());
        s.put(RECOVERY_NET_FIRST_RESOLVED, recovery.meanNetChange(true, true));
        s.put(RECOVERY_NET_FIRST_UNRESOLVED, recovery.meanNetChange(true, false));
        s.put(RECOVERY_NET_REPEAT_RESOLVED, recovery.meanNetChange(false, true));
        s.put(RECOVERY_NET_REPEAT_UNRESOLVED, recovery.meanNetChange(false, false));
        s.put(AGENTS_QUIT, centre.agentsQuit() - before.agentsQuit());
        s.put(AGENT_STRESS_MEAN, last.get(SeriesMetrics.AGENT_STRESS_MEAN));
        s.put(AGENT_STRESS_AVG, observations.stream().skip(start.observationsBefore())
                .mapToDouble(o -> o.get(SeriesMetrics.AGENT_STRESS_MEAN))
                .filter(v -> !Double.isNaN(v)).average().orElse(Double.NaN));
        s.put(REVENUE, last.get(SeriesMetrics.REVENUE_CUM) - start.cumulative(SeriesMetrics.REVENUE_CUM));
        s.put(COST, last.get(SeriesMetrics.COST_CUM) - start.cumulative(SeriesMetrics.COST_CUM));
        s.put(PROFIT, last.get(SeriesMetrics.PROFIT_CUM) - start.cumulative(SeriesMetrics.PROFIT_CUM));
        for (CostComponent c : CostComponent.values()) {
            s.put(SummaryMetrics.cost(c), last.get(SeriesMetrics.cost(c)) - start.cumulative(SeriesMetrics.cost(c)));
        }
        return s.build();
    }

    private static double ratio(double numerator, double denominator) {
        return denominator == 0 ? Double.NaN : numerator / denominator;
    }
}

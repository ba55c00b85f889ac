package org.loyaltylab.experiment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.loyaltylab.model.LoyaltyModel;
import org.loyaltylab.model.ModelCounters;
import org.loyaltylab.model.Observation;
import org.loyaltylab.model.RecoveryEffects;
import org.loyaltylab.model.centre.CentreStats;
import org.loyaltylab.model.customer.AcquisitionChannel;
import org.loyaltylab.model.customer.CustomerBase;
import org.loyaltylab.model.customer.ExitReason;
import org.loyaltylab.model.param.Parameters;

/** Runs one replication of one arm and gathers its time series, summary and customer records. */
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
        long start = System.nanoTime();
        LoyaltyModel model = new LoyaltyModel(parameters, seed, days);
        List<Observation> observations = new ArrayList<>();
        model.onObservation(observations::add);
        model.run();
        Map<String, Double> summary = summarise(model, observations);
        CustomerTable customers = keepCustomers ? new CustomerTable(model.customers(), model.dynamics(), days)
                : CustomerTable.empty();
        double wall = (System.nanoTime() - start) / 1e9;
        return new RunResult(arm, armIndex, replication, seed, observations, summary, customers,
                model.loyaltySinceFailure(), model.counters().events(), model.pendingEventsMax(), wall,
                model.counters().refused(), model.counters().ceilingDay());
    }

    private static Map<String, Double> summarise(LoyaltyModel model, List<Observation> observations) {
        Observation last = observations.get(observations.size() - 1);
        Map<String, Double> s = new LinkedHashMap<>();
        CustomerBase base = model.customers();
        ModelCounters counters = model.counters();
        CentreStats centre = model.centre().stats();
        long initial = counters.acquired(AcquisitionChannel.INITIAL);
        long initialActive = 0;
        for (int id = 0; id < initial; id++) {
            if (base.isActive(id)) {
                initialActive++;
            }
        }
        s.put("active_customers", last.get("active_customers"));
        s.put("retention", initial == 0 ? Double.NaN : (double) initialActive / initial);
        s.put("acquired_total", (double) counters.acquiredTotal());
        s.put("acquired_marketing", (double) counters.acquired(AcquisitionChannel.MARKETING));
        s.put("acquired_referral", (double) counters.acquired(AcquisitionChannel.REFERRAL));
        s.put("churned_total", (double) counters.churnedTotal());
        for (ExitReason r : ExitReason.values()) {
            s.put("churn_" + r.label(), (double) counters.churned(r));
        }
        s.put("mean_loyalty", last.get("mean_loyalty"));
        s.put("mean_appreciation", last.get("mean_appreciation"));
        s.put("purchases", (double) counters.purchases());
        s.put("failures", (double) counters.failures());
        s.put("complaints", (double) counters.complaints());
        s.put("contacts", (double) centre.arrivals());
        s.put("abandoned", (double) centre.abandoned());
        s.put("p_wait", ratio(centre.delayed(), centre.arrivals()));
        s.put("p_abandon", ratio(centre.abandoned(), centre.arrivals()));
        s.put("mean_wait_minutes", ratio(centre.waitDaysTotal(), centre.served() + centre.abandoned()) * MINUTES_PER_DAY);
        s.put("defensive_share", ratio(centre.defensive(), centre.served()));
        s.put("resolution_rate", ratio(centre.complaintsResolved(), centre.complaintsServed()));
        s.put("abusive_contacts", (double) centre.abusive());
        RecoveryEffects recovery = counters.recovery();
        s.put("recovery_net_first_resolved", recovery.meanNetChange(true, true));
        s.put("recovery_net_first_unresolved", recovery.meanNetChange(true, false));
        s.put("recovery_net_repeat_resolved", recovery.meanNetChange(false, true));
        s.put("recovery_net_repeat_unresolved", recovery.meanNetChange(false, false));
        s.put("agents_quit", (double) centre.agentsQuit());
        s.put("agent_stress_mean", last.get("agent_stress_mean"));
        s.put("agent_stress_avg", observations.stream().mapToDouble(o -> o.get("agent_stress_mean"))
                .filter(v -> !Double.isNaN(v)).average().orElse(Double.NaN));
        for (String money : List.of("revenue", "cost", "profit", "cost_goods", "cost_wages", "cost_training",
                "cost_hiring", "cost_gestures", "cost_special", "cost_follow_up", "cost_acquisition")) {
            s.put(money, last.get(money + "_cum"));
        }
        return s;
    }

    private static double ratio(double numerator, double denominator) {
        return denominator == 0 ? Double.NaN : numerator / denominator;
    }
}

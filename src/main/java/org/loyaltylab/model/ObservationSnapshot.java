package org.loyaltylab.model;

import java.util.LinkedHashMap;
import java.util.Map;
import org.loyaltylab.model.centre.Agent;
import org.loyaltylab.model.centre.CentreStats;
import org.loyaltylab.model.centre.ContactCentre;
import org.loyaltylab.model.customer.CustomerBase;
import org.loyaltylab.model.customer.CustomerDynamics;
import org.loyaltylab.model.customer.ExitReason;
import org.loyaltylab.model.customer.FailureExperience;
import org.loyaltylab.model.economy.MoneyStatement;

/**
 * Everything cumulative about a run on one day, taken at an observation. Two consecutive
 * snapshots give the per-interval figures of an {@link Observation}. Taking a snapshot also
 * adds the day's customers to the model's {@link LoyaltySinceFailure}, which needs the same
 * pass over every active customer.
 */
final class ObservationSnapshot {
    private static final double MINUTES_PER_DAY = 1440;

    private final double day;
    private final int active;
    private final long acquired;
    private final long[] churned = new long[ExitReason.values().length];
    private final double meanLoyalty;
    private final double meanAppreciation;
    private final double[] loyaltyByExperience = new double[FailureExperience.values().length];
    private final double comparableNoFailure;
    private final long purchases;
    private final long failures;
    private final long complaints;
    private final CentreStats centre;
    private final int agents;
    private final int waiting;
    private final double meanStress;
    private final MoneyStatement money;

    ObservationSnapshot(LoyaltyModel model, double day) {
        this.day = day;
        CustomerBase customers = model.customers();
        CustomerDynamics dynamics = model.dynamics();
        ModelCounters counters = model.counters();
        active = customers.activeCount();
        acquired = counters.acquiredTotal();
        for (ExitReason r : ExitReason.values()) {
            churned[r.ordinal()] = counters.churned(r);
        }
        double loyaltySum = 0;
        double appreciationSum = 0;
        LoyaltyByFailure byFailure = new LoyaltyByFailure(model.purchaseRateQuintiles());
        LoyaltySinceFailure sinceFailure = model.loyaltySinceFailure();
        for (int id = 0; id < customers.count(); id++) {
            if (!customers.isActive(id)) {
                continue;
            }
            double loyalty = dynamics.loyaltyOn(id, day);
            loyaltySum += loyalty;
            appreciationSum += dynamics.appreciationOn(id, day);
            FailureExperience first = customers.firstFailure(id);
            int stratum = byFailure.add(first, customers.purchaseRate(id), loyalty);
            if (first != FailureExperience.NONE) {
                sinceFailure.add(first, stratum, day - customers.firstFailureDay(id), loyalty);
            }
        }
        sinceFailure.closeObservation(byFailure.stratumMeans(FailureExperience.NONE),
                byFailure.mean(FailureExperience.NONE));
        meanLoyalty = active == 0 ? Double.NaN : loyaltySum / active;
        meanAppreciation = active == 0 ? Double.NaN : appreciationSum / active;
        for (FailureExperience f : FailureExperience.values()) {
            loyaltyByExperience[f.ordinal()] = byFailure.mean(f);
        }
        comparableNoFailure = byFailure.comparableNoFailure();
        purchases = counters.purchases();
        failures = counters.failures();
        complaints = counters.complaints();
        ContactCentre c = model.centre();
        centre = c.stats().snapshot();
        agents = c.agents().size();
        waiting = c.waiting();
        double stress = 0;
        for (Agent a : c.agents()) {
            stress += c.stressOf(a, day);
        }
        meanStress = agents == 0 ? Double.NaN : stress / agents;
        money = model.ledger().statement();
    }

    /** @return the observation, with per-interval figures taken since {@code previous} (null at day 0) */
    Observation toObservation(ObservationSnapshot previous) {
        Map<String, Double> v = new LinkedHashMap<>();
        v.put("active_customers", (double) active);
        v.put("acquired_total", (double) acquired);
        long churnedTotal = 0;
        for (long n : churned) {
            churnedTotal += n;
        }
        v.put("churned_total", (double) churnedTotal);
        for (ExitReason r : ExitReason.values()) {
            v.put("churn_" + r.label() + "_total", (double) churned[r.ordinal()]);
        }
        v.put("mean_loyalty", meanLoyalty);
        v.put("mean_appreciation", meanAppreciation);
        for (FailureExperience f : FailureExperience.values()) {
            v.put("mean_loyalty_failure_" + f.label(), loyaltyByExperience[f.ordinal()]);
        }
        v.put("mean_loyalty_failure_none_comparable", comparableNoFailure);
        CentreStats before = previous == null ? new CentreStats() : previous.centre;
        long purchasesBefore = previous == null ? 0 : previous.purchases;
        long failuresBefore = previous == null ? 0 : previous.failures;
        long complaintsBefore = previous == null ? 0 : previous.complaints;
        v.put("purchases", (double) (purchases - purchasesBefore));
        v.put("failures", (double) (failures - failuresBefore));
        v.put("complaints", (double) (complaints - complaintsBefore));
        v.put("contacts", (double) (centre.arrivals() - before.arrivals()));
        v.put("abandoned", (double) (centre.abandoned() - before.abandoned()));
        long waitsEnded = centre.served() + centre.abandoned() - before.served() - before.abandoned();
        v.put("mean_wait_minutes", ratio(centre.waitDaysTotal() - before.waitDaysTotal(), waitsEnded) * MINUTES_PER_DAY);
        v.put("defensive_share", ratio(centre.defensive() - before.defensive(), centre.served() - before.served()));
        v.put("resolution_rate", ratio(centre.complaintsResolved() - before.complaintsResolved(),
                centre.complaintsServed() - before.complaintsServed()));
        v.put("abusive_contacts", (double) (centre.abusive() - before.abusive()));
        v.put("queue_length", (double) waiting);
        v.put("agents_employed", (double) agents);
        v.put("agent_stress_mean", meanStress);
        v.put("agents_quit_total", (double) centre.agentsQuit());
        v.put("revenue_cum", money.revenue());
        v.put("cost_cum", money.cost());
        v.put("profit_cum", money.profit());
        v.put("cost_goods_cum", money.goods());
        v.put("cost_wages_cum", money.wages());
        v.put("cost_training_cum", money.training());
        v.put("cost_hiring_cum", money.hiring());
        v.put("cost_gestures_cum", money.gestures());
        v.put("cost_special_cum", money.special());
        v.put("cost_follow_up_cum", money.followUp());
        v.put("cost_acquisition_cum", money.acquisition());
        return new Observation(day, v);
    }

    private static double ratio(double numerator, double denominator) {
        return denominator == 0 ? Double.NaN : numerator / denominator;
    }
}

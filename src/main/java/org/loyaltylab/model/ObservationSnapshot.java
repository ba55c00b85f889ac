package org.loyaltylab.model;

import static org.loyaltylab.model.metric.SeriesMetrics.*;

import org.loyaltylab.model.centre.Agent;
import org.loyaltylab.model.centre.CentreStats;
import org.loyaltylab.model.centre.ContactCentre;
import org.loyaltylab.model.customer.CustomerBase;
import org.loyaltylab.model.customer.CustomerDynamics;
import org.loyaltylab.model.customer.ExitReason;
import org.loyaltylab.model.customer.FailureExperience;
import org.loyaltylab.model.economy.CostComponent;
import org.loyaltylab.model.economy.MoneyStatement;
import org.loyaltylab.model.metric.MetricValues;
import org.loyaltylab.model.metric.SeriesMetrics;

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
        PurchaseRateStrata rateStrata = model.purchaseRateStrata();
        ActiveScan scan = new ActiveScan(customers, rateStrata.of(customers), new LoyaltyByFailure(rateStrata.count()),
                model.loyaltySinceFailure(), day);
        dynamics.activeStatesOn(day, scan);
        LoyaltyByFailure byFailure = scan.byFailure;
        LoyaltySinceFailure sinceFailure = scan.sinceFailure;
        sinceFailure.closeObservation(byFailure.stratumMeans(FailureExperience.NONE),
                byFailure.mean(FailureExperience.NONE));
        meanLoyalty = active == 0 ? Double.NaN : scan.loyaltySum / active;
        meanAppreciation = active == 0 ? Double.NaN : scan.appreciationSum / active;
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
        MetricValues.Builder v = MetricValues.of(SeriesMetrics.ALL);
        v.put(ACTIVE_CUSTOMERS, active);
        v.put(ACQUIRED_TOTAL, acquired);
        long churnedTotal = 0;
        for (long n : churned) {
            churnedTotal += n;
        }
        v.put(CHURNED_TOTAL, churnedTotal);
        for (ExitReason r : ExitReason.values()) {
            v.put(SeriesMetrics.churned(r), churned[r.ordinal()]);
        }
        v.put(MEAN_LOYALTY, meanLoyalty);
        v.put(MEAN_APPRECIATION, meanAppreciation);
        for (FailureExperience f : FailureExperience.values()) {
            v.put(SeriesMetrics.meanLoyalty(f), loyaltyByExperience[f.ordinal()]);
        }
        v.put(MEAN_LOYALTY_NONE_COMPARABLE, comparableNoFailure);
        CentreStats before = previous == null ? new CentreStats() : previous.centre;
        long purchasesBefore = previous == null ? 0 : previous.purchases;
        long failuresBefore = previous == null ? 0 : previous.failures;
        long complaintsBefore = previous == null ? 0 : previous.complaints;
        v.put(PURCHASES, purchases - purchasesBefore);
        v.put(FAILURES, failures - failuresBefore);
        v.put(COMPLAINTS, complaints - complaintsBefore);
        v.put(CONTACTS, centre.arrivals() - before.arrivals());
        v.put(ABANDONED, centre.abandoned() - before.abandoned());
        long waitsEnded = centre.served() + centre.abandoned() - before.served() - before.abandoned();
        v.put(MEAN_WAIT_MINUTES, ratio(centre.waitDaysTotal() - before.waitDaysTotal(), waitsEnded) * MINUTES_PER_DAY);
        v.put(DEFENSIVE_SHARE, ratio(centre.defensive() - before.defensive(), centre.served() - before.served()));
        v.put(RESOLUTION_RATE, ratio(centre.complaintsResolved() - before.complaintsResolved(),
                centre.complaintsServed() - before.complaintsServed()));
        v.put(ABUSIVE_CONTACTS, centre.abusive() - before.abusive());
        v.put(QUEUE_LENGTH, waiting);
        v.put(AGENTS_EMPLOYED, agents);
        v.put(AGENT_STRESS_MEAN, meanStress);
        v.put(AGENTS_QUIT_TOTAL, centre.agentsQuit());
        v.put(REVENUE_CUM, money.revenue());
        v.put(COST_CUM, money.cost());
        v.put(PROFIT_CUM, money.profit());
        for (CostComponent c : CostComponent.values()) {
            v.put(SeriesMetrics.cost(c), money.cost(c));
        }
        return new Observation(day, v.build());
    }

    /** Sums the active customers' states, in id order, by what became of their first failure. */
    private static final class ActiveScan implements CustomerDynamics.StateSink {
        private final CustomerBase customers;
        private final byte[] strata;
        private final LoyaltyByFailure byFailure;
        private final LoyaltySinceFailure sinceFailure;
        private final double day;
        private double loyaltySum;
        private double appreciationSum;

        ActiveScan(CustomerBase customers, byte[] strata, LoyaltyByFailure byFailure, LoyaltySinceFailure sinceFailure,
                   double day) {
            this.customers = customers;
            this.strata = strata;
            this.byFailure = byFailure;
            this.sinceFailure = sinceFailure;
            this.day = day;
        }

        @Override
        public void take(int id, double loyalty, double appreciation) {
            loyaltySum += loyalty;
            appreciationSum += appreciation;
            FailureExperience first = customers.firstFailure(id);
            int stratum = strata[id];
            byFailure.add(first, stratum, loyalty);
            if (first != FailureExperience.NONE) {
                sinceFailure.add(first, stratum, day - customers.firstFailureDay(id), loyalty);
            }
        }
    }

    private static double ratio(double numerator, double denominator) {
        return denominator == 0 ? Double.NaN : numerator / denominator;
    }
}

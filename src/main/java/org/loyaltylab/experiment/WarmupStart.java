package org.loyaltylab.experiment;

import java.util.BitSet;
import org.loyaltylab.model.LoyaltyModel;
import org.loyaltylab.model.ModelCounters;
import org.loyaltylab.model.Observation;
import org.loyaltylab.model.RecoveryEffects;
import org.loyaltylab.model.centre.CentreStats;
import org.loyaltylab.model.customer.AcquisitionChannel;
import org.loyaltylab.model.customer.CustomerBase;
import org.loyaltylab.model.customer.ExitReason;
import org.loyaltylab.model.metric.Metric;

/**
 * Where a run's statistics start: what it had counted by the last day of its warm-up
 * ({@code simulation.warmup_days}), which the summary subtracts from its totals, and the cohort
 * whose retention it reports, the customers active on that day. Without a warm-up ({@link #NONE})
 * every count starts at zero and the cohort is the initial base; so does a run whose warm-up
 * reaches its horizon, which has no day to start on (the commands refuse such a warm-up).
 */
final class WarmupStart {
    /** No warm-up: statistics from day 0. */
    static final WarmupStart NONE = new WarmupStart();

    private final long[] acquired = new long[AcquisitionChannel.values().length];
    private final long[] churned = new long[ExitReason.values().length];
    private final long purchases;
    private final long failures;
    private final long complaints;
    private final long complaintContacts;
    private final CentreStats centre;
    private final RecoveryEffects recovery;
    private final BitSet cohort;
    private final Observation observation;
    private final int observations;

    private WarmupStart() {
        purchases = failures = complaints = complaintContacts = 0;
        centre = new CentreStats();
        recovery = new RecoveryEffects();
        cohort = null;
        observation = null;
        observations = 0;
    }

    /**
     * @param model        the model on the warm-up's last day, just observed
     * @param observation  that day's observation
     * @param observations the observations made before it
     */
    WarmupStart(LoyaltyModel model, Observation observation, int observations) {
        ModelCounters c = model.counters();
        for (AcquisitionChannel a : AcquisitionChannel.values()) {
            acquired[a.ordinal()] = c.acquired(a);
        }
        for (ExitReason r : ExitReason.values()) {
            churned[r.ordinal()] = c.churned(r);
        }
        purchases = c.purchases();
        failures = c.failures();
        complaints = c.complaints();
        complaintContacts = c.complaintContacts();
        centre = model.centre().stats().snapshot();
        recovery = c.recovery().copy();
        CustomerBase base = model.customers();
        cohort = new BitSet(base.count());
        for (int id = 0; id < base.count(); id++) {
            cohort.set(id, base.isActive(id));
        }
        this.observation = observation;
        this.observations = observations;
    }

    /** @return the share of the cohort still active in {@code base}, NaN for an empty cohort */
    double retention(CustomerBase base, long initial) {
        long size = cohort == null ? initial : cohort.cardinality();
        long active = 0;
        if (cohort == null) {
            for (int id = 0; id < initial; id++) {
                active += base.isActive(id) ? 1 : 0;
            }
        } else {
            for (int id = cohort.nextSetBit(0); id >= 0; id = cohort.nextSetBit(id + 1)) {
                active += base.isActive(id) ? 1 : 0;
            }
        }
        return size == 0 ? Double.NaN : (double) active / size;
    }

    /** @return customers acquired before the start, through every channel */
    long acquiredTotal() {
        long sum = 0;
        for (long a : acquired) {
            sum += a;
        }
        return sum;
    }

    /** @return customers lost before the start, for every reason */
    long churnedTotal() {
        long sum = 0;
        for (long c : churned) {
            sum += c;
        }
        return sum;
    }

    long acquired(AcquisitionChannel a) {
        return acquired[a.ordinal()];
    }

    long churned(ExitReason r) {
        return churned[r.ordinal()];
    }

    long purchases() {
        return purchases;
    }

    long failures() {
        return failures;
    }

    long complaints() {
        return complaints;
    }

    long complaintContacts() {
        return complaintContacts;
    }

    CentreStats centre() {
        return centre;
    }

    RecoveryEffects recovery() {
        return recovery;
    }

    /** @return the cumulative time-series figure {@code metric} at the start, 0 without a warm-up */
    double cumulative(Metric metric) {
        return observation == null ? 0 : observation.get(metric);
    }

    /** @return the observations before the start, which averages over observation days skip */
    int observationsBefore() {
        return observations;
    }
}

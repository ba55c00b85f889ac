package org.loyaltylab.model;

import org.loyaltylab.model.customer.AcquisitionChannel;
import org.loyaltylab.model.customer.ExitReason;

/** Cumulative counts of what happened to customers in one run, since day 0. */
public final class ModelCounters {
    final long[] acquired = new long[AcquisitionChannel.values().length];
    final long[] churned = new long[ExitReason.values().length];
    long purchases;
    long failures;
    long complaints;
    long complaintContacts;
    long events;
    private long refused;
    private double ceilingDay = Double.NaN;
    final RecoveryEffects recovery = new RecoveryEffects();

    /** @return the net loyalty effects of failures followed by a complaint */
    public RecoveryEffects recovery() {
        return recovery;
    }

    /** @return customers acquired through {@code channel} */
    public long acquired(AcquisitionChannel channel) {
        return acquired[channel.ordinal()];
    }

    /** @return customers acquired through every channel */
    public long acquiredTotal() {
        long sum = 0;
        for (long a : acquired) {
            sum += a;
        }
        return sum;
    }

    /** @return customers who left for {@code reason} */
    public long churned(ExitReason reason) {
        return churned[reason.ordinal()];
    }

    /** @return customers who left, for any reason */
    public long churnedTotal() {
        long sum = 0;
        for (long c : churned) {
            sum += c;
        }
        return sum;
    }

    /** @return purchases made */
    public long purchases() {
        return purchases;
    }

    /** @return purchases that failed */
    public long failures() {
        return failures;
    }

    /** @return failures voiced as complaints */
    public long complaints() {
        return complaints;
    }

    /** @return contacts made about failures: first complaints and repeat contacts */
    public long complaintContacts() {
        return complaintContacts;
    }

    /** Counts an acquisition turned away at the customer ceiling on {@code day}. */
    void refuse(double day) {
        refused++;
        if (Double.isNaN(ceilingDay)) {
            ceilingDay = day;
        }
    }

    /** @return acquisitions turned away at the customer ceiling ({@code market.max_customers}) */
    public long refused() {
        return refused;
    }

    /** @return the day the customer ceiling was first met, NaN if never */
    public double ceilingDay() {
        return ceilingDay;
    }

    /** @return model events processed (customer events, service ends, abandonments, hires, acquisitions, observations) */
    public long events() {
        return events;
    }
}

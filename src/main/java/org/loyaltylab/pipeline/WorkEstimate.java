package org.loyaltylab.pipeline;

import static org.loyaltylab.model.param.ParameterRegistry.FAILURE_PROBABILITY;
import static org.loyaltylab.model.param.ParameterRegistry.INQUIRY_RATE;
import static org.loyaltylab.model.param.ParameterRegistry.MARKETING_ACQUISITION;
import static org.loyaltylab.model.param.ParameterRegistry.MAX_CONTACTS;
import static org.loyaltylab.model.param.ParameterRegistry.OBSERVATION_INTERVAL;
import static org.loyaltylab.model.param.ParameterRegistry.PURCHASE_RATE_MEAN;
import static org.loyaltylab.model.param.ParameterRegistry.RETURN_PROBABILITY;

import java.util.Locale;
import org.loyaltylab.BadInputException;
import org.loyaltylab.model.param.Parameters;

/**
 * The work one run may need, in model events, estimated before it starts, and the refusal of a
 * run that would take too long.
 *
 * <p>Customer-days: the customers a run may have on each day ({@link MemoryEstimate#customersReachable},
 * churn ignored, at most {@code market.max_customers}), summed over the horizon. Events per
 * customer-day: one per purchase and per inquiry, one more for each inquiry's contact (served
 * or hung up), and for each failure up to {@code c} contacts of two events each (the arrival
 * of a repeat contact and its end), {@code c = min(service.max_contacts, 1 / (1 -
 * service.return_probability))} (every failure counted as voiced). Add two events per customer
 * acquired (its arrival and its exit) and one per observation. It is an estimate of the expected work, generous where the
 * model is uncertain (churn, complaints), not a bound on one run's draws.
 */
public final class WorkEstimate {
    /**
     * The most model events one run may need: about half an hour at the bench's million events a
     * second, 80 times the bench (1,000,000 customers over 365 days) and far above any ready
     * experiment (about a million events a run).
     */
    public static final double LIMIT = 2e9;
    /** Steps of the sum of customers over the horizon. */
    private static final int STEPS = 64;

    private WorkEstimate() {
    }

    /** @return the model events one run of {@code p} over {@code days} may need */
    public static double events(Parameters p, int days) {
        return customerDays(p, days) * eventsPerCustomerDay(p) + 2.0 * MemoryEstimate.customersReachable(p, days)
                + (double) days / p.integer(OBSERVATION_INTERVAL) + 1;
    }

    /**
     * Refuses the run whose estimate is the largest if it exceeds {@code limit}.
     *
     * @param runs  the parameters of every kind of run (arms, or arms at sweep points)
     * @param days  the horizon
     * @param limit the most events a run may need, usually {@link #LIMIT}
     * @throws BadInputException naming the parameters that drive the work
     */
    public static void check(Iterable<Parameters> runs, int days, double limit) {
        Parameters largest = null;
        double most = -1;
        for (Parameters p : runs) {
            double e = events(p, days);
            if (e > most) {
                most = e;
                largest = p;
            }
        }
        if (largest == null || most <= limit) {
            return;
        }
        throw new BadInputException(String.format(Locale.ROOT, "a run may need about %.3g model events, more than the "
                        + "limit of %.3g (about half an hour at a million events a second): up to %.3g customer-days "
                        + "(%d days; the customers as for memory: customers.initial_count, %s, word of mouth, "
                        + "market.max_customers) x %.3g events per customer-day (%s %s and %s %s, each inquiry "
                        + "answered; %s %s, up to %.3g contacts per failure from %s %s and %s %d). Lower these, "
                        + "or the horizon (days or --days).", most, limit, customerDays(largest, days), days,
                MARKETING_ACQUISITION.key(), eventsPerCustomerDay(largest), PURCHASE_RATE_MEAN.key(),
                largest.real(PURCHASE_RATE_MEAN), INQUIRY_RATE.key(), largest.real(INQUIRY_RATE),
                FAILURE_PROBABILITY.key(), largest.real(FAILURE_PROBABILITY), contactsPerFailure(largest),
                RETURN_PROBABILITY.key(), largest.real(RETURN_PROBABILITY), MAX_CONTACTS.key(),
                largest.integer(MAX_CONTACTS)));
    }

    /** @return the customers a run may have, summed over its days (trapezoids of {@link #STEPS} steps) */
    static double customerDays(Parameters p, int days) {
        double sum = 0;
        double before = MemoryEstimate.customersReachable(p, 0);
        for (int s = 1; s <= STEPS; s++) {
            double after = MemoryEstimate.customersReachable(p, (int) Math.ceil((double) days * s / STEPS));
            sum += (before + after) / 2;
            before = after;
        }
        return sum * days / STEPS;
    }

    private static double eventsPerCustomerDay(Parameters p) {
        double purchases = p.real(PURCHASE_RATE_MEAN);
        double inquiries = p.real(INQUIRY_RATE);
        return purchases + 2 * inquiries + purchases * p.real(FAILURE_PROBABILITY) * 2 * contactsPerFailure(p);
    }

    private static double contactsPerFailure(Parameters p) {
        double returns = p.real(RETURN_PROBABILITY);
        int most = p.integer(MAX_CONTACTS);
        return returns >= 1 ? most : Math.min(most, 1 / (1 - returns));
    }
}

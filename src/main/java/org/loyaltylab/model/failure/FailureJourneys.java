package org.loyaltylab.model.failure;

import static org.loyaltylab.model.param.ParameterRegistry.BOUGHT_AGAIN_DAYS;
import static org.loyaltylab.model.param.ParameterRegistry.COMPLAINT_BASE;
import static org.loyaltylab.model.param.ParameterRegistry.COMPLAINT_PROPENSITY;
import static org.loyaltylab.model.param.ParameterRegistry.COMPLAINT_SEVERITY;
import static org.loyaltylab.model.param.ParameterRegistry.LARGE_PROBLEM_SEVERITY;
import static org.loyaltylab.model.param.ParameterRegistry.MAX_CONTACTS;
import static org.loyaltylab.model.param.ParameterRegistry.QUICK_CONTACTS;
import static org.loyaltylab.model.param.ParameterRegistry.QUICK_DAYS;
import static org.loyaltylab.model.param.ParameterRegistry.RETURN_DELAY;
import static org.loyaltylab.model.param.ParameterRegistry.RETURN_PROBABILITY;
import static org.loyaltylab.model.param.ParameterRegistry.SATISFACTION_WEIGHT;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.loyaltylab.model.param.Parameters;
import org.loyaltylab.model.random.KeyedRandom;
import org.loyaltylab.model.random.Stream;

/**
 * Each service failure from the failed purchase to its settlement and the customer's next
 * purchase (M3, M6): repeat contacts, satisfaction with the failure, and the record.
 *
 * <ul>
 * <li>Voice or silence (M3): the customer complains with probability {@code logistic(complaintBase
 *     + complaintSeverity * severity + complaintPropensity * (propensity - 0.5))}, the first number of
 *     stream COMPLAINTS at (customer, purchase number).</li>
 * <li>A customer has at most one open failure; a new failure settles an earlier open one as it
 *     stands (superseded).</li>
 * <li>A failure not voiced is settled on its day. A voiced one is settled when a contact
 *     resolves it, when the customer gives up, when the customer leaves, or at the horizon.</li>
 * <li>After a complaint contact that ends unresolved (not resolved, hung up in the queue, or
 *     cut off by the agent) the customer returns with probability {@code returnProbability}
 *     after an exponential delay of mean {@code returnDelay} days, unless {@code maxContacts}
 *     contacts have been made; otherwise they give up. The decision and the delay are the
 *     first two numbers of stream COMPLAINTS at (customer, -1 - contact number): negative
 *     counters, so they never coincide with a purchase's complaint decision.</li>
 * <li>Resolved quickly: resolved at or before contact {@code quickContacts} and within
 *     {@code quickDays} days of the failure.</li>
 * <li>Satisfaction with the failure starts at the customer's loyalty just after it and moves
 *     with each contact's loyalty effect, gains multiplied by {@code satisfactionWeight}, losses
 *     as they are; clamped to [0, 1]. It is an attitude about the incident: nothing in the
 *     model's behaviour reads it.</li>
 * <li>Keep buying or leave quietly: when a failure is settled as silent, resolved or given up,
 *     and the customer has not bought since it, the customer decides whether to keep buying
 *     ({@link RepurchaseDecision}); {@link #declined(int)} tells the model that the customer
 *     leaves. A failure settled by a later failure, by the customer's exit or by the horizon
 *     is not decided on.</li>
 * <li>Bought again: a purchase after the failure and no later than {@code boughtAgainDays}
 *     after its settlement. Leaving first is a no; a window the horizon cuts short without a
 *     purchase is unknown.</li>
 * </ul>
 * A record is final, counted in {@link #outcomes()} and sent to the listeners, when its
 * bought-again flag is decided: at a purchase, at the customer's exit, or at {@link #close(double)}.
 */
public final class FailureJourneys {
    private final KeyedRandom random;
    private final RepurchaseDecision repurchase;
    private final List<FailureListener> listeners = new ArrayList<>();
    private final FailureOutcomes outcomes = new FailureOutcomes();
    private final double complaintBase;
    private final double complaintSeverity;
    private final double complaintPropensity;
    private final double largeSeverity;
    private final double returnProbability;
    private final double returnDelay;
    private final int maxContacts;
    private final int quickContacts;
    private final double quickDays;
    private final double boughtAgainDays;
    private final double satisfactionWeight;
    private Journey[] open = new Journey[0];
    /**
     * One bit per customer, set while {@code open} holds their journey: a purchase asks this small
     * map (cache-resident) instead of reading the large array at random for the many customers
     * without a journey.
     */
    private long[] withJourney = new long[0];

    /**
     * @param p      the parameters
     * @param random the run's keyed generator
     */
    public FailureJourneys(Parameters p, KeyedRandom random) {
        this.random = random;
        repurchase = new RepurchaseDecision(p, random);
        complaintBase = p.real(COMPLAINT_BASE);
        complaintSeverity = p.real(COMPLAINT_SEVERITY);
        complaintPropensity = p.real(COMPLAINT_PROPENSITY);
        largeSeverity = p.real(LARGE_PROBLEM_SEVERITY);
        returnProbability = p.real(RETURN_PROBABILITY);
        returnDelay = p.real(RETURN_DELAY);
        maxContacts = p.integer(MAX_CONTACTS);
        quickContacts = p.integer(QUICK_CONTACTS);
        quickDays = p.real(QUICK_DAYS);
        boughtAgainDays = p.real(BOUGHT_AGAIN_DAYS);
        satisfactionWeight = p.real(SATISFACTION_WEIGHT);
    }

    /** Registers a listener told of every final record. */
    public void onSettled(FailureListener listener) {
        listeners.add(listener);
    }

    /** @return the counts of the final records so far */
    public FailureOutcomes outcomes() {
        return outcomes;
    }

    /** Customer {@code id} makes a purchase on {@code day} (before it is known to fail). */
    public void purchased(int id, double day) {
        Journey j = journey(id);
        if (j == null) {
            return;
        }
        if (!j.settled()) {
            j.purchased = true;
        } else {
            finish(id, j, day - j.settledDay <= boughtAgainDays ? BoughtAgain.YES : BoughtAgain.NO);
        }
    }

    /**
     * A purchase of customer {@code id} fails; settles an open earlier failure as it stands.
     *
     * @param number       the customer's failure number, from 1 (identifies the failure in later calls)
     * @param satisfaction the customer's loyalty just after the failure
     */
    public void failed(int id, int number, double day, double severity, double satisfaction) {
        Journey earlier = journey(id);
        if (earlier != null) {
            if (!earlier.settled()) {
                settle(id, earlier, day, false);
            }
            if (journey(id) != null) {
                finish(id, earlier, BoughtAgain.YES);
            }
        }
        if (id >= open.length) {
            open = Arrays.copyOf(open, Math.max(id + 1, open.length + (open.length >> 1) + 16));
            withJourney = Arrays.copyOf(withJourney, (open.length + 63) >>> 6);
        }
        open[id] = new Journey(number, day, severity, satisfaction);
        withJourney[id >>> 6] |= 1L << id;
    }

    /**
     * Draws whether customer {@code id} voices the failure of their purchase number {@code index}.
     *
     * @param propensity the customer's complaint propensity
     * @return true for a complaint
     */
    public boolean voiced(int id, int index, double severity, double propensity) {
        double logit = complaintBase + complaintSeverity * severity + complaintPropensity * (propensity - 0.5);
        return random.start(Stream.COMPLAINTS, id, index).uniform() < 1 / (1 + Math.exp(-logit));
    }

    /** The customer stays silent about the failure just recorded: it is settled on its day. */
    public void silent(int id, double day) {
        settle(id, open[id], day, true);
    }

    /**
     * @return true if customer {@code id} has just declined to buy again after a failure settled
     *         (the model lets them leave)
     */
    public boolean declined(int id) {
        Journey j = journey(id);
        return j != null && j.declined;
    }

    /**
     * The customer contacts the centre about the failure just recorded or awaiting their return.
     *
     * @return contacts made about it before this one
     */
    public int contacted(int id) {
        Journey j = open[id];
        j.complained = true;
        j.awaitingReturn = false;
        return j.contacts++;
    }

    /** @return true if failure {@code number} of customer {@code id} still awaits the customer's return */
    public boolean awaitsReturn(int id, int number) {
        Journey j = journey(id);
        return j != null && j.number == number && j.awaitingReturn;
    }

    /** @return the severity of customer {@code id}'s open failure */
    public double severity(int id) {
        return open[id].severity;
    }

    /**
     * A complaint contact about failure {@code number} was served and resolved it.
     *
     * @param loyaltyChange the encounter's loyalty effect
     */
    public void resolved(int id, int number, double day, double loyaltyChange) {
        Journey j = current(id, number);
        if (j == null) {
            return;
        }
        j.satisfy(loyaltyChange);
        j.resolved = true;
        j.quick = j.contacts <= quickContacts && day - j.day <= quickDays;
        settle(id, j, day, true);
    }

    /**
     * A complaint contact about failure {@code number} ended unresolved: served without a
     * resolution ({@code hungUp} false) or hung up in the queue.
     *
     * @param loyaltyChange the contact's loyalty effect
     * @param contactIndex  the contact's number (keys the return decision)
     * @return days until the customer contacts the centre again, or NaN if they give up (settled)
     */
    public double unresolved(int id, int number, double day, boolean hungUp, double loyaltyChange,
                             int contactIndex) {
        Journey j = current(id, number);
        if (j == null) {
            return Double.NaN;
        }
        j.satisfy(loyaltyChange);
        j.abandoned |= hungUp;
        random.start(Stream.COMPLAINTS, id, -1L - contactIndex);
        boolean again = random.uniform() < returnProbability;
        double delay = random.exponential(returnDelay);
        if (again && j.contacts < maxContacts) {
            j.awaitingReturn = true;
            return delay;
        }
        settle(id, j, day, true);
        return Double.NaN;
    }

    /** Customer {@code id} leaves on {@code day}: an open failure is settled, and none bought again. */
    public void left(int id, double day) {
        Journey j = journey(id);
        if (j == null) {
            return;
        }
        if (!j.settled()) {
            settle(id, j, day, false);
        }
        if (journey(id) != null) {
            finish(id, j, BoughtAgain.NO);
        }
    }

    /** Closes every record still open at the horizon, in customer order. */
    public void close(double horizon) {
        for (int id = 0; id < open.length; id++) {
            Journey j = open[id];
            if (j == null) {
                continue;
            }
            if (!j.settled()) {
                j.settledDay = horizon;
                finish(id, j, j.purchased ? BoughtAgain.YES : BoughtAgain.UNKNOWN);
            } else {
                finish(id, j, horizon - j.settledDay >= boughtAgainDays ? BoughtAgain.NO : BoughtAgain.UNKNOWN);
            }
        }
    }

    private Journey journey(int id) {
        return id < open.length && (withJourney[id >>> 6] & (1L << id)) != 0 ? open[id] : null;
    }

    private Journey current(int id, int number) {
        Journey j = journey(id);
        return j != null && j.number == number && !j.settled() ? j : null;
    }

    /** @param decide whether the customer decides now whether to keep buying */
    private void settle(int id, Journey j, double day, boolean decide) {
        j.settledDay = day;
        j.awaitingReturn = false;
        if (j.purchased) {
            finish(id, j, BoughtAgain.YES);
        } else if (decide) {
            j.declined = repurchase.declines(id, j.number, j.satisfaction, j.severity, j.complained, j.resolved);
        }
    }

    private void finish(int id, Journey j, BoughtAgain bought) {
        open[id] = null;
        withJourney[id >>> 6] &= ~(1L << id);
        FailureRecord r = new FailureRecord(id, j.day, j.severity,
                j.severity >= largeSeverity ? ProblemSize.LARGE : ProblemSize.SMALL, j.complained, j.abandoned,
                j.contacts, j.resolved, j.quick, j.satisfaction, j.settledDay, bought);
        outcomes.add(r);
        for (FailureListener listener : listeners) {
            listener.settled(r);
        }
    }

    /** The state of one open failure. */
    private final class Journey {
        final int number;
        final double day;
        final double severity;
        double satisfaction;
        boolean complained;
        boolean abandoned;
        boolean resolved;
        boolean quick;
        boolean purchased;
        boolean awaitingReturn;
        boolean declined;
        int contacts;
        double settledDay = Double.NaN;

        Journey(int number, double day, double severity, double satisfaction) {
            this.number = number;
            this.day = day;
            this.severity = severity;
            this.satisfaction = satisfaction;
        }

        boolean settled() {
            return !Double.isNaN(settledDay);
        }

        void satisfy(double loyaltyChange) {
            double change = loyaltyChange > 0 ? satisfactionWeight * loyaltyChange : loyaltyChange;
            satisfaction = Math.min(1, Math.max(0, satisfaction + change));
        }
    }
}

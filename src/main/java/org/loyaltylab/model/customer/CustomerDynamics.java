package org.loyaltylab.model.customer;

import static org.loyaltylab.model.param.ParameterRegistry.APPRECIATION_DAYS;
import static org.loyaltylab.model.param.ParameterRegistry.APPRECIATION_GRANTED;
import static org.loyaltylab.model.param.ParameterRegistry.APPRECIATION_SPECIAL;
import static org.loyaltylab.model.param.ParameterRegistry.COMPETITION;
import static org.loyaltylab.model.param.ParameterRegistry.COMPETITOR_HAZARD;
import static org.loyaltylab.model.param.ParameterRegistry.GRANTED_ANCHOR_DROP;
import static org.loyaltylab.model.param.ParameterRegistry.INDIFFERENCE_HAZARD;
import static org.loyaltylab.model.param.ParameterRegistry.NATURAL_CHURN;
import static org.loyaltylab.model.param.ParameterRegistry.REVERSION_DAYS;
import static org.loyaltylab.model.param.ParameterRegistry.UNRESOLVED_HAZARD;

import java.util.function.Supplier;
import org.loyaltylab.model.param.Parameters;
import org.loyaltylab.model.policy.Appreciation;
import org.loyaltylab.model.policy.PolicySet;
import org.loyaltylab.model.random.KeyedRandom;
import org.loyaltylab.model.random.Stream;

/**
 * Lazy, closed-form customer state (M7, M8): brings a customer's loyalty, appreciation and
 * churn budget up to date when they are next touched, applies changes, and places their next
 * event (activity or churn, whichever comes first) in the calendar ({@link CustomerEvents}).
 *
 * <p>Under the granted policy felt appreciation drifts to a low level and the loyalty anchor
 * drops; special treatment holds both up. Competition scales the indifference and competitor
 * hazards, so in a monopoly indifference costs nothing.
 */
public final class CustomerDynamics {
    private static final double DAYS_PER_YEAR = 365;

    private final CustomerBase base;
    private final CustomerEvents calendar;
    private final Supplier<PolicySet> policies;
    private final KeyedRandom random;
    private final ChurnHazard hazard;
    private final double grantedDrop;
    private final double appreciationGranted;
    private final double appreciationSpecial;
    private final ScanBlock scan = new ScanBlock();

    /**
     * @param p        the parameters
     * @param base     the customers
     * @param calendar their next events
     * @param policies the policies in force
     * @param random   the run's keyed generator
     */
    public CustomerDynamics(Parameters p, CustomerBase base, CustomerEvents calendar,
                            Supplier<PolicySet> policies, KeyedRandom random) {
        this.base = base;
        this.calendar = calendar;
        this.policies = policies;
        this.random = random;
        double competition = p.real(COMPETITION);
        hazard = new ChurnHazard(p.real(NATURAL_CHURN) / DAYS_PER_YEAR, p.real(UNRESOLVED_HAZARD) / DAYS_PER_YEAR,
                competition * p.real(INDIFFERENCE_HAZARD) / DAYS_PER_YEAR,
                competition * p.real(COMPETITOR_HAZARD) / DAYS_PER_YEAR,
                p.real(REVERSION_DAYS), p.real(APPRECIATION_DAYS));
        grantedDrop = p.real(GRANTED_ANCHOR_DROP);
        appreciationGranted = p.real(APPRECIATION_GRANTED);
        appreciationSpecial = p.real(APPRECIATION_SPECIAL);
    }

    /** Receives the state of one active customer on one day. */
    @FunctionalInterface
    public interface StateSink {
        /** Takes customer {@code id}'s loyalty and felt appreciation. */
        void take(int id, double loyalty, double appreciation);
    }

    /** @return the churn hazard in use */
    public ChurnHazard hazard() {
        return hazard;
    }

    /** @return true if customer {@code id} is treated as special under the current policy */
    public boolean treatedSpecial(int id) {
        return treatedSpecial(policies.get().appreciation(), id);
    }

    private boolean treatedSpecial(Appreciation policy, int id) {
        return policy == Appreciation.SPECIAL || (policy == Appreciation.SPECIAL_FOR_HIGH_VALUE && base.highValue(id));
    }

    private double appreciationAnchor(boolean special) {
        return special ? appreciationSpecial : appreciationGranted;
    }

    private double loyaltyAnchor(int id, boolean special) {
        return Math.max(0, base.loyaltyBase(id) - (special ? 0 : grantedDrop));
    }

    /** @return the customer's loyalty on {@code day}, without changing the stored state */
    public double loyaltyOn(int id, double day) {
        return loyaltyOn(id, day, treatedSpecial(id));
    }

    private double loyaltyOn(int id, double day, boolean special) {
        return hazard.loyaltyAfter(base.loyalty(id), loyaltyAnchor(id, special), day - base.lastUpdate(id));
    }

    /** @return the customer's felt appreciation on {@code day}, without changing the stored state */
    public double appreciationOn(int id, double day) {
        return appreciationOn(id, day, treatedSpecial(id));
    }

    private double appreciationOn(int id, double day, boolean special) {
        return hazard.appreciationAfter(base.appreciation(id), appreciationAnchor(special), day - base.lastUpdate(id));
    }

    /**
     * Gives {@code sink} the loyalty and felt appreciation on {@code day} of every active customer,
     * in id order, without changing the stored state: {@link #loyaltyOn(int, double)} and
     * {@link #appreciationOn(int, double)} of each, with the policy looked up once for the scan
     * and the active customers found from {@link CustomerBase#activeBits(int)} (no branch per
     * customer to mispredict where active and departed customers alternate). Not reentrant: one
     * scan at a time, on the model's thread.
     */
    public void activeStatesOn(double day, StateSink sink) {
        Appreciation policy = policies.get().appreciation();
        for (int word = 0, words = (base.count() + 63) >>> 6; word < words; word++) {
            int n = 0;
            for (long bits = base.activeBits(word); bits != 0; bits &= bits - 1, n++) {
                int id = (word << 6) + Long.numberOfTrailingZeros(bits);
                boolean special = treatedSpecial(policy, id);
                scan.ids[n] = id;
                scan.elapsed[n] = day - base.lastUpdate(id);
                scan.loyalty[n] = base.loyalty(id);
                scan.loyaltyAnchor[n] = loyaltyAnchor(id, special);
                scan.appreciation[n] = base.appreciation(id);
                scan.appreciationAnchor[n] = appreciationAnchor(special);
            }
            for (int i = 0; i < n; i++) {
                sink.take(scan.ids[i], hazard.loyaltyAfter(scan.loyalty[i], scan.loyaltyAnchor[i], scan.elapsed[i]),
                        hazard.appreciationAfter(scan.appreciation[i], scan.appreciationAnchor[i], scan.elapsed[i]));
            }
        }
    }

    /**
     * The stored state of up to 64 active customers of one word of {@link CustomerBase#activeBits(int)}:
     * read in a loop that does nothing else, so the processor fetches many records at once, before
     * the drift of each is computed.
     */
    private static final class ScanBlock {
        final int[] ids = new int[Long.SIZE];
        final double[] elapsed = new double[Long.SIZE];
        final double[] loyalty = new double[Long.SIZE];
        final double[] loyaltyAnchor = new double[Long.SIZE];
        final double[] appreciation = new double[Long.SIZE];
        final double[] appreciationAnchor = new double[Long.SIZE];
    }

    /** Brings customer {@code id} up to date on {@code day}: drift, and hazard used since. */
    public void advance(int id, double day) {
        adjust(id, day, 0, 0);
    }

    /** Brings customer {@code id} up to date and changes loyalty and appreciation by the given amounts. */
    public void adjust(int id, double day, double loyaltyChange, double appreciationChange) {
        double elapsed = day - base.lastUpdate(id);
        boolean special = treatedSpecial(id);
        double l0 = base.loyalty(id);
        double a0 = base.appreciation(id);
        double la = loyaltyAnchor(id, special);
        double aa = appreciationAnchor(special);
        double decayL = hazard.loyaltyDecay(elapsed);
        double decayA = hazard.appreciationDecay(elapsed);
        double used = hazard.integral(l0, la, a0, aa, elapsed, decayL, decayA, base.openProblem(id));
        base.setState(id, day, la + (l0 - la) * decayL + loyaltyChange, aa + (a0 - aa) * decayA + appreciationChange,
                base.budget(id) - used);
    }

    /**
     * Places the customer's next event: the next activity, or churn if the hazard budget runs
     * out before it. The customer must be up to date.
     */
    public void scheduleNext(int id) {
        double from = base.lastUpdate(id);
        double until = base.nextActivity(id) - from;
        double l0 = base.loyalty(id);
        double a0 = base.appreciation(id);
        boolean special = treatedSpecial(id);
        double la = loyaltyAnchor(id, special);
        double aa = appreciationAnchor(special);
        double budget = base.budget(id);
        double next = base.nextActivity(id);
        boolean open = base.openProblem(id);
        if (!hazard.surelyBelow(l0, la, a0, aa, until, open, budget)
                && hazard.integral(l0, la, a0, aa, until, open) >= budget) {
            next = from + hazard.timeToExhaust(l0, la, a0, aa, open, budget, until);
        }
        calendar.set(id, next);
    }

    /** @return true if the event due for {@code id} at {@code day} is churn rather than an activity */
    public boolean churnDue(int id, double day) {
        return day < base.nextActivity(id);
    }

    /**
     * Draws the reason of a hazard churn on {@code day} in proportion to the hazard's
     * components then (competing risks). The customer must be up to date.
     */
    public ExitReason churnReason(int id, double day) {
        double unresolved = hazard.unresolvedRate(base.openProblem(id));
        double indifference = hazard.indifferenceRate(base.loyalty(id), base.appreciation(id));
        double competitor = hazard.competitorRate(base.loyalty(id));
        double total = hazard.naturalRate() + unresolved + indifference + competitor;
        double u = random.start(Stream.CHURN, id, 1).uniform() * total;
        if (u < indifference) {
            return ExitReason.INDIFFERENCE;
        }
        if (u < indifference + competitor) {
            return ExitReason.COMPETITOR;
        }
        return u < indifference + competitor + unresolved ? ExitReason.UNRESOLVED : ExitReason.NATURAL;
    }
}

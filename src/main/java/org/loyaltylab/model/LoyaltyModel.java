package org.loyaltylab.model;

import static org.loyaltylab.model.param.ParameterRegistry.*;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.loyaltylab.model.centre.ContactCentre;
import org.loyaltylab.model.customer.AcquisitionChannel;
import org.loyaltylab.model.customer.CustomerBase;
import org.loyaltylab.model.customer.CustomerCalendar;
import org.loyaltylab.model.customer.CustomerDynamics;
import org.loyaltylab.model.customer.CustomerEvents;
import org.loyaltylab.model.customer.CustomerFactory;
import org.loyaltylab.model.customer.ExitReason;
import org.loyaltylab.model.customer.FailureExperience;
import org.loyaltylab.model.economy.Ledger;
import org.loyaltylab.model.failure.FailureJourneys;
import org.loyaltylab.model.failure.FailureListener;
import org.loyaltylab.model.failure.FailureOutcomes;
import org.loyaltylab.model.market.SocialNetwork;
import org.loyaltylab.model.market.StoryAudience;
import org.loyaltylab.model.market.WordOfMouth;
import org.loyaltylab.model.param.Parameters;
import org.loyaltylab.model.policy.PolicySet;
import org.loyaltylab.model.policy.TrainingProgramme;
import org.loyaltylab.model.random.KeyedRandom;
import org.loyaltylab.model.random.Stream;
import sim.engine.SimState;

/**
 * The Loyalty Lab model on MASON: customers, the contact centre, the market and the money, for
 * one replication of one arm. Everything is event-driven on MASON's {@link sim.engine.Schedule}:
 * the contact centre's arrivals, service ends, abandonments and hires, marketing acquisitions and
 * observations. Every customer's next activity or churn time sits in the customer calendar, which
 * the schedule serves before each of its steps ({@link CountingSchedule#beforeEachStep}): the
 * customer events due up to the next MASON event, in time order, so that they interleave exactly
 * with the contact centre's events. Customer state between events is brought up to date lazily.
 *
 * <p>Every model draw comes from {@code keyedRandom}; MASON's {@code SimState.random}, seeded
 * alike, serves only the schedule, which shuffles events due at the same time and ordering.
 *
 * <p>Usage: construct, optionally {@link #onObservation(Consumer)} and {@link #onFailure(FailureListener)},
 * then {@link #run()}; or let a MASON {@code GUIState} drive {@link #start()} and the schedule.
 */
public final class LoyaltyModel extends SimState implements StoryAudience {
    private static final long serialVersionUID = 1L;
    private static final double DAYS_PER_YEAR = 365;
    private static final int OBSERVATION_ORDER = 1;
    private static final double EXPECTED_MARGIN = 1.05;

    private final Parameters parameters;
    private final double horizon;
    private final long replicationSeed;
    private final List<Consumer<Observation>> observers = new ArrayList<>();
    private final List<StoryListener> storyListeners = new ArrayList<>();
    private final List<FailureListener> failureListeners = new ArrayList<>();
    private final CountingSchedule counting;
    private final CustomerScheduling scheduling;
    private volatile PolicySet policies;
    private final double inquiryRate;
    private final double margin;
    private final double specialCost;
    private final double failureProbability;
    private final double severityMean;
    private final double severityConcentration;
    private final double failureLoss;

    private KeyedRandom keyedRandom;
    private CustomerBase customers;
    private CustomerCalendar calendar;
    private CustomerEvents customerEvents;
    private CustomerDynamics dynamics;
    private CustomerFactory factory;
    private SocialNetwork network;
    private WordOfMouth wordOfMouth;
    private ContactCentre centre;
    private Ledger ledger;
    private ModelCounters counters;
    private Observer observer;
    private LoyaltySinceFailure sinceFailure;
    private FailureJourneys journeys;
    private PurchaseRateStrata rateStrata;

    /**
     * @param parameters      the resolved parameters
     * @param replicationSeed the seed of this replication (shared by every arm)
     * @param horizonDays     the simulated horizon, days
     */
    public LoyaltyModel(Parameters parameters, long replicationSeed, int horizonDays) {
        this(parameters, replicationSeed, horizonDays, CustomerScheduling.CALENDAR);
    }

    /**
     * @param parameters      the resolved parameters
     * @param replicationSeed the seed of this replication (shared by every arm)
     * @param horizonDays     the simulated horizon, days
     * @param scheduling      how customer events reach the schedule (the same results either way)
     */
    public LoyaltyModel(Parameters parameters, long replicationSeed, int horizonDays, CustomerScheduling scheduling) {
        this(parameters, replicationSeed, horizonDays, scheduling, new CountingSchedule());
    }

    private LoyaltyModel(Parameters parameters, long replicationSeed, int horizonDays, CustomerScheduling scheduling,
                         CountingSchedule schedule) {
        super(replicationSeed, schedule);
        this.counting = schedule;
        this.scheduling = scheduling;
        this.parameters = parameters;
        this.replicationSeed = replicationSeed;
        this.horizon = horizonDays;
        this.policies = PolicySet.from(parameters);
        inquiryRate = parameters.real(INQUIRY_RATE);
        margin = parameters.real(MARGIN);
        specialCost = parameters.real(SPECIAL_COST);
        failureProbability = parameters.real(FAILURE_PROBABILITY);
        severityMean = parameters.real(SEVERITY_MEAN);
        severityConcentration = parameters.real(SEVERITY_CONCENTRATION);
        failureLoss = parameters.real(FAILURE_LOSS);
    }

    /** Registers a listener for each observation. Call before {@link #start()}. */
    public void onObservation(Consumer<Observation> listener) {
        observers.add(listener);
    }

    /** Registers a listener told of every story a customer tells (for the live view). */
    public void onStory(StoryListener listener) {
        storyListeners.add(listener);
    }

    /** Registers a listener told of every failure once its record is final. Call before {@link #start()}. */
    public void onFailure(FailureListener listener) {
        failureListeners.add(listener);
    }

    /** Runs the model from day 0 to the horizon, then closes the failures still open. */
    public void run() {
        start();
        runStarted();
    }

    /**
     * The event loop of {@link #run()} without its set-up: after {@link #start()}, steps every event
     * up to the horizon, then closes the failures still open (the benchmark times it apart from the
     * set-up, which creates the initial customers).
     */
    public void runStarted() {
        while (schedule.getTime() < horizon && schedule.step(this)) {
            // every event up to and including the horizon's observation
        }
        journeys.close(horizon);
        finish();
    }

    @Override
    public void start() {
        super.start();
        keyedRandom = new KeyedRandom(replicationSeed);
        customers = new CustomerBase();
        if (scheduling == CustomerScheduling.CALENDAR) {
            calendar = new CustomerCalendar(customers, horizon);
            customerEvents = calendar;
            counting.beforeEachStep(state -> serveCalendar());
        } else {
            customerEvents = new MasonCustomerAgents(this, customers, schedule, horizon);
        }
        dynamics = new CustomerDynamics(parameters, customers, customerEvents, this::policies, keyedRandom);
        factory = new CustomerFactory(parameters, keyedRandom);
        rateStrata = new PurchaseRateStrata(new double[] {factory.purchaseRateQuantile(0.2),
            factory.purchaseRateQuantile(0.4), factory.purchaseRateQuantile(0.6), factory.purchaseRateQuantile(0.8)});
        network = new SocialNetwork(parameters.integer(NETWORK_DEGREE), keyedRandom);
        wordOfMouth = new WordOfMouth(parameters, network, keyedRandom);
        ledger = new Ledger();
        counters = new ModelCounters();
        journeys = new FailureJourneys(parameters, keyedRandom);
        failureListeners.forEach(journeys::onSettled);
        centre = new ContactCentre(parameters, this::policies, schedule, keyedRandom, new CentreCallbacks(this));
        centre.open(0);
        int initial = parameters.integer(INITIAL_CUSTOMERS);
        int linkable = Math.min(initial, parameters.integer(MAX_CUSTOMERS));
        int expected = expectedCustomers(initial);
        customers.reserve(expected);
        network.reserve(expected);
        for (int i = 0; i < initial; i++) {
            acquire(AcquisitionChannel.INITIAL, linkable, -1, 0);
        }
        scheduleAcquisition(0, 0);
        observer = new Observer();
        sinceFailure = new LoyaltySinceFailure(observer.interval, horizon, rateStrata.count());
        schedule.scheduleOnce(0, OBSERVATION_ORDER, state -> observer.observe(0));
    }

    /** @return the policies in force */
    public PolicySet policies() {
        return policies;
    }

    /**
     * Changes the policies from now on (used by the live GUI). Each customer's drift follows the
     * new appreciation policy from their next event; agents answer under the new handling at once.
     */
    public void setPolicies(PolicySet newPolicies) {
        this.policies = newPolicies;
    }

    /** @return the parameters of this run */
    public Parameters parameters() {
        return parameters;
    }

    /** @return the horizon, days */
    public double horizon() {
        return horizon;
    }

    /** @return the customers (valid after {@link #start()}) */
    public CustomerBase customers() {
        return customers;
    }

    /** @return the customer dynamics (valid after {@link #start()}) */
    public CustomerDynamics dynamics() {
        return dynamics;
    }

    /** @return the social network (valid after {@link #start()}) */
    public SocialNetwork network() {
        return network;
    }

    /** @return the contact centre (valid after {@link #start()}) */
    public ContactCentre centre() {
        return centre;
    }

    /** @return the money so far (valid after {@link #start()}) */
    public Ledger ledger() {
        return ledger;
    }

    /** @return the model's own counters (valid after {@link #start()}) */
    public ModelCounters counters() {
        return counters;
    }

    /** @return loyalty by days since the first failure, over the run so far (valid after {@link #start()}) */
    public LoyaltySinceFailure loyaltySinceFailure() {
        return sinceFailure;
    }

    /** @return the counts of settled failures by size, outcome and repurchase (valid after {@link #start()}) */
    public FailureOutcomes failureOutcomes() {
        return journeys.outcomes();
    }

    /** @return the failures' journeys (valid after {@link #start()}) */
    FailureJourneys journeys() {
        return journeys;
    }

    /** @return word of mouth (valid after {@link #start()}) */
    WordOfMouth wordOfMouth() {
        return wordOfMouth;
    }

    /** @return the listeners told of every story */
    List<StoryListener> storyListeners() {
        return storyListeners;
    }

    /** @return the largest number of events pending in MASON's schedule at once */
    public int pendingEventsMax() {
        return counting.pendingMax();
    }

    /** @return the customers' purchase-rate fifths */
    PurchaseRateStrata purchaseRateStrata() {
        return rateStrata;
    }

    /** @return customers with a pending event */
    public int calendarSize() {
        return customerEvents.size();
    }

    // --- customers ------------------------------------------------------------------------

    /**
     * @return the customers a run is expected to acquire: the initial base and marketing's mean
     *         over the horizon, plus 5 % for chance and referrals, at most the ceiling (storage
     *         grows beyond it if needed)
     */
    private int expectedCustomers(int initial) {
        double expected = (initial + parameters.real(MARKETING_ACQUISITION) * horizon) * EXPECTED_MARGIN + 16;
        return (int) Math.min(expected, parameters.integer(MAX_CUSTOMERS));
    }

    /** @return the new customer's id, or -1 if the customer ceiling turned them away (counted) */
    private int acquire(AcquisitionChannel channel, int networkPool, int referrer, double day) {
        if (customers.count() >= parameters.integer(MAX_CUSTOMERS)) {
            counters.refuse(day);
            return -1;
        }
        int id = customers.add(factory.draw(customers.count()), day, channel);
        network.link(id, networkPool < 0 ? id : networkPool, referrer);
        counters.acquired[channel.ordinal()]++;
        keyedRandom.start(Stream.ACTIVITY, id, customers.nextActivityIndex(id));
        customers.setNextActivity(id, day + keyedRandom.exponential(1 / activityRate(id)));
        dynamics.scheduleNext(id);
        return id;
    }

    private double activityRate(int id) {
        return customers.purchaseRate(id) + inquiryRate;
    }

    private void scheduleAcquisition(long index, double from) {
        double rate = parameters.real(MARKETING_ACQUISITION);
        if (rate <= 0) {
            return;
        }
        double next = from + keyedRandom.start(Stream.ACQUISITION, 0, index).exponential(1 / rate);
        if (next <= horizon) {
            schedule.scheduleOnce(next, state -> {
                counters.events++;
                double day = schedule.getTime();
                if (acquire(AcquisitionChannel.MARKETING, -1, -1, day) >= 0) { // at the ceiling, marketing stops
                    ledger.acquisition(parameters.real(ACQUISITION_COST));
                    scheduleAcquisition(index + 1, day);
                }
            });
        }
    }

    /**
     * Processes the customer events due up to the next MASON event (or the horizon), in time
     * order; a customer event due at the same time as the MASON event comes first.
     */
    private void serveCalendar() {
        double next;
        while ((next = calendar.firstTime()) <= Math.min(counting.nextTime(), horizon)) {
            counters.events++;
            customerEvent(calendar.firstId(), next);
        }
    }

    void customerEvent(int id, double day) {
        if (dynamics.churnDue(id, day)) {
            dynamics.advance(id, day);
            leave(id, day, dynamics.churnReason(id, day));
            return;
        }
        int index = customers.nextActivityIndex(id);
        keyedRandom.start(Stream.ACTIVITY, id, index);
        double total = activityRate(id);
        boolean purchase = keyedRandom.uniform() * total < customers.purchaseRate(id);
        customers.setNextActivity(id, day + keyedRandom.exponential(1 / total));
        dynamics.advance(id, day);
        if (purchase) {
            purchase(id, index, day);
        } else {
            contact(id, false, 0, day);
        }
        if (!Double.isNaN(customers.scheduledTime(id))) { // still active: leave() alone clears the pending time
            dynamics.scheduleNext(id);
        }
    }

    private void purchase(int id, int index, double day) {
        counters.purchases++;
        ledger.sale(customers.value(id), margin);
        if (dynamics.treatedSpecial(id)) {
            ledger.special(specialCost);
        }
        journeys.purchased(id, day);
        keyedRandom.start(Stream.FAILURES, id, index);
        if (keyedRandom.uniform() >= failureProbability) {
            customers.closeProblem(id);
            return;
        }
        double severity = keyedRandom.beta(severityMean, severityConcentration);
        counters.failures++;
        customers.recordFailure(id, day);
        dynamics.adjust(id, day, -failureLoss * severity, 0);
        journeys.failed(id, customers.failures(id), day, severity, customers.loyalty(id));
        if (journeys.voiced(id, index, severity, customers.complaintPropensity(id))) {
            counters.complaints++;
            customers.recordComplaint(id);
            contact(id, true, severity, day);
        } else {
            customers.settleFirstFailure(id, FailureExperience.UNRESOLVED);
            journeys.silent(id, day);
            if (journeys.declined(id)) {
                leave(id, day, ExitReason.QUIET_EXIT);
            }
        }
    }

    void contact(int id, boolean complaint, double severity, double day) {
        int prior = complaint ? Math.max(0, customers.failures(id) - 1) : 0;
        int earlier = complaint ? journeys.contacted(id) : 0;
        counters.complaintContacts += complaint ? 1 : 0;
        centre.arrive(id, customers.nextContactIndex(id), complaint, severity, prior, earlier, customers.value(id), day);
    }

    /** Schedules the customer's repeat contact about failure {@code number} after {@code delay} days (NaN: none). */
    void scheduleReturn(int id, int number, double day, double delay) {
        if (Double.isNaN(delay) || day + delay > horizon) {
            return;
        }
        schedule.scheduleOnce(day + delay, state -> {
            counters.events++;
            if (customers.isActive(id) && journeys.awaitsReturn(id, number)) {
                contact(id, true, journeys.severity(id), schedule.getTime());
            }
        });
    }

    void leave(int id, double day, ExitReason reason) {
        journeys.left(id, day);
        customers.exit(id, day, reason);
        customerEvents.remove(id);
        counters.churned[reason.ordinal()]++;
    }

    // --- word of mouth callbacks ------------------------------------------------------------

    @Override
    public void hear(int listener, double change, double day) {
        if (customers.isActive(listener)) {
            dynamics.adjust(listener, day, change, 0);
            dynamics.scheduleNext(listener);
        }
    }

    @Override
    public void referral(int teller, double day) {
        acquire(AcquisitionChannel.REFERRAL, -1, teller, day);
    }

    // --- observation ------------------------------------------------------------------------

    /**
     * Books the costs that accrue with time and records an observation on each interval, and one on
     * the last day of the warm-up ({@code simulation.warmup_days}) when it falls between two.
     */
    private final class Observer {
        private final int interval = parameters.integer(OBSERVATION_INTERVAL);
        private final int warmup = parameters.integer(WARMUP);
        private double lastFilled;
        private ObservationSnapshot previous;

        void observe(double day) {
            counters.events++;
            accrueStaffCosts(day);
            ObservationSnapshot now = new ObservationSnapshot(LoyaltyModel.this, day);
            Observation o = now.toObservation(previous);
            previous = now;
            for (Consumer<Observation> listener : observers) {
                listener.accept(o);
            }
            double next = Math.min(nextOnGrid(day), horizon);
            if (warmup > day && warmup < next) {
                next = warmup;
            }
            if (next > day) {
                schedule.scheduleOnce(next, OBSERVATION_ORDER, state -> observe(schedule.getTime()));
            }
        }

        /** @return the next multiple of the interval after {@code day} (the warm-up's end may fall between two) */
        private double nextOnGrid(double day) {
            return (Math.floor(day / interval) + 1) * interval;
        }

        private void accrueStaffCosts(double day) {
            double filled = centre.filledAgentDays(day);
            double agentDays = filled - lastFilled;
            TrainingProgramme programme = policies.training();
            double perYear = programme == TrainingProgramme.NONE ? 0
                    : programme == TrainingProgramme.BASIC ? parameters.real(TRAINING_COST_BASIC)
                    : parameters.real(TRAINING_COST_EMPATHY);
            ledger.wages(agentDays * parameters.real(WAGE));
            ledger.training(agentDays * perYear / DAYS_PER_YEAR);
            lastFilled = filled;
        }
    }
}

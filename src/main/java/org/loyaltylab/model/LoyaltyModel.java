package org.loyaltylab.model;

import static org.loyaltylab.model.param.ParameterRegistry.ABANDON_LOSS;
import static org.loyaltylab.model.param.ParameterRegistry.ACQUISITION_COST;
import static org.loyaltylab.model.param.ParameterRegistry.COMPLAINT_BASE;
import static org.loyaltylab.model.param.ParameterRegistry.COMPLAINT_PROPENSITY;
import static org.loyaltylab.model.param.ParameterRegistry.COMPLAINT_SEVERITY;
import static org.loyaltylab.model.param.ParameterRegistry.FAILURE_LOSS;
import static org.loyaltylab.model.param.ParameterRegistry.FAILURE_PROBABILITY;
import static org.loyaltylab.model.param.ParameterRegistry.FOLLOW_UP_COST;
import static org.loyaltylab.model.param.ParameterRegistry.GESTURE_COST;
import static org.loyaltylab.model.param.ParameterRegistry.HIRING_COST;
import static org.loyaltylab.model.param.ParameterRegistry.INITIAL_CUSTOMERS;
import static org.loyaltylab.model.param.ParameterRegistry.INQUIRY_RATE;
import static org.loyaltylab.model.param.ParameterRegistry.MARGIN;
import static org.loyaltylab.model.param.ParameterRegistry.MARKETING_ACQUISITION;
import static org.loyaltylab.model.param.ParameterRegistry.MAX_CUSTOMERS;
import static org.loyaltylab.model.param.ParameterRegistry.NETWORK_DEGREE;
import static org.loyaltylab.model.param.ParameterRegistry.OBSERVATION_INTERVAL;
import static org.loyaltylab.model.param.ParameterRegistry.SEVERITY_MEAN;
import static org.loyaltylab.model.param.ParameterRegistry.SPECIAL_COST;
import static org.loyaltylab.model.param.ParameterRegistry.TRAINING_COST_BASIC;
import static org.loyaltylab.model.param.ParameterRegistry.TRAINING_COST_EMPATHY;
import static org.loyaltylab.model.param.ParameterRegistry.TURN_AWAY_AFTER;
import static org.loyaltylab.model.param.ParameterRegistry.WAGE;
import static org.loyaltylab.model.param.ParameterRegistry.WAIT_LOSS;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.loyaltylab.model.centre.Agent;
import org.loyaltylab.model.centre.CentreClient;
import org.loyaltylab.model.centre.Contact;
import org.loyaltylab.model.centre.ContactCentre;
import org.loyaltylab.model.centre.EncounterOutcome;
import org.loyaltylab.model.centre.EncounterSituation;
import org.loyaltylab.model.centre.Story;
import org.loyaltylab.model.customer.AcquisitionChannel;
import org.loyaltylab.model.customer.CustomerBase;
import org.loyaltylab.model.customer.CustomerCalendar;
import org.loyaltylab.model.customer.CustomerDynamics;
import org.loyaltylab.model.customer.CustomerFactory;
import org.loyaltylab.model.customer.ExitReason;
import org.loyaltylab.model.customer.FailureExperience;
import org.loyaltylab.model.economy.Ledger;
import org.loyaltylab.model.market.SocialNetwork;
import org.loyaltylab.model.market.StoryAudience;
import org.loyaltylab.model.market.WordOfMouth;
import org.loyaltylab.model.param.Parameters;
import org.loyaltylab.model.policy.ComplainerPolicy;
import org.loyaltylab.model.policy.PolicySet;
import org.loyaltylab.model.policy.TrainingProgramme;
import org.loyaltylab.model.random.KeyedRandom;
import org.loyaltylab.model.random.Stream;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The Loyalty Lab model on MASON: customers, the contact centre, the market and the money, for
 * one replication of one arm. Everything is event-driven on MASON's {@link sim.engine.Schedule}:
 * the contact centre's arrivals, service ends, abandonments and hires, marketing acquisitions,
 * observations, and one driver event for the customer calendar, which holds every customer's
 * next activity or churn time. Customer state between events is brought up to date lazily.
 *
 * <p>Usage: construct, optionally {@link #onObservation(Consumer)}, then {@link #run()}; or let
 * a MASON {@code GUIState} drive {@link #start()} and the schedule.
 */
public final class LoyaltyModel extends SimState implements CentreClient, StoryAudience {
    private static final long serialVersionUID = 1L;
    private static final double DAYS_PER_YEAR = 365;
    private static final double HOURS_PER_DAY = 24;
    private static final int OBSERVATION_ORDER = 1;

    private final Parameters parameters;
    private final double horizon;
    private final long replicationSeed;
    private final List<Consumer<Observation>> observers = new ArrayList<>();
    private final List<StoryListener> storyListeners = new ArrayList<>();
    private final CountingSchedule counting;
    private volatile PolicySet policies;
    private final double inquiryRate;
    private final double margin;
    private final double specialCost;
    private final double failureProbability;
    private final double severityMean;
    private final double failureLoss;
    private final double complaintBase;
    private final double complaintSeverity;
    private final double complaintPropensity;
    private final double gestureCost;
    private final double followUpCost;
    private final double abandonLoss;
    private final double waitLoss;

    private KeyedRandom random;
    private CustomerBase customers;
    private CustomerCalendar calendar;
    private CustomerDynamics dynamics;
    private CustomerFactory factory;
    private SocialNetwork network;
    private WordOfMouth wordOfMouth;
    private ContactCentre centre;
    private Ledger ledger;
    private ModelCounters counters;
    private Observer observer;
    private LoyaltySinceFailure sinceFailure;
    private double driverTime;
    private double[] rateQuintiles;
    private final Steppable driver = state -> onCalendar();

    /**
     * @param parameters      the resolved parameters
     * @param replicationSeed the seed of this replication (shared by every arm)
     * @param horizonDays     the simulated horizon, days
     */
    public LoyaltyModel(Parameters parameters, long replicationSeed, int horizonDays) {
        this(parameters, replicationSeed, horizonDays, new CountingSchedule());
    }

    private LoyaltyModel(Parameters parameters, long replicationSeed, int horizonDays, CountingSchedule schedule) {
        super(replicationSeed, schedule);
        this.counting = schedule;
        this.parameters = parameters;
        this.replicationSeed = replicationSeed;
        this.horizon = horizonDays;
        this.policies = PolicySet.from(parameters);
        inquiryRate = parameters.real(INQUIRY_RATE);
        margin = parameters.real(MARGIN);
        specialCost = parameters.real(SPECIAL_COST);
        failureProbability = parameters.real(FAILURE_PROBABILITY);
        severityMean = parameters.real(SEVERITY_MEAN);
        failureLoss = parameters.real(FAILURE_LOSS);
        complaintBase = parameters.real(COMPLAINT_BASE);
        complaintSeverity = parameters.real(COMPLAINT_SEVERITY);
        complaintPropensity = parameters.real(COMPLAINT_PROPENSITY);
        gestureCost = parameters.real(GESTURE_COST);
        followUpCost = parameters.real(FOLLOW_UP_COST);
        abandonLoss = parameters.real(ABANDON_LOSS);
        waitLoss = parameters.real(WAIT_LOSS);
    }

    /** Registers a listener for each observation. Call before {@link #start()}. */
    public void onObservation(Consumer<Observation> listener) {
        observers.add(listener);
    }

    /** Registers a listener told of every story a customer tells (for the live view). */
    public void onStory(StoryListener listener) {
        storyListeners.add(listener);
    }

    /** Runs the model from day 0 to the horizon. */
    public void run() {
        start();
        while (schedule.getTime() < horizon && schedule.step(this)) {
            // every event up to and including the horizon's observation
        }
        finish();
    }

    @Override
    public void start() {
        super.start();
        random = new KeyedRandom(replicationSeed);
        customers = new CustomerBase();
        calendar = new CustomerCalendar(customers, horizon);
        dynamics = new CustomerDynamics(parameters, customers, calendar, this::policies, random);
        factory = new CustomerFactory(parameters, random);
        rateQuintiles = new double[] {factory.purchaseRateQuantile(0.2), factory.purchaseRateQuantile(0.4),
            factory.purchaseRateQuantile(0.6), factory.purchaseRateQuantile(0.8)};
        network = new SocialNetwork(parameters.integer(NETWORK_DEGREE), random);
        wordOfMouth = new WordOfMouth(parameters, network, random);
        ledger = new Ledger();
        counters = new ModelCounters();
        driverTime = Double.POSITIVE_INFINITY;
        centre = new ContactCentre(parameters, this::policies, schedule, random, this);
        centre.open(0);
        int initial = parameters.integer(INITIAL_CUSTOMERS);
        int linkable = Math.min(initial, parameters.integer(MAX_CUSTOMERS));
        for (int i = 0; i < initial; i++) {
            acquire(AcquisitionChannel.INITIAL, linkable, -1, 0);
        }
        scheduleAcquisition(0, 0);
        observer = new Observer();
        sinceFailure = new LoyaltySinceFailure(observer.interval, horizon, rateQuintiles.length + 1);
        schedule.scheduleOnce(0, OBSERVATION_ORDER, state -> observer.observe(0));
        rescheduleDriver();
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

    /** @return the largest number of events pending in MASON's schedule at once */
    public int pendingEventsMax() {
        return counting.pendingMax();
    }

    /** @return the purchase rates that cut the customer population into fifths */
    double[] purchaseRateQuintiles() {
        return rateQuintiles.clone();
    }

    /** @return customers with a pending event in the customer calendar */
    public int calendarSize() {
        return calendar.size();
    }

    // --- customers ------------------------------------------------------------------------

    /** @return the new customer's id, or -1 if the customer ceiling turned them away (counted) */
    private int acquire(AcquisitionChannel channel, int networkPool, int referrer, double day) {
        if (customers.count() >= parameters.integer(MAX_CUSTOMERS)) {
            counters.refuse(day);
            return -1;
        }
        int id = customers.add(factory.draw(customers.count()), day, channel);
        network.link(id, networkPool < 0 ? id : networkPool, referrer);
        counters.acquired[channel.ordinal()]++;
        random.start(Stream.ACTIVITY, id, customers.nextActivityIndex(id));
        customers.setNextActivity(id, day + random.exponential(1 / activityRate(id)));
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
        double next = from + random.start(Stream.ACQUISITION, 0, index).exponential(1 / rate);
        if (next <= horizon) {
            schedule.scheduleOnce(next, state -> {
                counters.events++;
                double day = schedule.getTime();
                if (acquire(AcquisitionChannel.MARKETING, -1, -1, day) >= 0) { // at the ceiling, marketing stops
                    ledger.acquisition(parameters.real(ACQUISITION_COST));
                    rescheduleDriver();
                    scheduleAcquisition(index + 1, day);
                }
            });
        }
    }

    /**
     * The driver event: processes customer events in time order up to the next MASON event
     * (or the horizon), so that they interleave exactly with the contact centre's events.
     */
    private void onCalendar() {
        double now = schedule.getTime();
        if (now != driverTime) {
            return;
        }
        driverTime = Double.POSITIVE_INFINITY;
        double next;
        while ((next = calendar.firstTime()) <= Math.min(counting.nextTime(), horizon)) {
            counters.events++;
            customerEvent(calendar.firstId(), next);
        }
        rescheduleDriver();
    }

    private void rescheduleDriver() {
        double next = calendar.firstTime();
        if (next < driverTime && next <= horizon) {
            driverTime = next;
            schedule.scheduleOnce(next, driver);
        }
    }

    private void customerEvent(int id, double day) {
        if (dynamics.churnDue(id, day)) {
            dynamics.advance(id, day);
            leave(id, day, dynamics.churnReason(id, day));
            return;
        }
        int index = customers.nextActivityIndex(id);
        random.start(Stream.ACTIVITY, id, index);
        double total = activityRate(id);
        boolean purchase = random.uniform() * total < customers.purchaseRate(id);
        customers.setNextActivity(id, day + random.exponential(1 / total));
        dynamics.advance(id, day);
        if (purchase) {
            purchase(id, index, day);
        } else {
            contact(id, false, 0, day);
        }
        dynamics.scheduleNext(id);
    }

    private void purchase(int id, int index, double day) {
        counters.purchases++;
        ledger.sale(customers.value(id), margin);
        if (dynamics.treatedSpecial(id)) {
            ledger.special(specialCost);
        }
        random.start(Stream.FAILURES, id, index);
        if (random.uniform() >= failureProbability) {
            customers.closeProblem(id);
            return;
        }
        double severity = random.beta(severityMean, 4);
        counters.failures++;
        customers.recordFailure(id, day);
        dynamics.adjust(id, day, -failureLoss * severity, 0);
        double logit = complaintBase + complaintSeverity * severity
                + complaintPropensity * (customers.complaintPropensity(id) - 0.5);
        if (random.start(Stream.COMPLAINTS, id, index).uniform() < 1 / (1 + Math.exp(-logit))) {
            counters.complaints++;
            customers.recordComplaint(id);
            contact(id, true, severity, day);
        } else {
            customers.settleFirstFailure(id, FailureExperience.UNRESOLVED);
        }
    }

    private void contact(int id, boolean complaint, double severity, double day) {
        int prior = Math.max(0, customers.failures(id) - (complaint ? 1 : 0));
        centre.arrive(id, customers.nextContactIndex(id), complaint, severity, prior, customers.value(id),
                customers.patience(id), day);
    }

    private void leave(int id, double day, ExitReason reason) {
        customers.exit(id, day, reason);
        calendar.remove(id);
        counters.churned[reason.ordinal()]++;
    }

    // --- contact centre callbacks -----------------------------------------------------------

    @Override
    public EncounterSituation situation(Contact c, double day, double empathy, double training, double stress) {
        int id = c.customer();
        return new EncounterSituation(c.complaint(), c.severity(), c.priorFailures(), customers.temperament(id),
                customers.rudeness(id), dynamics.loyaltyOn(id, day), day - c.arrivalDay(), empathy, training, stress);
    }

    @Override
    public void served(Contact contact, Agent agent, double day) {
        counters.events++;
        int id = contact.customer();
        EncounterOutcome outcome = contact.outcome();
        wordOfMouth.tell(id, contact.contactIndex(), outcome.story(), day, this);
        if (outcome.story() != Story.NONE) {
            for (StoryListener listener : storyListeners) {
                listener.told(id, outcome.story(), day);
            }
        }
        if (!customers.isActive(id)) {
            rescheduleDriver();
            return;
        }
        dynamics.adjust(id, day, outcome.loyaltyChange(), outcome.appreciationChange());
        ledger.gesture(outcome.gestureShare() * gestureCost);
        if (outcome.followUp()) {
            ledger.followUp(followUpCost);
        }
        if (contact.complaint()) {
            counters.recovery.record(contact.priorFailures() == 0, outcome.resolved(),
                    customers.loyalty(id) - customers.loyaltyBeforeFailure(id));
            if (outcome.resolved()) {
                customers.recordRecovery(id);
                customers.closeProblem(id);
            }
            customers.settleFirstFailure(id,
                    outcome.resolved() ? FailureExperience.RECOVERED : FailureExperience.UNRESOLVED);
        }
        if (outcome.breakingPoint()) {
            leave(id, day, outcome.defensive() ? ExitReason.POOR_HANDLING : ExitReason.UNRESOLVED);
        } else if (contact.complaint() && policies.complainers() == ComplainerPolicy.TURN_AWAY
                && customers.complaints(id) >= parameters.integer(TURN_AWAY_AFTER)) {
            leave(id, day, ExitReason.TURNED_AWAY);
        } else {
            dynamics.scheduleNext(id);
        }
        rescheduleDriver();
    }

    @Override
    public void abandoned(Contact contact, double day) {
        counters.events++;
        int id = contact.customer();
        if (!customers.isActive(id)) {
            return;
        }
        double hours = (day - contact.arrivalDay()) * HOURS_PER_DAY;
        dynamics.adjust(id, day, -abandonLoss - waitLoss * hours, 0);
        if (contact.complaint()) {
            customers.settleFirstFailure(id, FailureExperience.UNRESOLVED);
        }
        dynamics.scheduleNext(id);
        rescheduleDriver();
    }

    @Override
    public void agentJoined(Agent agent, double day) {
        if (day > 0) {
            counters.events++;
            ledger.hiring(parameters.real(HIRING_COST));
        }
    }

    @Override
    public void agentQuit(Agent agent, double day) {
        // counted by the centre's statistics; the vacancy costs no wages
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

    /** Books the costs that accrue with time and records an observation on each interval. */
    private final class Observer {
        private final int interval = parameters.integer(OBSERVATION_INTERVAL);
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
            double next = Math.min(day + interval, horizon);
            if (next > day) {
                schedule.scheduleOnce(next, OBSERVATION_ORDER, state -> observe(schedule.getTime()));
            }
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

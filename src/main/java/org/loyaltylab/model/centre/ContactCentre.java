package org.loyaltylab.model.centre;

import static org.loyaltylab.model.param.ParameterRegistry.ABANDONMENT;
import static org.loyaltylab.model.param.ParameterRegistry.AGENTS;
import static org.loyaltylab.model.param.ParameterRegistry.BURNOUT_LEVEL;
import static org.loyaltylab.model.param.ParameterRegistry.EMPATHY_BOOST;
import static org.loyaltylab.model.param.ParameterRegistry.EMPATHY_CONCENTRATION;
import static org.loyaltylab.model.param.ParameterRegistry.EMPATHY_MEAN;
import static org.loyaltylab.model.param.ParameterRegistry.HIRING_DELAY;
import static org.loyaltylab.model.param.ParameterRegistry.STRESS_RECOVERY_DAYS;
import static org.loyaltylab.model.param.ParameterRegistry.TRAINING_AT_HIRE;
import static org.loyaltylab.model.param.ParameterRegistry.TRAINING_BASIC;
import static org.loyaltylab.model.param.ParameterRegistry.TRAINING_DAYS;
import static org.loyaltylab.model.param.ParameterRegistry.TRAINING_EMPATHY;
import static org.loyaltylab.model.param.ParameterRegistry.TRAINING_NONE;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.Supplier;
import org.loyaltylab.model.param.Parameters;
import org.loyaltylab.model.policy.PolicySet;
import org.loyaltylab.model.policy.Routing;
import org.loyaltylab.model.policy.TrainingProgramme;
import org.loyaltylab.model.random.KeyedRandom;
import org.loyaltylab.model.random.Stream;
import sim.engine.Schedule;

/**
 * The contact centre (M4, M10): a multi-server queue of agent positions on MASON's schedule.
 * Contacts wait in a queue ordered by the routing policy, hang up when their exponential
 * patience runs out, and are served by the longest-idle agent. The encounter is played when
 * the agent picks up; its effects land when service ends. Agents whose stress reaches the
 * burnout level quit after the contact; the position stays vacant for the hiring delay and is
 * filled by a new hire at the training level of a replacement.
 */
public final class ContactCentre {
    private final Schedule schedule;
    private final KeyedRandom random;
    private final CentreClient client;
    private final EncounterRules rules;
    private final Supplier<PolicySet> policies;
    private final boolean abandonment;
    private final double hiringDelay;
    private final double trainingRamp;
    private final double stressRecovery;
    private final double burnout;
    private final double empathyMean;
    private final double empathyConcentration;
    private final double empathyBoost;
    private final double trainingAtHire;
    private final double[] trainingLevels;
    private final List<Agent> agents = new ArrayList<>();
    private final ArrayDeque<Agent> idle = new ArrayDeque<>();
    private final CentreStats stats = new CentreStats();
    private PriorityQueue<Contact> queue;
    private Routing routing;
    private int waiting;
    private int positions;
    private int nextSerial;
    private long nextSequence;
    private double filledDays;
    private double filledSince;

    /**
     * @param p        the parameters
     * @param policies the policies in force (read at each decision, so they may change live)
     * @param schedule MASON's schedule
     * @param random   the run's keyed generator
     * @param client   the model side of encounters
     */
    public ContactCentre(Parameters p, Supplier<PolicySet> policies, Schedule schedule, KeyedRandom random,
                         CentreClient client) {
        this.schedule = schedule;
        this.random = random;
        this.client = client;
        this.policies = policies;
        this.rules = new EncounterRules(p);
        abandonment = "on".equals(p.choice(ABANDONMENT));
        hiringDelay = p.real(HIRING_DELAY);
        trainingRamp = p.real(TRAINING_DAYS);
        stressRecovery = p.real(STRESS_RECOVERY_DAYS);
        burnout = p.real(BURNOUT_LEVEL);
        empathyMean = p.real(EMPATHY_MEAN);
        empathyConcentration = p.real(EMPATHY_CONCENTRATION);
        empathyBoost = p.real(EMPATHY_BOOST);
        trainingAtHire = p.real(TRAINING_AT_HIRE);
        trainingLevels = new double[] {p.real(TRAINING_NONE), p.real(TRAINING_BASIC), p.real(TRAINING_EMPATHY)};
        positions = p.integer(AGENTS);
        routing = policies.get().routing();
        queue = new PriorityQueue<>(comparator(routing));
    }

    /** Hires the initial, fully trained staff on {@code day}. */
    public void open(double day) {
        filledSince = day;
        for (int i = 0; i < positions; i++) {
            hire(day, targetTraining());
        }
    }

    /** @return the counters since day 0 */
    public CentreStats stats() {
        return stats;
    }

    /** @return the agents currently employed (unmodifiable) */
    public List<Agent> agents() {
        return Collections.unmodifiableList(agents);
    }

    /** @return the contacts waiting in the queue */
    public int waiting() {
        return waiting;
    }

    /** @return the number of staffed positions */
    public int positions() {
        return positions;
    }

    /** @return the training level the current programme leads to */
    public double targetTraining() {
        return trainingLevels[policies.get().training().ordinal()];
    }

    /** @return the agent's empathy with the current programme's boost */
    public double empathyOf(Agent agent) {
        boolean boosted = policies.get().training() == TrainingProgramme.EMPATHY;
        return Math.min(1, agent.empathy() + (boosted ? empathyBoost : 0));
    }

    /** @return the agent's training on {@code day} */
    public double trainingOf(Agent agent, double day) {
        return agent.training(day, targetTraining(), trainingRamp);
    }

    /** @return the agent's stress on {@code day} */
    public double stressOf(Agent agent, double day) {
        return agent.stress(day, stressRecovery);
    }

    /** @return agent-days of filled positions from opening to {@code day} (for wages) */
    public double filledAgentDays(double day) {
        return filledDays + agents.size() * (day - filledSince);
    }

    /**
     * A customer contacts the centre on {@code day}.
     *
     * @param customer      the customer's id
     * @param contactIndex  the customer's contact number
     * @param complaint     true for a complaint about a failure
     * @param severity      the failure's severity (0 for routine contacts)
     * @param priorFailures failures before this one (0 for routine contacts)
     * @param earlierContacts contacts made before this one about the same failure
     * @param value         the customer's spend per purchase
     * @param day           now
     */
    public void arrive(int customer, int contactIndex, boolean complaint, double severity, int priorFailures,
                       int earlierContacts, double value, double day) {
        Contact contact = new Contact(nextSequence++, customer, contactIndex, complaint, severity, priorFailures,
                earlierContacts, day, value);
        stats.arrivals++;
        Agent agent = idle.pollFirst();
        if (agent != null) {
            start(agent, contact, day);
            return;
        }
        stats.delayed++;
        queue.add(contact);
        waiting++;
        if (abandonment) {
            double patience = random.start(Stream.PATIENCE, customer, contactIndex)
                    .exponential(client.patience(customer));
            schedule.scheduleOnce(day + patience, state -> abandon(contact, schedule.getTime()));
        }
    }

    private void abandon(Contact contact, double day) {
        if (contact.state() != Contact.State.WAITING) {
            return;
        }
        contact.abandon();
        waiting--;
        stats.abandoned++;
        stats.waitDaysTotal += day - contact.arrivalDay();
        client.abandoned(contact, day);
    }

    private void start(Agent agent, Contact contact, double day) {
        double stress = stressOf(agent, day);
        EncounterSituation situation = client.situation(contact, day, empathyOf(agent), trainingOf(agent, day),
                stress);
        random.start(Stream.ENCOUNTERS, contact.customer(), contact.contactIndex());
        EncounterOutcome outcome = rules.play(situation, policies.get(), random);
        contact.startService(day, outcome);
        agent.serve(contact);
        stats.served++;
        stats.waitDaysTotal += day - contact.arrivalDay();
        if (contact.complaint()) {
            stats.complaintsServed++;
            if (outcome.resolved()) {
                stats.complaintsResolved++;
            }
        }
        if (outcome.defensive()) {
            stats.defensive++;
        }
        if (outcome.abusive()) {
            stats.abusive++;
        }
        if (outcome.endedByAgent()) {
            stats.endedByAgent++;
        }
        schedule.scheduleOnce(day + outcome.handleDays(), agent.serviceEnd);
    }

    private void finish(Agent agent, double day) {
        Contact contact = agent.current();
        EncounterOutcome outcome = contact.outcome();
        contact.finish();
        agent.serve(null);
        double stress = agent.addStress(day, stressRecovery, outcome.stressAdded());
        client.served(contact, agent, day);
        if (stress >= burnout) {
            quit(agent, day);
        } else {
            becomeIdle(agent, day);
        }
    }

    private void becomeIdle(Agent agent, double day) {
        refreshRouting();
        Contact next;
        while ((next = queue.poll()) != null) {
            if (next.state() == Contact.State.WAITING) {
                waiting--;
                start(agent, next, day);
                return;
            }
        }
        idle.addLast(agent);
    }

    private void quit(Agent agent, double day) {
        accrueFilled(day);
        agents.remove(agent);
        stats.agentsQuit++;
        client.agentQuit(agent, day);
        schedule.scheduleOnce(day + hiringDelay, state -> hire(schedule.getTime(), trainingAtHire));
    }

    private void hire(double day, double trainingOnFirstDay) {
        accrueFilled(day);
        int serial = nextSerial++;
        double empathy = random.start(Stream.AGENTS, serial, 0).beta(empathyMean, empathyConcentration);
        Agent agent = new Agent(empathy, day, trainingOnFirstDay);
        agent.serviceEnd = state -> finish(agent, schedule.getTime());
        agents.add(agent);
        client.agentJoined(agent, day);
        becomeIdle(agent, day);
    }

    private void accrueFilled(double day) {
        filledDays += agents.size() * (day - filledSince);
        filledSince = day;
    }

    private void refreshRouting() {
        Routing now = policies.get().routing();
        if (now != routing) {
            routing = now;
            PriorityQueue<Contact> reordered = new PriorityQueue<>(comparator(now));
            reordered.addAll(queue);
            queue = reordered;
        }
    }

    private static Comparator<Contact> comparator(Routing routing) {
        Comparator<Contact> fifo = Comparator.comparingLong(Contact::sequence);
        return routing == Routing.FIFO ? fifo
                : Comparator.comparingDouble(Contact::customerValue).reversed().thenComparing(fifo);
    }
}

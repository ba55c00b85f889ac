package org.loyaltylab.model;

import static org.loyaltylab.model.param.ParameterRegistry.ABANDON_LOSS;
import static org.loyaltylab.model.param.ParameterRegistry.FOLLOW_UP_COST;
import static org.loyaltylab.model.param.ParameterRegistry.GESTURE_COST;
import static org.loyaltylab.model.param.ParameterRegistry.HIRING_COST;
import static org.loyaltylab.model.param.ParameterRegistry.TURN_AWAY_AFTER;
import static org.loyaltylab.model.param.ParameterRegistry.WAIT_LOSS;

import org.loyaltylab.model.centre.Agent;
import org.loyaltylab.model.centre.CentreClient;
import org.loyaltylab.model.centre.Contact;
import org.loyaltylab.model.centre.EncounterOutcome;
import org.loyaltylab.model.centre.EncounterSituation;
import org.loyaltylab.model.centre.Story;
import org.loyaltylab.model.customer.CustomerBase;
import org.loyaltylab.model.customer.ExitReason;
import org.loyaltylab.model.customer.FailureExperience;
import org.loyaltylab.model.failure.FailureJourneys;
import org.loyaltylab.model.policy.ComplainerPolicy;

/**
 * What the contact centre's events do to the customers, the failures and the money of one
 * {@link LoyaltyModel} (M5, M6, M3b): the situation an agent meets, the effects of a served or
 * abandoned contact (loyalty, gestures, follow-ups, stories, repeat contacts, exits) and the cost
 * of hiring.
 */
final class CentreCallbacks implements CentreClient {
    private static final double HOURS_PER_DAY = 24;

    private final LoyaltyModel model;
    private final double gestureCost;
    private final double followUpCost;
    private final double abandonLoss;
    private final double waitLoss;

    CentreCallbacks(LoyaltyModel model) {
        this.model = model;
        gestureCost = model.parameters().real(GESTURE_COST);
        followUpCost = model.parameters().real(FOLLOW_UP_COST);
        abandonLoss = model.parameters().real(ABANDON_LOSS);
        waitLoss = model.parameters().real(WAIT_LOSS);
    }

    @Override
    public EncounterSituation situation(Contact c, double day, double empathy, double training, double stress) {
        int id = c.customer();
        CustomerBase customers = model.customers();
        return new EncounterSituation(c.complaint(), c.severity(), c.priorFailures(), customers.temperament(id),
                customers.rudeness(id), model.dynamics().loyaltyOn(id, day), day - c.arrivalDay(), empathy, training, stress,
                c.earlierContacts());
    }

    @Override
    public double patience(int customer) {
        return model.customers().patience(customer);
    }

    @Override
    public void served(Contact contact, Agent agent, double day) {
        model.counters().events++;
        int id = contact.customer();
        CustomerBase customers = model.customers();
        FailureJourneys journeys = model.journeys();
        EncounterOutcome outcome = contact.outcome();
        model.wordOfMouth().tell(id, contact.contactIndex(), outcome.story(), day, model);
        if (outcome.story() != Story.NONE) {
            for (StoryListener listener : model.storyListeners()) {
                listener.told(id, outcome.story(), day);
            }
        }
        if (!customers.isActive(id)) {
            return;
        }
        model.dynamics().adjust(id, day, outcome.loyaltyChange(), outcome.appreciationChange());
        model.ledger().gesture(outcome.gestureShare() * gestureCost);
        if (outcome.followUp()) {
            model.ledger().followUp(followUpCost);
        }
        if (contact.complaint()) {
            int number = contact.priorFailures() + 1;
            double returnIn = Double.NaN;
            if (outcome.resolved()) {
                customers.recordRecovery(id);
                customers.closeProblem(id);
                journeys.resolved(id, number, day, outcome.loyaltyChange());
            } else {
                returnIn = journeys.unresolved(id, number, day, false, outcome.loyaltyChange(), contact.contactIndex());
                model.scheduleReturn(id, number, day, returnIn);
            }
            if (Double.isNaN(returnIn)) {
                model.counters().recovery.record(contact.priorFailures() == 0, outcome.resolved(),
                        customers.loyalty(id) - customers.loyaltyBeforeFailure(id));
            }
            customers.settleFirstFailure(id,
                    outcome.resolved() ? FailureExperience.RECOVERED : FailureExperience.UNRESOLVED);
        }
        if (outcome.breakingPoint()) {
            model.leave(id, day, outcome.defensive() ? ExitReason.POOR_HANDLING : ExitReason.UNRESOLVED);
        } else if (journeys.declined(id)) {
            model.leave(id, day, ExitReason.QUIET_EXIT);
        } else if (contact.complaint() && model.policies().complainers() == ComplainerPolicy.TURN_AWAY
                && customers.complaints(id) >= model.parameters().integer(TURN_AWAY_AFTER)) {
            model.leave(id, day, ExitReason.TURNED_AWAY);
        } else {
            model.dynamics().scheduleNext(id);
        }
    }

    @Override
    public void abandoned(Contact contact, double day) {
        model.counters().events++;
        int id = contact.customer();
        CustomerBase customers = model.customers();
        if (!customers.isActive(id)) {
            return;
        }
        double change = -abandonLoss - waitLoss * (day - contact.arrivalDay()) * HOURS_PER_DAY;
        model.dynamics().adjust(id, day, change, 0);
        if (contact.complaint()) {
            customers.settleFirstFailure(id, FailureExperience.UNRESOLVED);
            int number = contact.priorFailures() + 1;
            FailureJourneys journeys = model.journeys();
            model.scheduleReturn(id, number, day,
                    journeys.unresolved(id, number, day, true, change, contact.contactIndex()));
            if (journeys.declined(id)) {
                model.leave(id, day, ExitReason.QUIET_EXIT);
                return;
            }
        }
        model.dynamics().scheduleNext(id);
    }

    @Override
    public void agentJoined(Agent agent, double day) {
        if (day > 0) {
            model.counters().events++;
            model.ledger().hiring(model.parameters().real(HIRING_COST));
        }
    }

    @Override
    public void agentQuit(Agent agent, double day) {
        // counted by the centre's statistics; the vacancy costs no wages
    }
}

package org.loyaltylab.model.centre;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.loyaltylab.model.param.Parameters;
import org.loyaltylab.model.policy.PolicySet;
import org.loyaltylab.model.random.KeyedRandom;
import sim.engine.SimState;

/** The queue's bookkeeping with one agent, on a bare MASON schedule and a client that records what it is asked. */
class ContactCentreTest {
    private static final double PATIENCE_DAYS = 1e-3;

    /** Records the customers asked for their patience and the contacts served, in order. */
    private static final class RecordingClient implements CentreClient {
        final List<Integer> askedPatience = new ArrayList<>();
        final List<Integer> served = new ArrayList<>();

        @Override
        public EncounterSituation situation(Contact contact, double day, double empathy, double training,
                                            double stress) {
            return new EncounterSituation(false, 0, 0, 0.5, 0, 0.5, day - contact.arrivalDay(), empathy, training,
                    stress, 0);
        }

        @Override
        public double patience(int customer) {
            askedPatience.add(customer);
            return PATIENCE_DAYS;
        }

        @Override
        public void served(Contact contact, Agent agent, double day) {
            served.add(contact.customer());
        }

        @Override
        public void abandoned(Contact contact, double day) {
        }

        @Override
        public void agentJoined(Agent agent, double day) {
        }

        @Override
        public void agentQuit(Agent agent, double day) {
        }
    }

    private static ContactCentre oneAgent(SimState state, RecordingClient client, String abandonment) {
        Parameters p = Parameters.defaults().with("contact_centre.agents", 1)
                .with("contact_centre.abandonment", abandonment);
        PolicySet policies = PolicySet.from(p);
        ContactCentre centre = new ContactCentre(p, () -> policies, state.schedule, new KeyedRandom(7), client);
        centre.open(0);
        return centre;
    }

    @Test
    void asksForPatienceOnlyOfCustomersWhoMustWait() {
        SimState state = new SimState(1);
        RecordingClient client = new RecordingClient();
        ContactCentre centre = oneAgent(state, client, "on");
        centre.arrive(10, 0, false, 0, 0, 0, 1, 0);
        assertEquals(List.of(), client.askedPatience);
        centre.arrive(11, 0, false, 0, 0, 0, 1, 0);
        centre.arrive(12, 0, false, 0, 0, 0, 1, 0);
        assertEquals(List.of(11, 12), client.askedPatience);
        assertEquals(2, centre.waiting());
    }

    @Test
    void oneAgentServesEveryContactInTurnWhenNobodyHangsUp() {
        SimState state = new SimState(1);
        RecordingClient client = new RecordingClient();
        ContactCentre centre = oneAgent(state, client, "off");
        for (int customer = 0; customer < 5; customer++) {
            centre.arrive(customer, 0, false, 0, 0, 0, 1, 0);
        }
        while (state.schedule.step(state)) {
            // each service end starts the next contact in the queue
        }
        assertEquals(List.of(0, 1, 2, 3, 4), client.served);
        assertEquals(5, centre.stats().served());
        assertEquals(0, centre.waiting());
        assertEquals(List.of(), client.askedPatience);
    }
}

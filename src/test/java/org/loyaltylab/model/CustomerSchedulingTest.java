package org.loyaltylab.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.loyaltylab.model.param.ParameterRegistry;
import org.loyaltylab.model.param.Parameters;

/**
 * The naive scheduling (one MASON Steppable per customer) runs the very same model as the
 * customer calendar: same events, same observations, same money; only MASON's load differs.
 */
class CustomerSchedulingTest {
    private record Run(LoyaltyModel model, List<Observation> observations) {
    }

    private static Run run(CustomerScheduling scheduling) {
        Parameters p = Parameters.defaults().with(ParameterRegistry.INITIAL_CUSTOMERS.key(), 3000);
        LoyaltyModel model = new LoyaltyModel(p, 7, 120, scheduling);
        List<Observation> observations = new ArrayList<>();
        model.onObservation(observations::add);
        model.run();
        return new Run(model, observations);
    }

    @Test
    void oneSteppablePerCustomerGivesTheCalendarsEventsObservationsAndMoney() {
        Run calendar = run(CustomerScheduling.CALENDAR);
        Run naive = run(CustomerScheduling.MASON_AGENTS);
        assertEquals(calendar.model().counters().events(), naive.model().counters().events());
        assertEquals(calendar.model().counters().purchases(), naive.model().counters().purchases());
        assertEquals(calendar.observations(), naive.observations());
        assertEquals(calendar.model().ledger().statement(), naive.model().ledger().statement());
        assertEquals(calendar.model().calendarSize(), naive.model().calendarSize());
        assertTrue(naive.model().pendingEventsMax() > 1000 + calendar.model().pendingEventsMax(),
                "the naive schedule holds an event per customer");
    }
}

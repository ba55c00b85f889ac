package org.loyaltylab.model.failure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.loyaltylab.model.param.Parameters;
import org.loyaltylab.model.random.KeyedRandom;

/** The rules of a failure's journey: repeat contacts, quick resolution, satisfaction, bought again. */
class FailureJourneysTest {
    private final List<FailureRecord> records = new ArrayList<>();

    private FailureJourneys journeys(Parameters p) {
        FailureJourneys j = new FailureJourneys(p, new KeyedRandom(7));
        j.onSettled(records::add);
        return j;
    }

    private static Parameters returns(double probability, int maxContacts) {
        return Parameters.defaults().with("service.return_probability", probability)
                .with("service.max_contacts", maxContacts);
    }

    @Test
    void unresolvedCustomerReturnsUntilMaxContactsThenGivesUp() {
        FailureJourneys j = journeys(returns(1, 3));
        j.failed(0, 1, 10, 0.6, 0.5);
        for (int contact = 0; contact < 3; contact++) {
            assertEquals(contact, j.contacted(0), "earlier contacts about the failure");
            double delay = j.unresolved(0, 1, 10 + contact, false, -0.1, contact);
            if (contact < 2) {
                assertTrue(delay > 0, "returns after contact " + (contact + 1));
                assertTrue(j.awaitsReturn(0, 1));
            } else {
                assertTrue(Double.isNaN(delay), "gives up after the third contact");
                assertFalse(j.awaitsReturn(0, 1));
            }
        }
        j.close(400);
        FailureRecord r = records.get(0);
        assertEquals(3, r.contacts());
        assertEquals(FailureOutcome.UNRESOLVED, r.outcome());
        assertEquals(12, r.settledDay(), "settled when the customer gave up");
        assertEquals(ProblemSize.LARGE, r.size());
    }

    @Test
    void withoutReturnsAnUnresolvedComplaintIsSettledAtOnce() {
        FailureJourneys j = journeys(returns(0, 3));
        j.failed(0, 1, 10, 0.3, 0.5);
        j.contacted(0);
        assertTrue(Double.isNaN(j.unresolved(0, 1, 10.01, true, -0.06, 0)));
        j.purchased(0, 20);
        FailureRecord r = records.get(0);
        assertEquals(FailureOutcome.UNRESOLVED, r.outcome());
        assertTrue(r.abandoned());
        assertEquals(ProblemSize.SMALL, r.size());
        assertEquals(BoughtAgain.YES, r.boughtAgain());
    }

    @Test
    void quickMeansFirstContactAndWithinTheQuickDays() {
        FailureJourneys j = journeys(returns(1, 3));
        j.failed(0, 1, 10, 0.5, 0.5);
        j.contacted(0);
        j.resolved(0, 1, 10.02, 0.05);
        j.failed(1, 1, 10, 0.5, 0.5);
        j.contacted(1);
        j.unresolved(1, 1, 10.02, false, -0.1, 0);
        j.contacted(1);
        j.resolved(1, 1, 10.5, 0.05);
        j.failed(2, 1, 10, 0.5, 0.5);
        j.contacted(2);
        j.resolved(2, 1, 12, 0.05);
        j.close(400);
        assertEquals(FailureOutcome.RESOLVED_QUICKLY, records.get(0).outcome());
        assertEquals(FailureOutcome.RESOLVED, records.get(1).outcome(), "second contact: not quick");
        assertEquals(FailureOutcome.RESOLVED, records.get(2).outcome(), "two days later: not quick");
    }

    @Test
    void recoveryRaisesSatisfactionByTheWeightTimesTheLoyaltyGainAndLossesCountOnce() {
        FailureJourneys j = journeys(returns(1, 3).with("loyalty.satisfaction_recovery_weight", 2.5));
        j.failed(0, 1, 10, 0.5, 0.5);
        j.contacted(0);
        j.unresolved(0, 1, 10.1, false, -0.1, 0);
        j.contacted(0);
        j.resolved(0, 1, 12, 0.08);
        j.close(400);
        assertEquals(0.5 - 0.1 + 2.5 * 0.08, records.get(0).satisfaction(), 1e-12,
                "loyalty moved by -0.1 + 0.08 = -0.02; satisfaction by -0.1 + 0.2 = +0.1");
    }

    @Test
    void boughtAgainIsAPurchaseAfterTheFailureWithinTheWindowAfterSettlement() {
        FailureJourneys j = journeys(Parameters.defaults().with("service.bought_again_days", 30));
        j.failed(0, 1, 10, 0.5, 0.5);
        j.silent(0, 10);
        j.purchased(0, 39);
        j.failed(1, 1, 10, 0.5, 0.5);
        j.silent(1, 10);
        j.purchased(1, 41);
        j.failed(2, 1, 10, 0.5, 0.5);
        j.silent(2, 10);
        j.left(2, 15);
        j.failed(3, 1, 10, 0.5, 0.5);
        j.silent(3, 10);
        j.failed(4, 1, 100, 0.5, 0.5);
        j.silent(4, 100);
        j.close(120);
        assertEquals(List.of(BoughtAgain.YES, BoughtAgain.NO, BoughtAgain.NO, BoughtAgain.NO, BoughtAgain.UNKNOWN),
                records.stream().map(FailureRecord::boughtAgain).toList(),
                "within 30 days; after 31; left first; window over at the horizon; window cut short by the horizon");
    }

    @Test
    void aNewFailureSettlesAnOpenOneAsItStandsAndTheFailedPurchaseCountsAsBuyingAgain() {
        FailureJourneys j = journeys(returns(1, 3));
        j.failed(0, 1, 10, 0.5, 0.5);
        j.contacted(0);
        j.unresolved(0, 1, 10.1, false, -0.1, 0);
        j.purchased(0, 11);
        j.failed(0, 2, 11, 0.2, 0.4);
        assertFalse(j.awaitsReturn(0, 1), "the earlier failure no longer awaits a return");
        assertEquals(1, records.size());
        assertEquals(BoughtAgain.YES, records.get(0).boughtAgain());
        assertEquals(11, records.get(0).settledDay());
        j.close(400);
        FailureOutcomes counts = j.outcomes();
        assertEquals(2, counts.failures());
        assertEquals(1, counts.complained());
        assertEquals(1, counts.contacts());
        assertEquals(1, counts.count(ProblemSize.SMALL, FailureOutcome.NO_COMPLAINT, BoughtAgain.UNKNOWN));
        assertEquals(1.0, counts.boughtAgainShare(ProblemSize.LARGE, FailureOutcome.UNRESOLVED));
    }
}

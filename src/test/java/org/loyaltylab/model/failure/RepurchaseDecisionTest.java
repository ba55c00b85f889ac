package org.loyaltylab.model.failure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.loyaltylab.model.param.Parameters;
import org.loyaltylab.model.random.KeyedRandom;

/** The quiet decision to keep buying after a settled failure: its formula, its draw and its place in the journey. */
class RepurchaseDecisionTest {
    private static Parameters repurchase(double base) {
        return Parameters.defaults().with("loyalty.repurchase_base", base)
                .with("loyalty.repurchase_satisfaction", 4.0).with("loyalty.repurchase_voice", 1.0)
                .with("loyalty.repurchase_resolution", 2.0).with("loyalty.repurchase_severity", 2.0);
    }

    @Test
    void keepProbabilityFollowsTheDocumentedLogit() {
        RepurchaseDecision d = new RepurchaseDecision(repurchase(-1), new KeyedRandom(1));
        double logit = -1 + 4 * (0.7 - 0.5) + 1 + 2 - 2 * (0.8 - 0.5);
        assertEquals(1 / (1 + Math.exp(-logit)), d.keepProbability(0.7, 0.8, true, true), 1e-12);
        assertEquals(1 / (1 + Math.exp(1)), d.keepProbability(0.5, 0.5, false, false), 1e-12);
    }

    @Test
    void theShareWhoDeclineMatchesTheProbabilityAndEachDrawIsKeyedByCustomerAndFailure() {
        RepurchaseDecision d = new RepurchaseDecision(repurchase(0), new KeyedRandom(3));
        int n = 20_000;
        int declined = 0;
        for (int id = 0; id < n; id++) {
            boolean first = d.declines(id, 1, 0.5, 0.5, false, false);
            assertEquals(first, d.declines(id, 1, 0.5, 0.5, false, false), "same key, same decision");
            declined += first ? 1 : 0;
        }
        double sd = Math.sqrt(0.25 / n);
        assertEquals(0.5, (double) declined / n, 4 * sd, "logit 0: half decline");
    }

    @Test
    void aSilentFailureIsDecidedAtOnceButNotAfterAPurchaseOrAtTheCustomersExit() {
        FailureJourneys never = new FailureJourneys(repurchase(-10), new KeyedRandom(5));
        never.failed(0, 1, 10, 0.6, 0.5);
        never.silent(0, 10);
        assertTrue(never.declined(0), "logit -10: the customer declines");
        never.left(0, 10);
        assertFalse(never.declined(0), "the record is final once the customer left");

        FailureJourneys always = new FailureJourneys(repurchase(10), new KeyedRandom(5));
        always.failed(0, 1, 10, 0.6, 0.5);
        always.silent(0, 10);
        assertFalse(always.declined(0), "logit +10: the customer stays");

        FailureJourneys bought = new FailureJourneys(repurchase(-10), new KeyedRandom(5));
        bought.failed(0, 1, 10, 0.6, 0.5);
        bought.contacted(0);
        bought.purchased(0, 11);
        bought.resolved(0, 1, 12, 0.1);
        assertFalse(bought.declined(0), "bought again before the failure was settled: no decision");
    }
}

package org.loyaltylab.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.loyaltylab.model.failure.BoughtAgain;
import org.loyaltylab.model.failure.FailureOutcome;
import org.loyaltylab.model.failure.FailureOutcomes;
import org.loyaltylab.model.failure.FailureRecord;
import org.loyaltylab.model.failure.ProblemSize;
import org.loyaltylab.model.param.Parameters;

/** The failure record of a whole run: it adds up, repeat contacts follow their rules, complaints can be rare. */
class FailureRecordTest {
    private static final Parameters SMALL = Parameters.defaults()
            .with("customers.initial_count", 3000)
            .with("contact_centre.agents", 1)
            .with("market.marketing_acquisitions_per_day", 1.0);

    private record Run(LoyaltyModel model, List<FailureRecord> records) {
    }

    private static Run run(Parameters p, int days) {
        LoyaltyModel model = new LoyaltyModel(p, 13, days);
        List<FailureRecord> records = new ArrayList<>();
        model.onFailure(records::add);
        model.run();
        return new Run(model, records);
    }

    @Test
    void everyFailureHasOneRecordAndTheRecordsAddUpToTheCounters() {
        Run r = run(SMALL, 365);
        ModelCounters c = r.model().counters();
        assertEquals(c.failures(), r.records().size());
        assertEquals(c.complaints(), r.records().stream().filter(FailureRecord::complained).count());
        assertEquals(c.complaintContacts(), r.records().stream().mapToLong(FailureRecord::contacts).sum());
        FailureOutcomes outcomes = r.model().failureOutcomes();
        for (ProblemSize size : ProblemSize.values()) {
            for (FailureOutcome outcome : FailureOutcome.values()) {
                for (BoughtAgain bought : BoughtAgain.values()) {
                    assertEquals(r.records().stream().filter(f -> f.size() == size && f.outcome() == outcome
                            && f.boughtAgain() == bought).count(), outcomes.count(size, outcome, bought));
                }
            }
        }
        for (FailureRecord f : r.records()) {
            assertTrue(f.settledDay() >= f.day() && f.settledDay() <= 365, "settled between failure and horizon");
            assertEquals(f.complained(), f.contacts() > 0, "complained means at least one contact");
            assertTrue(!f.resolvedQuickly() || f.resolved(), "quick implies resolved");
        }
    }

    @Test
    void repeatContactsHappenAndStopAtTheMaximum() {
        Run capped = run(SMALL.with("service.return_probability", 1.0).with("service.max_contacts", 2), 365);
        int most = capped.records().stream().mapToInt(FailureRecord::contacts).max().orElse(0);
        assertEquals(2, most, "some customers come back, none more than once");
        long resolvedAtSecond = capped.records().stream().filter(f -> f.contacts() == 2 && f.resolved()).count();
        assertTrue(resolvedAtSecond > 0, "a repeat contact can resolve the failure");
        Run none = run(SMALL.with("service.return_probability", 0.0), 365);
        assertEquals(1, none.records().stream().mapToInt(FailureRecord::contacts).max().orElse(0),
                "no returns: one contact per complaint");
    }

    @Test
    void theComplaintShareCanMatchTheFieldRateOfAboutOneInTwentyFive() {
        Run r = run(SMALL.with("service.complaint_base", -4.5), 365);
        FailureOutcomes outcomes = r.model().failureOutcomes();
        double share = outcomes.complaintShare();
        double sd = Math.sqrt(0.04 * 0.96 / outcomes.failures());
        assertTrue(Math.abs(share - 0.04) < 4 * sd + 0.005, "complaint share " + share + " of "
                + outcomes.failures() + " failures");
    }
}

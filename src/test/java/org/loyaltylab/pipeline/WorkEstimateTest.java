package org.loyaltylab.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.loyaltylab.BadInputException;
import org.loyaltylab.model.param.Parameters;

/** The model events a run may need, against values computed by hand, and the refusal above the limit. */
class WorkEstimateTest {
    private static final Parameters STEADY = Parameters.defaults().with("customers.initial_count", 1000)
            .with("market.marketing_acquisitions_per_day", 0.0).with("market.story_conversion_probability", 0.0)
            .with("customers.purchase_rate_mean", 0.1).with("customers.inquiry_rate", 0.05)
            .with("service.failure_probability", 0.2).with("service.return_probability", 0.5)
            .with("service.max_contacts", 3);

    @Test
    void eventsFollowCustomerDaysTimesEventsPerCustomerDay() {
        // 1,000 customers x 100 days x (0.1 + 2 x 0.05 + 0.1 x 0.2 x 2 x min(3, 1 / (1 - 0.5))) = 28,000,
        // plus 2 x 1,000 arrivals and exits, plus 100 / 7 observations and the first
        assertEquals(28_000 + 2_000 + 100.0 / 7 + 1, WorkEstimate.events(STEADY, 100), 1e-6);
        // every unresolved contact returns: up to max_contacts = 3 contacts per failure
        assertEquals(1000 * 100 * (0.2 + 0.1 * 0.2 * 2 * 3) + 2_000 + 100.0 / 7 + 1,
                WorkEstimate.events(STEADY.with("service.return_probability", 1.0), 100), 1e-6);
    }

    @Test
    void marketingGrowsTheCustomerDaysLinearly() {
        Parameters marketing = STEADY.with("customers.initial_count", 0).with("market.marketing_acquisitions_per_day",
                10.0);
        // 10 customers a day over 640 days: 10 x 640^2 / 2 customer-days (the 64 trapezoids are exact)
        assertEquals(10 * 640.0 * 640 / 2, WorkEstimate.customerDays(marketing, 640), 1e-6);
    }

    @Test
    void theDefaultModelIsFarBelowTheLimitAndAFloodOfContactsIsRefused() {
        assertTrue(WorkEstimate.events(Parameters.defaults(), 365) < 1e-3 * WorkEstimate.LIMIT);
        Parameters busy = Parameters.defaults().with("customers.purchase_rate_mean", 10.0)
                .with("customers.inquiry_rate", 1.0).with("service.failure_probability", 1.0)
                .with("service.return_probability", 1.0).with("service.max_contacts", 100)
                .with("market.story_conversion_probability", 0.0);
        BadInputException e = assertThrows(BadInputException.class,
                () -> WorkEstimate.check(List.of(Parameters.defaults(), busy), 365, WorkEstimate.LIMIT));
        for (String named : new String[] {"customers.purchase_rate_mean 10", "customers.inquiry_rate 1",
            "service.failure_probability 1", "service.max_contacts 100", "365 days", "limit of 2.00e+09"}) {
            assertTrue(e.getMessage().contains(named), () -> "names " + named + ": " + e.getMessage());
        }
    }
}

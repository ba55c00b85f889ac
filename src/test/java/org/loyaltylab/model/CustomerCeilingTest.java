package org.loyaltylab.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.loyaltylab.model.customer.AcquisitionChannel;
import org.loyaltylab.model.param.Parameters;

/** The customer ceiling ({@code market.max_customers}) holds whatever the acquisition. */
class CustomerCeilingTest {
    @Test
    void aMillionADayStopsAtTheCeilingAndTheRunFinishes() {
        Parameters p = Parameters.defaults().with("customers.initial_count", 1000)
                .with("market.marketing_acquisitions_per_day", 1e6).with("market.max_customers", 50_000)
                .with("market.story_conversion_probability", 0.0);
        LoyaltyModel model = new LoyaltyModel(p, 7, 3);
        model.run();
        assertEquals(50_000, model.customers().count());
        assertEquals(50_000, model.counters().acquiredTotal());
        assertEquals(1, model.counters().refused(), "the marketing arrival that met the ceiling; marketing stopped");
        // 49,000 marketing arrivals at 1,000,000 a day take about 0.049 days
        assertTrue(model.counters().ceilingDay() > 0.04 && model.counters().ceilingDay() < 0.06,
                () -> "ceiling met on day " + model.counters().ceilingDay());
        assertEquals(49_000, model.counters().acquired(AcquisitionChannel.MARKETING));
    }

    @Test
    void anInitialBaseAboveTheCeilingIsCutAndReferralsAreTurnedAway() {
        Parameters p = Parameters.defaults().with("customers.initial_count", 3000).with("market.max_customers", 2000)
                .with("market.story_conversion_probability", 1.0);
        LoyaltyModel model = new LoyaltyModel(p, 7, 200);
        model.run();
        assertEquals(2000, model.customers().count());
        assertEquals(0, model.counters().ceilingDay());
        assertTrue(model.counters().refused() > 1000, () -> "refused " + model.counters().refused());
    }

    @Test
    void belowTheCeilingNothingIsRefused() {
        LoyaltyModel model = new LoyaltyModel(Parameters.defaults().with("customers.initial_count", 2000), 7, 100);
        model.run();
        assertEquals(0, model.counters().refused());
        assertTrue(Double.isNaN(model.counters().ceilingDay()));
    }
}

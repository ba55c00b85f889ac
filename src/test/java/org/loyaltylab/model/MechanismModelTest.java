package org.loyaltylab.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.loyaltylab.model.customer.AcquisitionChannel;
import org.loyaltylab.model.param.ParameterDef;
import org.loyaltylab.model.param.ParameterRegistry;
import org.loyaltylab.model.param.Parameters;

/** Mechanism switches in whole runs: off is the same run as its carriers set to 0. */
class MechanismModelTest {
    private static final Parameters SMALL = Parameters.defaults()
            .with("customers.initial_count", 2000)
            .with("contact_centre.agents", 1)
            .with("market.marketing_acquisitions_per_day", 1.0)
            .with("policies.recovery", "excellent");
    private static final int DAYS = 180;

    private static LoyaltyModel run(Parameters p, List<Observation> out) {
        LoyaltyModel model = new LoyaltyModel(p, 3, DAYS);
        model.onObservation(out::add);
        model.run();
        return model;
    }

    @Test
    void withoutWordOfMouthThereAreNoReferrals() {
        LoyaltyModel on = run(SMALL, new ArrayList<>());
        assertTrue(on.counters().acquired(AcquisitionChannel.REFERRAL) > 0, "the test can fail");
        LoyaltyModel off = run(SMALL.with("mechanisms.word_of_mouth", "off"), new ArrayList<>());
        assertEquals(0, off.counters().acquired(AcquisitionChannel.REFERRAL));
    }

    @Test
    void aSwitchedOffMechanismRunsExactlyAsItsCarriersSetToZero() {
        for (ParameterDef mechanism : ParameterRegistry.mechanisms()) {
            Parameters zeroed = SMALL;
            for (ParameterDef carrier : ParameterRegistry.carriers(mechanism)) {
                zeroed = zeroed.with(carrier.key(), 0);
            }
            List<Observation> off = new ArrayList<>();
            run(SMALL.with(mechanism.key(), "off"), off);
            List<Observation> byHand = new ArrayList<>();
            run(zeroed, byHand);
            assertEquals(byHand, off, mechanism.key());
        }
    }
}

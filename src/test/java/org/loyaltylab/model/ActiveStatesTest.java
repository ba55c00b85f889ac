package org.loyaltylab.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.loyaltylab.model.customer.CustomerBase;
import org.loyaltylab.model.customer.CustomerDynamics;
import org.loyaltylab.model.param.Parameters;

/** The observation's scan of active customers gives exactly each customer's own loyalty and appreciation. */
class ActiveStatesTest {
    @Test
    void scanGivesEveryActiveCustomerInIdOrderWithTheSameStateAsOneByOne() {
        for (String policy : new String[] {"granted", "special", "special-for-high-value"}) {
            Parameters p = Parameters.defaults().with("customers.initial_count", 1500)
                    .with("contact_centre.agents", 2).with("policies.appreciation", policy);
            LoyaltyModel model = new LoyaltyModel(p, 3, 200);
            model.run();
            CustomerBase base = model.customers();
            CustomerDynamics dynamics = model.dynamics();
            double day = 230;
            List<double[]> scanned = new ArrayList<>();
            dynamics.activeStatesOn(day, (id, loyalty, appreciation) -> scanned.add(new double[] {id, loyalty, appreciation}));
            assertEquals(base.activeCount(), scanned.size(), policy);
            assertTrue(base.activeCount() < base.count(), "some customers have left, so the scan skips some: " + policy);
            int at = 0;
            for (int id = 0; id < base.count(); id++) {
                if (base.isActive(id)) {
                    double[] s = scanned.get(at++);
                    assertEquals(id, (int) s[0], policy);
                    assertEquals(dynamics.loyaltyOn(id, day), s[1], 0.0, policy);
                    assertEquals(dynamics.appreciationOn(id, day), s[2], 0.0, policy);
                }
            }
        }
    }
}

package org.loyaltylab.model.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.loyaltylab.model.param.ParameterRegistry;
import org.loyaltylab.model.param.Parameters;
import org.loyaltylab.model.random.KeyedRandom;

/**
 * Common random numbers in the customer mix: two arms that differ only in the temperament
 * distribution draw every other attribute of the same customer identically (the Beta draws
 * take a fixed number of uniforms), and most customers are more volatile in the more volatile arm.
 */
class CustomerCommonRandomNumbersTest {
    @Test
    void aDifferentTemperamentMixLeavesEveryOtherAttributeOfTheSameCustomerAlone() {
        Parameters calm = Parameters.defaults();
        Parameters volatile_ = calm.with(ParameterRegistry.TEMPERAMENT_MEAN.key(), 0.5)
                .with(ParameterRegistry.TEMPERAMENT_CONCENTRATION.key(), 0.7);
        CustomerFactory a = new CustomerFactory(calm, new KeyedRandom(21));
        CustomerFactory b = new CustomerFactory(volatile_, new KeyedRandom(21));
        int n = 5000;
        int hotter = 0;
        for (int id = 0; id < n; id++) {
            CustomerProfile x = a.draw(id);
            CustomerProfile y = b.draw(id);
            assertEquals(x.value(), y.value());
            assertEquals(x.purchaseRate(), y.purchaseRate());
            assertEquals(x.complaintPropensity(), y.complaintPropensity());
            assertEquals(x.rudeness(), y.rudeness());
            assertEquals(x.loyalty(), y.loyalty());
            assertEquals(x.churnBudget(), y.churnBudget());
            hotter += y.temperament() > x.temperament() ? 1 : 0;
        }
        assertTrue(hotter > n / 2, "more volatile in the volatile arm: " + hotter);
    }
}

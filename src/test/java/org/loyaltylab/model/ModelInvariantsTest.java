package org.loyaltylab.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.loyaltylab.model.metric.SeriesMetrics.ACQUIRED_TOTAL;
import static org.loyaltylab.model.metric.SeriesMetrics.ACTIVE_CUSTOMERS;
import static org.loyaltylab.model.metric.SeriesMetrics.CHURNED_TOTAL;
import static org.loyaltylab.model.metric.SeriesMetrics.COST_CUM;
import static org.loyaltylab.model.metric.SeriesMetrics.PROFIT_CUM;
import static org.loyaltylab.model.metric.SeriesMetrics.REVENUE_CUM;
import static org.loyaltylab.model.metric.SeriesMetrics.churned;
import static org.loyaltylab.model.metric.SeriesMetrics.cost;

import java.util.ArrayList;
import java.util.List;
import org.loyaltylab.model.customer.ExitReason;
import org.loyaltylab.model.economy.CostComponent;
import org.loyaltylab.model.param.Parameters;
import org.junit.jupiter.api.Test;

/** Determinism and conservation laws of the whole model, at every observation. */
class ModelInvariantsTest {
    private static final Parameters SMALL = Parameters.defaults()
            .with("customers.initial_count", 3000)
            .with("contact_centre.agents", 1)
            .with("market.marketing_acquisitions_per_day", 1.0)
            .with("policies.appreciation", "special-for-high-value")
            .with("policies.follow_up", "on")
            .with("policies.complainers", "turn-away")
            .with("service.complaint_base", -1.5); // frequent complaints, so that every exit path is taken

    private static List<Observation> run(Parameters p, long seed, int days) {
        LoyaltyModel model = new LoyaltyModel(p, seed, days);
        List<Observation> out = new ArrayList<>();
        model.onObservation(out::add);
        model.run();
        return out;
    }

    @Test
    void sameSeedGivesIdenticalObservations() {
        assertEquals(run(SMALL, 7, 200), run(SMALL, 7, 200));
    }

    @Test
    void differentSeedsDiffer() {
        assertTrue(!run(SMALL, 7, 100).equals(run(SMALL, 8, 100)));
    }

    @Test
    void customersAndMoneyAreConservedAtEveryObservation() {
        List<Observation> obs = run(SMALL, 11, 365);
        assertEquals(365.0, obs.get(obs.size() - 1).day());
        for (Observation o : obs) {
            assertEquals(o.get(ACQUIRED_TOTAL), o.get(ACTIVE_CUSTOMERS) + o.get(CHURNED_TOTAL), 0.0,
                    "acquired = active + churned on day " + o.day());
            double reasons = 0;
            for (ExitReason r : ExitReason.values()) {
                reasons += o.get(churned(r));
            }
            assertEquals(o.get(CHURNED_TOTAL), reasons, 0.0, "churn reasons add up on day " + o.day());
            double components = 0;
            for (CostComponent c : CostComponent.values()) {
                components += o.get(cost(c));
            }
            assertEquals(o.get(COST_CUM), components, 1e-6 * Math.max(1, components), "cost components");
            assertEquals(o.get(PROFIT_CUM), o.get(REVENUE_CUM) - o.get(COST_CUM),
                    1e-6 * Math.max(1, o.get(REVENUE_CUM)), "profit = revenue - cost");
        }
        Observation last = obs.get(obs.size() - 1);
        assertTrue(last.get(CHURNED_TOTAL) > 0, "some customers churned");
        assertTrue(last.get(churned(ExitReason.TURNED_AWAY)) > 0, "turn-away policy turned someone away");
        assertTrue(last.get(churned(ExitReason.QUIET_EXIT)) > 0, "someone declined to buy again after a failure");
        assertTrue(last.get(cost(CostComponent.SPECIAL)) > 0 && last.get(cost(CostComponent.FOLLOW_UP)) > 0);
    }
}

package org.loyaltylab.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
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
            .with("policies.complainers", "turn-away");

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
            assertEquals(o.get("acquired_total"), o.get("active_customers") + o.get("churned_total"), 0.0,
                    "acquired = active + churned on day " + o.day());
            double reasons = o.get("churn_indifference_total") + o.get("churn_poor_handling_total")
                    + o.get("churn_unresolved_total") + o.get("churn_competitor_total")
                    + o.get("churn_natural_total") + o.get("churn_turned_away_total");
            assertEquals(o.get("churned_total"), reasons, 0.0, "churn reasons add up on day " + o.day());
            double components = o.get("cost_goods_cum") + o.get("cost_wages_cum") + o.get("cost_training_cum")
                    + o.get("cost_hiring_cum") + o.get("cost_gestures_cum") + o.get("cost_special_cum")
                    + o.get("cost_follow_up_cum") + o.get("cost_acquisition_cum");
            assertEquals(o.get("cost_cum"), components, 1e-6 * Math.max(1, components), "cost components");
            assertEquals(o.get("profit_cum"), o.get("revenue_cum") - o.get("cost_cum"),
                    1e-6 * Math.max(1, o.get("revenue_cum")), "profit = revenue - cost");
        }
        Observation last = obs.get(obs.size() - 1);
        assertTrue(last.get("churned_total") > 0, "some customers churned");
        assertTrue(last.get("churn_turned_away_total") > 0, "turn-away policy turned someone away");
        assertTrue(last.get("cost_special_cum") > 0 && last.get("cost_follow_up_cum") > 0);
    }
}

package org.loyaltylab.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.loyaltylab.BadInputException;
import org.loyaltylab.experiment.RunResult;
import org.loyaltylab.experiment.SingleRun;
import org.loyaltylab.model.param.Parameters;

/** The customers a run may reach and the heap it may need, against values computed by hand. */
class MemoryEstimateTest {
    private static final long GB = 1L << 30;

    @Test
    void customersReachableFollowTheBound() {
        Parameters p = Parameters.defaults().with("customers.initial_count", 1000)
                .with("market.marketing_acquisitions_per_day", 10.0).with("customers.purchase_rate_mean", 0.1)
                .with("service.failure_probability", 0.1).with("market.good_story_reach", 4)
                .with("market.network_degree", 2).with("market.story_conversion_probability", 0.5);
        // r = 0.1 x 0.1 x min(4, 2) x 0.5 = 0.01 per day; (1000 + 10 x 100) x e^(0.01 x 100)
        assertEquals((long) (2000 * Math.exp(1)), MemoryEstimate.customersReachable(p, 100));
        assertEquals(5000, MemoryEstimate.customersReachable(p.with("market.max_customers", 5000), 100));
    }

    @Test
    void theDefaultModelFitsAndAMillionADayDoesNot() {
        Parameters defaults = Parameters.defaults();
        MemoryEstimate.check(List.of(defaults), 730, 2, 20, GB);
        Parameters flood = defaults.with("market.marketing_acquisitions_per_day", 1e6);
        BadInputException e = assertThrows(BadInputException.class,
                () -> MemoryEstimate.check(List.of(defaults, flood), 730, 2, 20, 4 * GB));
        assertTrue(e.getMessage().contains("up to 20,000,000 a run"), e::getMessage);
        assertTrue(e.getMessage().contains("market.marketing_acquisitions_per_day 1000000.0 x 730 days"), e::getMessage);
        // with a ceiling of the suggested size the same run fits
        long suggested = Long.parseLong(e.getMessage().replaceAll(".*at most ([0-9,]+) .*", "$1").replace(",", ""));
        MemoryEstimate.check(List.of(flood.with("market.max_customers", (int) suggested)), 730, 2, 20, 4 * GB);
    }

    @Test
    void aLongDailyTimeSeriesIsCountedToo() {
        // 36,500 days observed daily: 36,502 rows x 3,700 bytes x (2 running + 100 kept) runs = 12.8 GB
        Parameters daily = Parameters.defaults().with("customers.initial_count", 10)
                .with("market.marketing_acquisitions_per_day", 0.0).with("market.story_conversion_probability", 0.0)
                .with("simulation.observation_interval_days", 1);
        BadInputException e = assertThrows(BadInputException.class,
                () -> MemoryEstimate.check(List.of(daily), 36_500, 2, 100, 4 * GB));
        assertTrue(e.getMessage().contains("36,502 rows a run") && e.getMessage().contains("Observe less often"),
                e::getMessage);
        MemoryEstimate.check(List.of(daily.with("simulation.observation_interval_days", 365)), 36_500, 2, 100, 4 * GB);
    }

    @Test
    void precisionAddsABatchOnlyIfItFitsBesideTheRunsSoFar() {
        Parameters p = Parameters.defaults().with("customers.initial_count", 500);
        List<RunResult> sofar = List.of(SingleRun.run("a", 0, p, 1, 11, 70), SingleRun.run("a", 0, p, 2, 12, 70));
        double kept = 0;
        double largest = 0;
        int base = 0;
        for (RunResult r : sofar) {
            double bytes = r.customers().size() * 64.0 + r.observations().size() * 3_700.0;
            kept += bytes;
            largest = Math.max(largest, bytes);
            base = Math.max(base, r.customers().size());
        }
        // 4 more runs, 2 at once: kept + 1.25 x (4 x largest run + 2 x largest base x 400 bytes) within 80 %
        double need = kept + 1.25 * (4 * largest + 2 * base * 400.0);
        long heap = (long) Math.ceil(need / 0.8);
        assertTrue(MemoryEstimate.roomFor(sofar, 4, 2, heap));
        assertFalse(MemoryEstimate.roomFor(sofar, 4, 2, heap - 100));
    }
}

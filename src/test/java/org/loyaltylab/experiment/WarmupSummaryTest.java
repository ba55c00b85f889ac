package org.loyaltylab.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.loyaltylab.model.Observation;
import org.loyaltylab.model.metric.SeriesMetrics;
import org.loyaltylab.model.metric.SummaryMetrics;
import org.loyaltylab.model.param.Parameters;

/**
 * With a warm-up the summary counts from its last day: retention of the customers active then,
 * and what accrued after it, as the time series and the customer records of the same run say;
 * the time series keeps every day, with a row on the warm-up's last day.
 */
class WarmupSummaryTest {
    private static final int WARMUP = 30;
    private static final Parameters SMALL = Parameters.defaults().with("customers.initial_count", 1500)
            .with("contact_centre.agents", 1);
    private static final RunResult FROM_ZERO = SingleRun.run("a", 0, SMALL, 1, 11, 100);
    private static final RunResult WARMED = SingleRun.run("a", 0, SMALL.with("simulation.warmup_days", WARMUP), 1, 11,
            100);

    private static Observation at(RunResult r, double day) {
        return r.observations().stream().filter(o -> o.day() == day).findFirst().orElseThrow();
    }

    @Test
    void timeSeriesKeepsEveryDayWithARowOnTheWarmupsLastDay() {
        List<Double> days = WARMED.observations().stream().map(Observation::day).toList();
        assertEquals(List.of(0.0, 7.0, 14.0, 21.0, 28.0, 30.0, 35.0), days.subList(0, 7));
        assertEquals(100.0, days.get(days.size() - 1));
        for (Observation o : FROM_ZERO.observations()) {
            assertEquals(o.get(SeriesMetrics.ACTIVE_CUSTOMERS), at(WARMED, o.day()).get(SeriesMetrics.ACTIVE_CUSTOMERS),
                    "the warm-up changes what is counted, not the simulation");
        }
    }

    @Test
    void cumulativeFiguresAreWhatAccruedAfterTheWarmup() {
        Observation start = at(WARMED, WARMUP);
        for (var pair : List.of(List.of(SummaryMetrics.PROFIT, SeriesMetrics.PROFIT_CUM),
                List.of(SummaryMetrics.REVENUE, SeriesMetrics.REVENUE_CUM),
                List.of(SummaryMetrics.CHURNED_TOTAL, SeriesMetrics.CHURNED_TOTAL),
                List.of(SummaryMetrics.ACQUIRED_TOTAL, SeriesMetrics.ACQUIRED_TOTAL))) {
            double whole = FROM_ZERO.summary().get(pair.get(0));
            double expected = whole - start.get(pair.get(1));
            assertEquals(expected, WARMED.summary().get(pair.get(0)), 1e-6 * Math.max(1, Math.abs(whole)),
                    pair.get(0).key());
        }
        double purchasesAfter = WARMED.observations().stream().filter(o -> o.day() > WARMUP)
                .mapToDouble(o -> o.get(SeriesMetrics.PURCHASES)).sum();
        assertEquals(purchasesAfter, WARMED.summary().get(SummaryMetrics.PURCHASES), 1e-9);
        assertEquals(FROM_ZERO.summary().get(SummaryMetrics.ACTIVE_CUSTOMERS),
                WARMED.summary().get(SummaryMetrics.ACTIVE_CUSTOMERS), "a level is read at the horizon");
    }

    @Test
    void retentionIsOfTheCustomersActiveAtTheEndOfTheWarmup() {
        CustomerTable t = WARMED.customers();
        int cohort = 0;
        int stayed = 0;
        for (int i = 0; i < t.size(); i++) {
            boolean there = t.acquiredDay(i) <= WARMUP && !(t.exitDay(i) <= WARMUP);
            cohort += there ? 1 : 0;
            stayed += there && Double.isNaN(t.exitDay(i)) ? 1 : 0;
        }
        assertTrue(cohort > 1500, "the cohort holds customers acquired during the warm-up: " + cohort);
        assertEquals((double) stayed / cohort, WARMED.summary().get(SummaryMetrics.RETENTION), 1e-12);
        assertNotEquals(FROM_ZERO.summary().get(SummaryMetrics.RETENTION), WARMED.summary().get(SummaryMetrics.RETENTION));
    }
}

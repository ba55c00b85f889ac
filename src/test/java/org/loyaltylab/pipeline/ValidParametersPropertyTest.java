package org.loyaltylab.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.loyaltylab.model.metric.SeriesMetrics.ACQUIRED_TOTAL;
import static org.loyaltylab.model.metric.SeriesMetrics.ACTIVE_CUSTOMERS;
import static org.loyaltylab.model.metric.SeriesMetrics.CHURNED_TOTAL;
import static org.loyaltylab.model.metric.SeriesMetrics.COST_CUM;
import static org.loyaltylab.model.metric.SeriesMetrics.PROFIT_CUM;
import static org.loyaltylab.model.metric.SeriesMetrics.REVENUE_CUM;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.loyaltylab.BadInputException;
import org.loyaltylab.experiment.FailureSink;
import org.loyaltylab.experiment.RunResult;
import org.loyaltylab.experiment.SingleRun;
import org.loyaltylab.model.Observation;
import org.loyaltylab.model.customer.ExitReason;
import org.loyaltylab.model.economy.CostComponent;
import org.loyaltylab.model.failure.FailureOutcomes;
import org.loyaltylab.model.metric.Aggregation;
import org.loyaltylab.model.metric.Metric;
import org.loyaltylab.model.metric.MetricValues;
import org.loyaltylab.model.metric.SeriesMetrics;
import org.loyaltylab.model.metric.SummaryMetrics;
import org.loyaltylab.model.param.ParameterDef;
import org.loyaltylab.model.param.ParameterRegistry;
import org.loyaltylab.model.param.ParameterType;
import org.loyaltylab.model.param.Parameters;
import org.loyaltylab.testing.Slow;

/**
 * Random valid parameter sets, drawn from the {@link ParameterRegistry}'s allowed ranges, either
 * are refused by the checks before a run ({@link MemoryEstimate}, and {@link WorkEstimate} with a
 * test's budget of {@value #WORK_BUDGET} events in place of its limit) or finish with figures that
 * obey the model's laws at every observation.
 *
 * <p>Ranges spanning three orders of magnitude or more are drawn log-uniformly (from a millionth
 * of the maximum where the minimum is 0 and the maximum 1,000 or more), the others uniformly, policies from their names. The
 * base starts with at most {@value #MAX_INITIAL} customers and runs {@value #DAYS} days; every
 * other parameter may be anywhere in its range. The sets with every parameter at its maximum and
 * at its minimum are tested too, and the maximum once more with a small base and ceiling.
 *
 * <p>NaN is legitimate only for a mean or a ratio with nothing to average: a {@link Aggregation#RATIO}
 * or {@link Aggregation#MEAN} figure (no contacts served, no initial customers, no failures of a
 * kind), and a level that is a mean over a group that can be empty (loyalty and appreciation of
 * active customers, units {@code score 0-1}; stress of employed agents, unit {@code stress}).
 */
@Slow
class ValidParametersPropertyTest {
    private static final int RANDOM_SETS = 80;
    private static final int DAYS = 60;
    private static final int MAX_INITIAL = 300;
    private static final double WORK_BUDGET = 3e6;

    @Test
    void everyValidSetFinishesLawfullyOrIsRefusedUpFront() {
        SplittableRandom random = new SplittableRandom(20_261_201);
        List<Parameters> sets = new ArrayList<>();
        sets.add(extreme(true));
        sets.add(extreme(false));
        sets.add(extreme(true).with(ParameterRegistry.INITIAL_CUSTOMERS.key(), MAX_INITIAL)
                .with(ParameterRegistry.MAX_CUSTOMERS.key(), 2000));
        for (int i = 0; i < RANDOM_SETS; i++) {
            sets.add(draw(random));
        }
        int finished = 0;
        int memory = 0;
        double slowest = 0;
        double mostWork = 0;
        for (int i = 0; i < sets.size(); i++) {
            Parameters p = sets.get(i);
            try {
                MemoryEstimate.check(List.of(p), DAYS, 1, 1, Runtime.getRuntime().maxMemory());
            } catch (BadInputException refused) {
                memory++;
                continue;
            }
            try {
                WorkEstimate.check(List.of(p), DAYS, WORK_BUDGET);
            } catch (BadInputException refused) {
                continue;
            }
            RunResult r = SingleRun.run("set-" + i, 0, p, 1, 1000 + i, DAYS, false, FailureSink.OFF);
            String set = "set " + i + " " + p.differencesFromDefaults();
            assertTrue(r.events() <= 1.5 * WorkEstimate.events(p, DAYS) + 100,
                    set + ": " + r.events() + " events beyond the estimate " + WorkEstimate.events(p, DAYS));
            assertEquals(DAYS, r.observations().get(r.observations().size() - 1).day(), set);
            for (Observation o : r.observations()) {
                obeysLaws(o, set + " day " + o.day());
            }
            obeysSummaryLaws(r, p.integer(ParameterRegistry.WARMUP), set);
            finished++;
            slowest = Math.max(slowest, r.wallSeconds());
            mostWork = Math.max(mostWork, r.events() / WorkEstimate.events(p, DAYS));
        }
        System.out.printf(Locale.ROOT, "valid sets: %d finished, refused up front %d for memory and %d for work, "
                + "slowest %.2f s, events at most %.2f x the estimate%n", finished, memory, sets.size() - finished - memory,
                slowest, mostWork);
        assertTrue(finished >= 50, finished + " of " + sets.size() + " sets ran");
    }

    private static void obeysLaws(Observation o, String where) {
        assertEquals(o.get(ACQUIRED_TOTAL), o.get(ACTIVE_CUSTOMERS) + o.get(CHURNED_TOTAL), 0.0,
                where + ": acquired = active + churned");
        double reasons = 0;
        for (ExitReason reason : ExitReason.values()) {
            reasons += o.get(SeriesMetrics.churned(reason));
        }
        assertEquals(o.get(CHURNED_TOTAL), reasons, 0.0, where + ": churn reasons add up");
        double components = 0;
        for (CostComponent c : CostComponent.values()) {
            components += o.get(SeriesMetrics.cost(c));
        }
        double scale = 1e-9 * Math.max(1, o.get(REVENUE_CUM) + o.get(COST_CUM));
        assertEquals(o.get(COST_CUM), components, scale, where + ": cost = sum of its components");
        assertEquals(o.get(REVENUE_CUM) - o.get(COST_CUM), o.get(PROFIT_CUM), scale, where + ": profit");
        for (Metric m : SeriesMetrics.ALL.all()) {
            inRange(m, o.get(m), where);
        }
    }

    /**
     * @param warmup the days before the summary's counts start: the customers active then were not
     *               acquired since (a warm-up past the horizon has no day to start on: counts from day 0)
     */
    private static void obeysSummaryLaws(RunResult r, int warmup, String where) {
        MetricValues s = r.summary();
        double activeAtStart = warmup == 0 ? 0 : r.observations().stream().filter(o -> o.day() == warmup)
                .mapToDouble(o -> o.get(ACTIVE_CUSTOMERS)).findFirst().orElse(0);
        assertEquals(s.get(SummaryMetrics.ACQUIRED_TOTAL), s.get(SummaryMetrics.ACTIVE_CUSTOMERS) - activeAtStart
                + s.get(SummaryMetrics.CHURNED_TOTAL), 0.0, where + ": acquired = active + churned since the start");
        double scale = 1e-9 * Math.max(1, s.get(SummaryMetrics.REVENUE) + s.get(SummaryMetrics.COST));
        assertEquals(s.get(SummaryMetrics.REVENUE) - s.get(SummaryMetrics.COST), s.get(SummaryMetrics.PROFIT), scale,
                where + ": profit");
        for (Metric m : SummaryMetrics.ALL.all()) {
            inRange(m, s.get(m), where);
        }
        if (s.get(SummaryMetrics.CONTACTS) > 0) {
            assertFalse(Double.isNaN(s.get(SummaryMetrics.P_WAIT)), where + ": p_wait with contacts");
        }
        if (s.get(SummaryMetrics.ACTIVE_CUSTOMERS) > 0) {
            assertFalse(Double.isNaN(s.get(SummaryMetrics.MEAN_LOYALTY)), where + ": loyalty of active customers");
        }
        if (r.observations().stream().anyMatch(o -> o.day() == warmup && warmup > 0)) {
            return; // the failure outcomes are of the whole run, the summary's counts from the warm-up on
        }
        FailureOutcomes outcomes = r.failureOutcomes();
        assertEquals(s.get(SummaryMetrics.FAILURES), outcomes.failures(), 0.0, where + ": every failure settled");
        assertEquals(s.get(SummaryMetrics.COMPLAINTS), outcomes.complained(), 0.0, where + ": complaints settled");
        assertEquals(s.get(SummaryMetrics.COMPLAINT_CONTACTS), outcomes.contacts(), 0.0, where + ": their contacts");
    }

    /** Shares and scores in [0, 1], counts and money (but profit and loyalty changes) not negative, NaN only where allowed. */
    private static void inRange(Metric m, double v, String where) {
        String what = where + ": " + m.key() + " = " + v;
        if (Double.isNaN(v)) {
            assertTrue(mayBeNaN(m), what);
            return;
        }
        assertTrue(Double.isFinite(v), what);
        if (m.unit().endsWith("0-1")) {
            assertTrue(v >= 0 && v <= 1, what);
        } else if (!m.unit().equals("loyalty") && !m.key().startsWith("profit")) {
            assertTrue(v >= 0, what);
        }
    }

    private static boolean mayBeNaN(Metric m) {
        return m.aggregation() == Aggregation.RATIO || m.aggregation() == Aggregation.MEAN
                || m.unit().equals("score 0-1") || m.unit().equals("stress");
    }

    /** Every parameter at its maximum (or minimum), policies at their last (first) name. */
    private static Parameters extreme(boolean max) {
        Parameters p = Parameters.defaults();
        for (ParameterDef d : ParameterRegistry.all()) {
            Object v = switch (d.type()) {
                case CHOICE -> d.choices().get(max ? d.choices().size() - 1 : 0);
                case INTEGER -> (int) (max ? d.max() : d.min());
                case REAL -> max ? d.max() : d.min();
            };
            p = p.with(d.key(), v);
        }
        return p;
    }

    private static Parameters draw(SplittableRandom random) {
        Parameters p = Parameters.defaults();
        for (ParameterDef d : ParameterRegistry.all()) {
            p = p.with(d.key(), value(d, random));
        }
        return p.with(ParameterRegistry.INITIAL_CUSTOMERS.key(), random.nextInt(MAX_INITIAL + 1));
    }

    private static Object value(ParameterDef d, SplittableRandom random) {
        if (d.type() == ParameterType.CHOICE) {
            return d.choices().get(random.nextInt(d.choices().size()));
        }
        double x = spansOrders(d) ? logUniform(d, random) : d.min() + random.nextDouble() * (d.max() - d.min());
        return d.type() == ParameterType.INTEGER ? (Object) (int) Math.min(d.max(), Math.floor(x + 0.5)) : x;
    }

    private static boolean spansOrders(ParameterDef d) {
        return d.min() > 0 ? d.max() / d.min() >= 1000 : d.min() == 0 && d.max() >= 1000;
    }

    private static double lowEnd(ParameterDef d) {
        return d.min() > 0 ? d.min() : 1e-6 * d.max();
    }

    private static double logUniform(ParameterDef d, SplittableRandom random) {
        double x = lowEnd(d) * Math.exp(random.nextDouble() * Math.log(d.max() / lowEnd(d)));
        return Math.max(d.min(), Math.min(d.max(), x));
    }
}

package org.loyaltylab.verification;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Function;
import org.loyaltylab.experiment.RunResult;
import org.loyaltylab.experiment.SingleRun;
import org.loyaltylab.model.metric.SummaryMetrics;
import org.loyaltylab.model.param.Parameters;
import org.loyaltylab.model.random.KeyedRandom;
import org.loyaltylab.stats.ConfidenceInterval;
import org.loyaltylab.stats.ErlangA;
import org.loyaltylab.stats.ErlangC;
import org.junit.jupiter.api.Test;
import org.loyaltylab.testing.Slow;

/**
 * The whole model reduced to its contact centre (routine contacts only, exponential handling,
 * no failures, churn of any kind, stress or abuse) must match queueing theory: Erlang C without
 * abandonment, Erlang A with exponential patience. Each estimate is the mean over independent
 * replications; the theoretical value must lie in its 99 % Student-t interval.
 */
@Slow
class ContactCentreVerificationTest {
    private static final int CUSTOMERS = 2000;
    private static final int AGENTS = 3;
    private static final double HANDLE_MINUTES = 30;
    private static final int DAYS = 400;
    private static final int REPLICATIONS = 10;

    private static Parameters queueOnly(double inquiryRate, boolean abandonment, double patienceMinutes) {
        return Parameters.defaults()
                .with("customers.initial_count", CUSTOMERS)
                .with("customers.inquiry_rate", inquiryRate)
                .with("customers.purchase_rate_mean", 1e-4)
                .with("customers.rudeness_mean", 0.0)
                .with("customers.patience_mean_minutes", patienceMinutes)
                .with("customers.patience_temperament_effect", 0.0)
                .with("service.failure_probability", 0.0)
                .with("market.competition", 0.0)
                .with("market.natural_churn_per_year", 0.0)
                .with("market.marketing_acquisitions_per_day", 0.0)
                .with("contact_centre.agents", AGENTS)
                .with("contact_centre.handle_minutes_mean", HANDLE_MINUTES)
                .with("contact_centre.handle_anger_factor", 0.0)
                .with("contact_centre.handle_untrained_factor", 0.0)
                .with("contact_centre.abandonment", abandonment ? "on" : "off")
                .with("agents.stress_per_hostile_contact", 0.0)
                .with("agents.stress_per_abusive_contact", 0.0)
                .with("loyalty.breaking_point_probability", 0.0);
    }

    private static ConfidenceInterval estimate(Parameters p, Function<RunResult, Double> metric) {
        double[] values = new double[REPLICATIONS];
        for (int r = 0; r < REPLICATIONS; r++) {
            RunResult run = SingleRun.run("queue", 0, p, r + 1, KeyedRandom.replicationSeed(2026, r + 1), DAYS);
            values[r] = metric.apply(run);
        }
        return ConfidenceInterval.studentT(values, 0.99);
    }

    private static void assertCovers(ConfidenceInterval ci, double expected, String what) {
        assertTrue(ci.covers(expected), () -> what + ": theory " + expected + " outside the simulated 99 % CI ["
                + ci.lower() + ", " + ci.upper() + "]");
    }

    @Test
    void matchesErlangCWithoutAbandonment() {
        double rate = 0.05;
        Parameters p = queueOnly(rate, false, 15);
        ErlangC theory = new ErlangC(CUSTOMERS * rate, 1440 / HANDLE_MINUTES, AGENTS);
        assertCovers(estimate(p, r -> r.summary().get(SummaryMetrics.P_WAIT)), theory.probabilityOfWait(), "P(wait)");
        assertCovers(estimate(p, r -> r.summary().get(SummaryMetrics.MEAN_WAIT_MINUTES)), theory.meanWait() * 1440, "mean wait");
    }

    @Test
    void matchesErlangAWithExponentialPatience() {
        double rate = 0.07;
        double patience = 20;
        Parameters p = queueOnly(rate, true, patience);
        ErlangA theory = new ErlangA(CUSTOMERS * rate, 1440 / HANDLE_MINUTES, AGENTS, 1440 / patience);
        assertCovers(estimate(p, r -> r.summary().get(SummaryMetrics.P_WAIT)), theory.probabilityOfWait(), "P(wait)");
        assertCovers(estimate(p, r -> r.summary().get(SummaryMetrics.P_ABANDON)), theory.probabilityOfAbandonment(), "P(abandon)");
        assertCovers(estimate(p, r -> r.summary().get(SummaryMetrics.MEAN_WAIT_MINUTES)), theory.meanWait() * 1440, "mean wait");
    }
}

package org.loyaltylab.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.loyaltylab.model.metric.SummaryMetrics.churned;

import org.loyaltylab.experiment.CustomerTable;
import org.loyaltylab.experiment.RunResult;
import org.loyaltylab.experiment.SingleRun;
import org.loyaltylab.model.customer.ExitReason;
import org.loyaltylab.model.param.Parameters;
import org.loyaltylab.stats.KaplanMeier;
import org.junit.jupiter.api.Test;

/**
 * With failures and contacts off and loyalty and appreciation held constant, the churn hazard
 * is constant, so customers' survival must be exponential:
 * {@code S(t) = exp(-(natural + competition (1 - L)(indifference (1 - A) + competitor)) t)}.
 * The Kaplan-Meier curve of the simulated customers must contain the closed form within its
 * Greenwood band, checked at 7 days, each at 99.9 % (family-wise about 99.3 %): the 95 % band
 * scaled by z(0.9995) / z(0.975).
 */
class SurvivalVerificationTest {
    @Test
    void kaplanMeierMatchesTheClosedFormExponential() {
        double natural = 0.2;
        double competition = 0.5;
        double indifference = 0.6;
        double competitor = 0.2;
        double loyalty = 0.7;
        double appreciation = 0.2;
        Parameters p = Parameters.defaults()
                .with("customers.initial_count", 6000)
                .with("customers.inquiry_rate", 0.0)
                .with("customers.initial_loyalty_mean", loyalty)
                .with("customers.initial_loyalty_concentration", 1e9)
                .with("customers.initial_appreciation", appreciation)
                .with("loyalty.appreciation_granted", appreciation)
                .with("loyalty.granted_anchor_drop", 0.0)
                .with("service.failure_probability", 0.0)
                .with("market.competition", competition)
                .with("market.natural_churn_per_year", natural)
                .with("market.indifference_hazard_per_year", indifference)
                .with("market.competitor_hazard_per_year", competitor)
                .with("market.marketing_acquisitions_per_day", 0.0);
        int days = 730;
        RunResult run = SingleRun.run("survival", 0, p, 1, 31, days);
        CustomerTable t = run.customers();
        double[] durations = new double[t.size()];
        boolean[] exited = new boolean[t.size()];
        for (int i = 0; i < t.size(); i++) {
            exited[i] = !Double.isNaN(t.exitDay(i));
            durations[i] = exited[i] ? t.exitDay(i) : days;
        }
        double perDay = (natural + competition * (1 - loyalty) * (indifference * (1 - appreciation) + competitor)) / 365;
        KaplanMeier km = new KaplanMeier(durations, exited);
        double z95 = 1.959963984540054;
        double z999 = 3.290526731491926;
        for (double day : new double[] {50, 100, 200, 300, 400, 550, 700}) {
            double expected = Math.exp(-perDay * day);
            double s = km.survivalAt(day);
            double halfWidth = Math.max(s - km.lowerAt(day), km.upperAt(day) - s) * z999 / z95;
            assertEquals(expected, s, halfWidth, "S(" + day + ")");
        }
        assertTrue(run.summary().get(churned(ExitReason.NATURAL)) > 0
                && run.summary().get(churned(ExitReason.INDIFFERENCE)) > 0
                && run.summary().get(churned(ExitReason.COMPETITOR)) > 0, "all three hazard components produce exits");
    }
}

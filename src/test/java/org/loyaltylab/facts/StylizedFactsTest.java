package org.loyaltylab.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.loyaltylab.model.metric.SummaryMetrics.AGENTS_QUIT;
import static org.loyaltylab.model.metric.SummaryMetrics.AGENT_STRESS_AVG;
import static org.loyaltylab.model.metric.SummaryMetrics.DEFENSIVE_SHARE;
import static org.loyaltylab.model.metric.SummaryMetrics.PROFIT;
import static org.loyaltylab.model.metric.SummaryMetrics.RECOVERY_NET_FIRST_RESOLVED;
import static org.loyaltylab.model.metric.SummaryMetrics.RECOVERY_NET_FIRST_UNRESOLVED;
import static org.loyaltylab.model.metric.SummaryMetrics.RECOVERY_NET_REPEAT_RESOLVED;
import static org.loyaltylab.model.metric.SummaryMetrics.RESOLUTION_RATE;
import static org.loyaltylab.model.metric.SummaryMetrics.RETENTION;
import static org.loyaltylab.model.metric.SummaryMetrics.REVENUE;
import static org.loyaltylab.model.metric.SummaryMetrics.churned;

import java.util.LinkedHashMap;
import java.util.Map;
import org.loyaltylab.experiment.CustomerTable;
import org.loyaltylab.experiment.RunResult;
import org.loyaltylab.model.customer.ExitReason;
import org.loyaltylab.model.customer.FailureExperience;
import org.loyaltylab.stats.ConfidenceInterval;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.loyaltylab.testing.Slow;

/**
 * The stylized facts F1-F6 of the model brief, each from the default model (scaled down to
 * 13,333 customers and two agents) with policies or customer mixes varied as the fact states,
 * common random numbers, and 95 % paired intervals that must exclude zero in the stated
 * direction. F1's per-incident part and F5/F6's per-encounter parts are in EncounterRulesTest.
 */
@Slow
class StylizedFactsTest {
    private static Map<String, Map<String, Object>> arms(Object... nameThenOverrides) {
        Map<String, Map<String, Object>> arms = new LinkedHashMap<>();
        for (int i = 0; i < nameThenOverrides.length; i += 2) {
            @SuppressWarnings("unchecked")
            Map<String, Object> o = (Map<String, Object>) nameThenOverrides[i + 1];
            arms.put((String) nameThenOverrides[i], o);
        }
        return arms;
    }

    private static void assertPositive(ConfidenceInterval ci, String what) {
        assertTrue(ci.lower() > 0, () -> what + " should be positive: " + FactRuns.describe(ci));
    }

    private static void assertNegative(ConfidenceInterval ci, String what) {
        assertTrue(ci.upper() < 0, () -> what + " should be negative: " + FactRuns.describe(ci));
    }

    @Test
    void f1KindHandlingRetainsAndEarnsMoreAndTheGapWidensWithVolatileCustomers() {
        FactRuns r = FactRuns.run(101, 6, arms(
                "defensive", Map.of("policies.handling", "defensive"),
                "kind", Map.of("policies.handling", "kind"),
                "defensive-volatile", Map.of("policies.handling", "defensive", "customers.temperament_mean", 0.5),
                "kind-volatile", Map.of("policies.handling", "kind", "customers.temperament_mean", 0.5)));
        assertPositive(r.difference("kind", "defensive", RETENTION), "kind - defensive retention");
        assertPositive(r.difference("kind", "defensive", PROFIT), "kind - defensive profit");
        assertPositive(r.interaction("kind-volatile", "defensive-volatile", "kind", "defensive", RETENTION),
                "retention gap (volatile) - gap (ordinary)");
    }

    @Disabled("known failure after the calibration to TARP (docs/MODEL.md, section 8, Calibration): quiet exits outnumber indifference exits under granted by 7,360 (7,251 to 7,469); monopoly gap 3.3 points (2.8 to 3.8) against 7.7 (7.2 to 8.2) under competition")
    @Test
    void f2GrantedLosesMainlyToIndifferenceUnderCompetitionAndTheGapVanishesInAMonopoly() {
        FactRuns r = FactRuns.run(102, 6, arms(
                "granted", Map.of("policies.appreciation", "granted"),
                "special", Map.of("policies.appreciation", "special"),
                "granted-monopoly", Map.of("policies.appreciation", "granted", "market.competition", 0.0),
                "special-monopoly", Map.of("policies.appreciation", "special", "market.competition", 0.0)));
        for (ExitReason other : ExitReason.values()) {
            if (other == ExitReason.INDIFFERENCE || other == ExitReason.TURNED_AWAY) {
                continue; // turned away: none under the default keep policy
            }
            double[] indifference = r.values("granted", churned(ExitReason.INDIFFERENCE));
            double[] rival = r.values("granted", churned(other));
            double[] d = new double[indifference.length];
            for (int i = 0; i < d.length; i++) {
                d[i] = indifference[i] - rival[i];
            }
            assertPositive(ConfidenceInterval.studentT(d, 0.95), "indifference - " + other.label() + " exits under granted");
        }
        ConfidenceInterval competitive = r.difference("special", "granted", RETENTION);
        ConfidenceInterval monopoly = r.difference("special-monopoly", "granted-monopoly", RETENTION);
        assertPositive(competitive, "special - granted retention under competition");
        assertTrue(Math.max(Math.abs(monopoly.lower()), Math.abs(monopoly.upper())) < 0.2 * competitive.lower(),
                () -> "monopoly gap " + FactRuns.describe(monopoly) + " is under a fifth of the competitive gap "
                        + FactRuns.describe(competitive));
    }

    @Disabled("known failure after the calibration to TARP (docs/MODEL.md, section 8, Calibration): net change across a first failure recovered excellently -0.004 (-0.011 to 0.003); event-time gap after an unresolved first failure +0.060 (0.057 to 0.063), survivor selection")
    @Test
    void f3TheRecoveryParadoxHoldsOnlyForFirstModerateWellRecoveredFailures() {
        FactRuns r = FactRuns.run(103, 6, arms(
                "excellent", Map.of("policies.handling", "kind", "policies.recovery", "excellent"),
                "excellent-severe", Map.of("policies.handling", "kind", "policies.recovery", "excellent",
                        "service.severity_mean", 0.75),
                "poor", Map.of("policies.handling", "kind", "policies.recovery", "poor")));
        assertPositive(r.mean("excellent", RECOVERY_NET_FIRST_RESOLVED),
                "loyalty change across a first moderate failure recovered excellently");
        assertNegative(r.mean("excellent", RECOVERY_NET_REPEAT_RESOLVED), "same, for a repeated failure");
        assertNegative(r.mean("excellent-severe", RECOVERY_NET_FIRST_RESOLVED), "same, for severe failures");
        assertNegative(r.mean("poor", RECOVERY_NET_FIRST_RESOLVED), "same, with poor recovery");
        assertNegative(r.mean("excellent", RECOVERY_NET_FIRST_UNRESOLVED), "a first failure left unresolved");
        assertPositive(firstWeekGap(r, "excellent", FailureExperience.RECOVERED),
                "loyalty gap to comparable never-failed customers in the week after a recovered first failure");
        assertNegative(firstWeekGap(r, "excellent", FailureExperience.UNRESOLVED), "same, left unresolved");
        assertNegative(firstWeekGap(r, "excellent-severe", FailureExperience.RECOVERED), "same, severe and recovered");
        assertNegative(firstWeekGap(r, "poor", FailureExperience.RECOVERED), "same, with poor recovery");
    }

    /** @return the event-time loyalty gap in the first lag bin, across replications */
    private static ConfidenceInterval firstWeekGap(FactRuns r, String arm, FailureExperience outcome) {
        return ConfidenceInterval.studentT(r.runs(arm).stream()
                .mapToDouble(run -> run.sinceFailure().meanGap(outcome, 0)).toArray(), 0.95);
    }

    @Disabled("known failure after the calibration to TARP (docs/MODEL.md, section 8, Calibration): revenue lost by turning complainers away -684 (-1,841 to 473): with 4 % voice almost no one reaches three complaints")
    @Test
    void f4ComplainersAreHighValueAndTurningThemAwayLosesMoreThanItSaves() {
        FactRuns r = FactRuns.run(104, 6, arms(
                "keep", Map.of("policies.complainers", "keep"),
                "turn-away", Map.of("policies.complainers", "turn-away")));
        double[] ratio = new double[r.runs("keep").size()];
        for (int i = 0; i < ratio.length; i++) {
            RunResult run = r.runs("keep").get(i);
            CustomerTable t = run.customers();
            double complainers = 0;
            double others = 0;
            int nc = 0;
            int no = 0;
            for (int c = 0; c < t.size(); c++) {
                if (t.complaints(c) > 0) {
                    complainers += t.value(c);
                    nc++;
                } else {
                    others += t.value(c);
                    no++;
                }
            }
            ratio[i] = (complainers / nc) / (others / no) - 1;
        }
        assertPositive(ConfidenceInterval.studentT(ratio, 0.95), "complainers' spend relative to non-complainers'");
        assertNegative(r.difference("turn-away", "keep", REVENUE), "revenue lost by turning complainers away");
        assertNegative(r.difference("turn-away", "keep", PROFIT), "revenue lost minus cost saved");
    }

    @Disabled("known failure after the calibration to TARP (docs/MODEL.md, section 8, Calibration): no agent quits in any arm, so boundaries cannot be shown to reduce turnover (agents quitting: 0 [0, 0])")
    @Test
    void f5AbuseRaisesStressStressBreedsDefensivenessAndBoundariesReduceBurnout() {
        FactRuns r = FactRuns.run(105, 6, arms(
                "tolerate", Map.of("policies.abuse", "tolerate"),
                "boundaries", Map.of("policies.abuse", "boundaries"),
                "tolerate-rude", Map.of("policies.abuse", "tolerate", "customers.rudeness_mean", 0.4),
                "boundaries-rude", Map.of("policies.abuse", "boundaries", "customers.rudeness_mean", 0.4)));
        assertPositive(r.difference("tolerate-rude", "tolerate", AGENT_STRESS_AVG), "stress from a ruder mix");
        assertPositive(r.difference("tolerate-rude", "tolerate", DEFENSIVE_SHARE), "defensive answers from a ruder mix");
        assertNegative(r.difference("boundaries-rude", "tolerate-rude", AGENT_STRESS_AVG), "stress under boundaries");
        assertNegative(r.difference("boundaries", "tolerate", AGENT_STRESS_AVG),
                "stress under boundaries, ordinary customer mix");
        assertNegative(r.difference("boundaries-rude", "tolerate-rude", AGENTS_QUIT), "agents quitting under boundaries");
    }

    @Test
    void f6EmpathyAndTrainingLowerDefensiveAnswersAndTrainingRaisesResolution() {
        FactRuns r = FactRuns.run(106, 5, arms(
                "none", Map.of("policies.training", "none"),
                "basic", Map.of("policies.training", "basic"),
                "empathy", Map.of("policies.training", "empathy"),
                "none-empathic-hires", Map.of("policies.training", "none", "agents.empathy_mean", 0.75)));
        assertNegative(r.difference("basic", "none", DEFENSIVE_SHARE), "defensive share, basic - none");
        assertNegative(r.difference("empathy", "basic", DEFENSIVE_SHARE), "defensive share, empathy - basic");
        assertNegative(r.difference("none-empathic-hires", "none", DEFENSIVE_SHARE),
                "defensive share, empathic hires - ordinary hires");
        assertPositive(r.difference("basic", "none", RESOLUTION_RATE), "resolution rate, basic - none");
    }
}

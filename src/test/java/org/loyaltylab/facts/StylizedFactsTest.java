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

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.loyaltylab.experiment.CustomerTable;
import org.loyaltylab.model.customer.ExitReason;
import org.loyaltylab.model.customer.FailureExperience;
import org.loyaltylab.stats.ConfidenceInterval;
import org.junit.jupiter.api.Test;
import org.loyaltylab.testing.Slow;

/**
 * The stylized facts F1-F6 of the model brief, each from the default model (scaled down to
 * 13,333 customers and two agents) with policies or customer mixes varied as the fact states,
 * common random numbers, and 95 % paired intervals that must exclude zero in the stated
 * direction. F1's per-incident part and F5/F6's per-encounter parts are in EncounterRulesTest.
 * F2-F5 do not hold at the defaults calibrated to TARP: each has a test of what the calibrated
 * model does instead ({@code ...AtTheCalibratedDefaults}) and a test of the fact in the world
 * where its mechanism is active ({@code ...WhereItHolds}); docs/MODEL.md, section 8, gives both.
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

    /**
     * The world where F2-F5 hold: the voice and repurchase of the default before the calibration
     * to TARP, 37 % of failures voiced (not 4 %) and every customer with a settled failure buying
     * again (no quiet exits), so failures reach the contact centre and the base does not drain.
     */
    private static final Map<String, Object> VOICED = Map.of(
            "service.complaint_base", -1.5, "loyalty.repurchase_base", 10.0);

    /** @return {@code world} with the key-value pairs {@code keyThenValue} set on top */
    private static Map<String, Object> in(Map<String, Object> world, Object... keyThenValue) {
        Map<String, Object> m = new LinkedHashMap<>(world);
        for (int i = 0; i < keyThenValue.length; i += 2) {
            m.put((String) keyThenValue[i], keyThenValue[i + 1]);
        }
        return m;
    }

    private static void assertNotPositive(ConfidenceInterval ci, String what) {
        assertTrue(ci.lower() <= 0, () -> what + " should not be positive: " + FactRuns.describe(ci));
    }

    private static void assertZeroInside(ConfidenceInterval ci, String what) {
        assertTrue(ci.lower() <= 0 && ci.upper() >= 0,
                () -> what + " should not differ from zero: " + FactRuns.describe(ci));
    }

    /** @return the per-replication interval of exits for {@code a} minus exits for {@code b} in {@code arm} */
    private static ConfidenceInterval exitGap(FactRuns r, String arm, ExitReason a, ExitReason b) {
        double[] x = r.values(arm, churned(a));
        double[] y = r.values(arm, churned(b));
        double[] d = new double[x.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = x[i] - y[i];
        }
        return ConfidenceInterval.studentT(d, 0.95);
    }

    /** Asserts that indifference exits outnumber those of every reason but {@code excepted} under granted. */
    private static void assertIndifferenceLeadsUnderGranted(FactRuns r, Set<ExitReason> excepted) {
        for (ExitReason other : ExitReason.values()) {
            if (other != ExitReason.INDIFFERENCE && !excepted.contains(other)) {
                assertPositive(exitGap(r, "granted", ExitReason.INDIFFERENCE, other),
                        "indifference - " + other.label() + " exits under granted");
            }
        }
    }

    private static FactRuns f2Runs(Map<String, Object> world) {
        return FactRuns.run(102, 6, arms(
                "granted", in(world, "policies.appreciation", "granted"),
                "special", in(world, "policies.appreciation", "special"),
                "granted-monopoly", in(world, "policies.appreciation", "granted", "market.competition", 0.0),
                "special-monopoly", in(world, "policies.appreciation", "special", "market.competition", 0.0)));
    }

    /** Documented failure (docs/MODEL.md, Calibration): quiet exits lead and the monopoly gap stays. */
    @Test
    void f2GrantedLosesMainlyToQuietExitsAtTheCalibratedDefaults() {
        FactRuns r = f2Runs(Map.of());
        assertPositive(exitGap(r, "granted", ExitReason.QUIET_EXIT, ExitReason.INDIFFERENCE),
                "quiet - indifference exits under granted");
        assertIndifferenceLeadsUnderGranted(r, EnumSet.of(ExitReason.TURNED_AWAY, ExitReason.QUIET_EXIT));
        ConfidenceInterval competitive = r.difference("special", "granted", RETENTION);
        ConfidenceInterval monopoly = r.difference("special-monopoly", "granted-monopoly", RETENTION);
        assertPositive(competitive, "special - granted retention under competition");
        assertTrue(monopoly.lower() > 0.2 * competitive.lower(),
                () -> "monopoly gap " + FactRuns.describe(monopoly) + " stays above a fifth of the competitive gap "
                        + FactRuns.describe(competitive));
    }

    @Test
    void f2GrantedLosesMainlyToIndifferenceUnderCompetitionAndTheGapVanishesInAMonopolyWhereItHolds() {
        FactRuns r = f2Runs(VOICED);
        assertIndifferenceLeadsUnderGranted(r, EnumSet.of(ExitReason.TURNED_AWAY)); // none under keep
        ConfidenceInterval competitive = r.difference("special", "granted", RETENTION);
        ConfidenceInterval monopoly = r.difference("special-monopoly", "granted-monopoly", RETENTION);
        assertPositive(competitive, "special - granted retention under competition");
        assertTrue(Math.max(Math.abs(monopoly.lower()), Math.abs(monopoly.upper())) < 0.2 * competitive.lower(),
                () -> "monopoly gap " + FactRuns.describe(monopoly) + " is under a fifth of the competitive gap "
                        + FactRuns.describe(competitive));
    }

    private static FactRuns f3Runs(Map<String, Object> world) {
        return FactRuns.run(103, 6, arms(
                "excellent", in(world, "policies.handling", "kind", "policies.recovery", "excellent"),
                "excellent-severe", in(world, "policies.handling", "kind", "policies.recovery", "excellent",
                        "service.severity_mean", 0.75),
                "poor", in(world, "policies.handling", "kind", "policies.recovery", "poor")));
    }

    /** Documented failure: no net gain across a first failure, and survivor selection after unresolved ones. */
    @Test
    void f3NoRecoveryParadoxAtTheCalibratedDefaults() {
        FactRuns r = FactRuns.run(103, 6, arms(
                "excellent", Map.of("policies.handling", "kind", "policies.recovery", "excellent")));
        assertNotPositive(r.mean("excellent", RECOVERY_NET_FIRST_RESOLVED),
                "loyalty change across a first moderate failure recovered excellently");
        assertPositive(firstWeekGap(r, "excellent", FailureExperience.UNRESOLVED),
                "loyalty gap after an unresolved first failure (survivor selection)");
    }

    @Test
    void f3TheRecoveryParadoxHoldsOnlyForFirstModerateWellRecoveredFailuresWhereItHolds() {
        FactRuns r = f3Runs(VOICED);
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

    private static FactRuns f4Runs(Map<String, Object> world) {
        return FactRuns.run(104, 6, arms(
                "keep", in(world, "policies.complainers", "keep"),
                "turn-away", in(world, "policies.complainers", "turn-away")));
    }

    /** @return complainers' mean customer value relative to non-complainers', less one, across replications */
    private static ConfidenceInterval complainersPremium(FactRuns r) {
        double[] ratio = new double[r.runs("keep").size()];
        for (int i = 0; i < ratio.length; i++) {
            CustomerTable t = r.runs("keep").get(i).customers();
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
        return ConfidenceInterval.studentT(ratio, 0.95);
    }

    /** Documented failure: with 4 % voice almost no one is turned away, so nothing measurable is lost. */
    @Test
    void f4TurningComplainersAwayLosesNothingMeasurableAtTheCalibratedDefaults() {
        FactRuns r = f4Runs(Map.of());
        assertPositive(complainersPremium(r), "complainers' spend relative to non-complainers'");
        assertZeroInside(r.difference("turn-away", "keep", REVENUE), "revenue lost by turning complainers away");
    }

    @Test
    void f4ComplainersAreHighValueAndTurningThemAwayLosesMoreThanItSavesWhereItHolds() {
        FactRuns r = f4Runs(VOICED);
        assertPositive(complainersPremium(r), "complainers' spend relative to non-complainers'");
        assertNegative(r.difference("turn-away", "keep", REVENUE), "revenue lost by turning complainers away");
        assertNegative(r.difference("turn-away", "keep", PROFIT), "revenue lost minus cost saved");
    }

    private static FactRuns f5Runs(Map<String, Object> world) {
        return FactRuns.run(105, 6, arms(
                "tolerate", in(world, "policies.abuse", "tolerate"),
                "boundaries", in(world, "policies.abuse", "boundaries"),
                "tolerate-rude", in(world, "policies.abuse", "tolerate", "customers.rudeness_mean", 0.4),
                "boundaries-rude", in(world, "policies.abuse", "boundaries", "customers.rudeness_mean", 0.4)));
    }

    private static void assertAbuseStressesAndBoundariesRelieve(FactRuns r) {
        assertPositive(r.difference("tolerate-rude", "tolerate", AGENT_STRESS_AVG), "stress from a ruder mix");
        assertPositive(r.difference("tolerate-rude", "tolerate", DEFENSIVE_SHARE), "defensive answers from a ruder mix");
        assertNegative(r.difference("boundaries-rude", "tolerate-rude", AGENT_STRESS_AVG), "stress under boundaries");
        assertNegative(r.difference("boundaries", "tolerate", AGENT_STRESS_AVG),
                "stress under boundaries, ordinary customer mix");
    }

    /** Documented failure: stress and defensiveness behave, but no agent quits in any arm. */
    @Test
    void f5AbuseStressesButNoAgentQuitsAtTheCalibratedDefaults() {
        FactRuns r = f5Runs(Map.of());
        assertAbuseStressesAndBoundariesRelieve(r);
        for (String arm : List.of("tolerate", "boundaries", "tolerate-rude", "boundaries-rude")) {
            ConfidenceInterval quits = r.mean(arm, AGENTS_QUIT);
            assertTrue(quits.upper() == 0, () -> "agents quitting under " + arm + ": " + FactRuns.describe(quits));
        }
    }

    @Test
    void f5AbuseRaisesStressStressBreedsDefensivenessAndBoundariesReduceBurnoutWhereItHolds() {
        FactRuns r = f5Runs(VOICED);
        assertAbuseStressesAndBoundariesRelieve(r);
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

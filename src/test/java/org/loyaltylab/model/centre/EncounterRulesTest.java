package org.loyaltylab.model.centre;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.loyaltylab.model.param.Parameters;
import org.loyaltylab.model.policy.AbusePolicy;
import org.loyaltylab.model.policy.Appreciation;
import org.loyaltylab.model.policy.ComplainerPolicy;
import org.loyaltylab.model.policy.Handling;
import org.loyaltylab.model.policy.PolicySet;
import org.loyaltylab.model.policy.RecoveryPolicy;
import org.loyaltylab.model.policy.Routing;
import org.loyaltylab.model.policy.TrainingProgramme;
import org.loyaltylab.model.random.KeyedRandom;
import org.loyaltylab.model.random.Stream;
import org.junit.jupiter.api.Test;

/** The encounter's contract (M5, M6, F1's second half). */
class EncounterRulesTest {
    private final EncounterRules rules = new EncounterRules(Parameters.defaults());

    private static EncounterSituation situation(Random r) {
        return new EncounterSituation(r.nextBoolean(), r.nextDouble(), r.nextInt(4), r.nextDouble(), r.nextDouble(),
                r.nextDouble(), r.nextDouble() * 0.05, r.nextDouble(), r.nextDouble(), r.nextDouble(), r.nextInt(3));
    }

    @Test
    void kindAnswerNeverLeavesLoyaltyLowerThanDefensiveForTheSameIncident() {
        Random r = new Random(1);
        KeyedRandom keyed = new KeyedRandom(99);
        for (AbusePolicy abuse : AbusePolicy.values()) {
            for (RecoveryPolicy recovery : RecoveryPolicy.values()) {
                for (boolean followUp : new boolean[] {false, true}) {
                    PolicySet policies = new PolicySet(Handling.KIND, Appreciation.GRANTED, TrainingProgramme.BASIC,
                            abuse, Routing.FIFO, recovery, ComplainerPolicy.KEEP, followUp);
                    for (int i = 0; i < 5000; i++) {
                        EncounterSituation s = situation(r);
                        keyed.start(Stream.ENCOUNTERS, i, 0).uniform();
                        EncounterOutcome kind = rules.playAnswer(s, policies, false, keyed);
                        keyed.start(Stream.ENCOUNTERS, i, 0).uniform();
                        EncounterOutcome defensive = rules.playAnswer(s, policies, true, keyed);
                        assertTrue(kind.loyaltyChange() >= defensive.loyaltyChange(), () -> "kind worse in " + s);
                        assertTrue(!kind.breakingPoint() || defensive.breakingPoint(), () -> "kind broke in " + s);
                        assertTrue(kind.angerAfter() <= defensive.angerAfter());
                        assertTrue(!defensive.resolved() || kind.resolved(),
                                () -> "defensive resolved where kind did not: " + s);
                    }
                }
            }
        }
    }

    @Test
    void defensiveAnswersRiseWithAngerAndStressAndFallWithEmpathyTrainingAndKindPolicy() {
        EncounterSituation calm = new EncounterSituation(true, 0.1, 0, 0.1, 0, 0.7, 0, 0.5, 0.5, 0.2, 0);
        EncounterSituation angry = new EncounterSituation(true, 0.9, 0, 0.9, 0, 0.7, 0.02, 0.5, 0.5, 0.2, 0);
        EncounterSituation stressed = new EncounterSituation(true, 0.1, 0, 0.1, 0, 0.7, 0, 0.5, 0.5, 0.8, 0);
        EncounterSituation empathic = new EncounterSituation(true, 0.1, 0, 0.1, 0, 0.7, 0, 0.9, 0.5, 0.2, 0);
        EncounterSituation trained = new EncounterSituation(true, 0.1, 0, 0.1, 0, 0.7, 0, 0.5, 0.9, 0.2, 0);
        for (Handling h : Handling.values()) {
            double base = rules.defensiveProbability(calm, h);
            assertTrue(rules.defensiveProbability(angry, h) > base);
            assertTrue(rules.defensiveProbability(stressed, h) > base);
            assertTrue(rules.defensiveProbability(empathic, h) < base);
            assertTrue(rules.defensiveProbability(trained, h) < base);
        }
        assertTrue(rules.defensiveProbability(angry, Handling.KIND) < rules.defensiveProbability(angry, Handling.DEFENSIVE));
        assertFalse(rules.angerOnArrival(angry) <= rules.angerOnArrival(calm));
    }
}

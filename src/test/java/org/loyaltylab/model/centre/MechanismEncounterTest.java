package org.loyaltylab.model.centre;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.loyaltylab.model.param.Parameters;
import org.loyaltylab.model.policy.Handling;
import org.loyaltylab.model.policy.PolicySet;
import org.loyaltylab.model.random.KeyedRandom;
import org.loyaltylab.model.random.Stream;

/** Each encounter mechanism switched off removes its own effect from an encounter. */
class MechanismEncounterTest {
    private static final PolicySet POLICIES = PolicySet.from(Parameters.defaults());

    /** A complaint, or a routine contact, by a customer who is never rude (no abuse to end the contact). */
    private static EncounterSituation situation(boolean complaint, double temperament, double waitedDays,
                                                double stress) {
        return new EncounterSituation(complaint, 0.3, 0, temperament, 0, 0.6, waitedDays, 0.5, 0.6, stress, 0);
    }

    private static EncounterOutcome play(EncounterRules rules, EncounterSituation s, boolean defensive, int key) {
        KeyedRandom random = new KeyedRandom(5);
        random.start(Stream.ENCOUNTERS, key, 0).uniform();
        return rules.playAnswer(s, POLICIES, defensive, random);
    }

    private static EncounterRules rules(String mechanism, String state) {
        return new EncounterRules(Parameters.defaults().with(mechanism, state));
    }

    @Test
    void withoutEscalationAnAnswerLeavesAngerWhereItWas() {
        EncounterSituation s = situation(true, 0.5, 0.01, 0.2);
        for (String state : new String[] {"on", "off"}) {
            EncounterRules rules = rules("mechanisms.escalation", state);
            EncounterOutcome defensive = play(rules, s, true, 1);
            EncounterOutcome kind = play(rules, s, false, 1);
            if (state.equals("on")) {
                assertTrue(defensive.angerAfter() > defensive.angerBefore());
                assertTrue(kind.angerAfter() < kind.angerBefore());
            } else {
                assertEquals(defensive.angerBefore(), defensive.angerAfter());
                assertEquals(kind.angerBefore(), kind.angerAfter());
            }
        }
    }

    @Test
    void withoutTheDirectEffectKindAndDefensiveAnswersToARoutineContactMoveLoyaltyAlike() {
        EncounterSituation s = situation(false, 0.2, 0.005, 0.2);
        for (int key = 0; key < 50; key++) {
            EncounterRules on = rules("mechanisms.direct_answer_effect", "on");
            assertTrue(play(on, s, false, key).loyaltyChange() > play(on, s, true, key).loyaltyChange());
            EncounterRules off = rules("mechanisms.direct_answer_effect", "off");
            assertEquals(play(off, s, false, key).loyaltyChange(), play(off, s, true, key).loyaltyChange(), 1e-15);
        }
    }

    @Test
    void withoutContagionStressNoLongerRaisesTheChanceOfADefensiveAnswer() {
        EncounterSituation rested = situation(true, 0.5, 0, 0);
        EncounterSituation stressed = situation(true, 0.5, 0, 0.9);
        EncounterRules on = rules("mechanisms.stress_contagion", "on");
        assertTrue(on.defensiveProbability(stressed, Handling.KIND) > on.defensiveProbability(rested, Handling.KIND));
        EncounterRules off = rules("mechanisms.stress_contagion", "off");
        assertEquals(off.defensiveProbability(rested, Handling.KIND), off.defensiveProbability(stressed, Handling.KIND));
        assertEquals(on.defensiveProbability(rested, Handling.KIND), off.defensiveProbability(rested, Handling.KIND),
                "an unstressed agent answers as before");
    }

    @Test
    void withoutTheWaitPenaltyWaitingCostsARoutineContactNoLoyalty() {
        EncounterSituation prompt = situation(false, 0.2, 0, 0.2);
        EncounterSituation waited = situation(false, 0.2, 0.04, 0.2);
        EncounterRules on = rules("mechanisms.wait_penalty", "on");
        assertNotEquals(play(on, prompt, false, 3).loyaltyChange(), play(on, waited, false, 3).loyaltyChange());
        EncounterRules off = rules("mechanisms.wait_penalty", "off");
        assertEquals(play(off, prompt, false, 3).loyaltyChange(), play(off, waited, false, 3).loyaltyChange(), 1e-15);
    }
}

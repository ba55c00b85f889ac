package org.loyaltylab.model.param;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A mechanism switched off makes exactly the parameters that carry it read as 0. */
class MechanismSwitchesTest {
    @Test
    void switchingOneOffZeroesItsCarriersAndNothingElse() {
        Parameters on = Parameters.defaults();
        for (ParameterDef mechanism : ParameterRegistry.mechanisms()) {
            Parameters off = on.with(mechanism.key(), "off");
            List<ParameterDef> carriers = ParameterRegistry.carriers(mechanism);
            assertFalse(carriers.isEmpty(), mechanism.key());
            for (ParameterDef def : ParameterRegistry.all()) {
                if (def.type() == ParameterType.CHOICE) {
                    continue;
                }
                if (carriers.contains(def)) {
                    assertEquals(0, off.real(def), mechanism.key() + " off zeroes " + def.key());
                    assertNotEquals(0, on.real(def), def.key() + " is not 0 by default, so the test can fail");
                } else {
                    assertEquals(on.real(def), off.real(def), mechanism.key() + " off leaves " + def.key());
                }
            }
            assertEquals(on.asMap().get(carriers.get(0).key()), off.asMap().get(carriers.get(0).key()),
                    "the value as set is kept");
        }
    }

    @Test
    void integerCarriersReadAsZeroToo() {
        Parameters off = Parameters.defaults().with("mechanisms.word_of_mouth", false);
        assertEquals(0, off.integer(ParameterRegistry.GOOD_STORY_REACH));
        assertEquals(0, off.integer(ParameterRegistry.BAD_STORY_REACH));
        assertEquals(6, off.integer(ParameterRegistry.NETWORK_DEGREE));
    }

    @Test
    void everySwitchIsOnByDefaultAndNamesItsCarriers() {
        List<ParameterDef> mechanisms = ParameterRegistry.mechanisms();
        assertTrue(mechanisms.size() >= 5);
        for (ParameterDef m : mechanisms) {
            assertEquals("mechanisms", m.area());
            assertEquals("on", m.defaultValue());
            for (ParameterDef c : ParameterRegistry.carriers(m)) {
                assertTrue(m.meaning().contains(c.key()), m.key() + " names " + c.key());
            }
        }
        assertThrows(IllegalArgumentException.class, () -> ParameterRegistry.carriers(ParameterRegistry.ESCALATION));
    }
}

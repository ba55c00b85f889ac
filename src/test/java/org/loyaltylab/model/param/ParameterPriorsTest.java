package org.loyaltylab.model.param;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The prior table against the registry. */
class ParameterPriorsTest {
    @Test
    void everyAssumptionHasAPriorOrIsDeclaredChosen() {
        List<String> missing = ParameterPriors.assumptions().stream().map(ParameterDef::key)
                .filter(k -> ParameterPriors.find(k).isEmpty() && !ParameterPriors.chosen().containsKey(k)).toList();
        assertTrue(missing.isEmpty(), "assumptions without a prior: " + missing);
        assertTrue(ParameterPriors.assumptions().size() >= 20, "the registry tags its assumptions");
    }

    @Test
    void everyPriorLiesInsideTheAllowedRangeHoldsTheDefaultAndGivesAReason() {
        for (Prior p : ParameterPriors.all()) {
            ParameterDef def = ParameterRegistry.require(p.key());
            assertTrue(p.lower() >= def.min() && p.upper() <= def.max(), p.key());
            double dflt = ((Number) def.defaultValue()).doubleValue();
            assertTrue(p.lower() <= dflt && dflt <= p.upper(), p.key() + " prior holds its default");
            assertFalse(p.reason().isBlank(), p.key());
            assertFalse(ParameterPriors.chosen().containsKey(p.key()), p.key() + " is either uncertain or chosen");
        }
    }

    @Test
    void unitQuantilesMapToTheRangeUniformlyOrOnTheLogScale() {
        Prior uniform = new Prior("loyalty.defensive_loss", 0.05, 0.25, false, "test");
        assertEquals(0.05, (Double) uniform.fromUnit(0), 1e-15);
        assertEquals(0.15, (Double) uniform.fromUnit(0.5), 1e-15);
        Prior log = new Prior("loyalty.reversion_days", 100, 400, true, "test");
        assertEquals(200, (Double) log.fromUnit(0.5), 1e-9, "the median of a log-uniform prior is the geometric mean");
        Prior whole = new Prior("service.max_contacts", 2, 5, false, "test");
        assertEquals(List.of(2, 3, 4, 5), List.of(whole.fromUnit(0.0), whole.fromUnit(0.25), whole.fromUnit(0.5),
                whole.fromUnit(0.999)), "each whole value takes a quarter of the unit interval");
    }

    @Test
    void aPriorOutsideTheAllowedRangeIsRefused() {
        assertThrows(IllegalStateException.class, () -> new Prior("loyalty.defensive_loss", 0.5, 1.5, false, "x"));
        assertThrows(IllegalStateException.class, () -> new Prior("policies.handling", 0, 1, false, "x"));
        assertThrows(IllegalStateException.class, () -> new Prior("loyalty.kind_gain", 0, 0.1, true, "x"));
    }
}

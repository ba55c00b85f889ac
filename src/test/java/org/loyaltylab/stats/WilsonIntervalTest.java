package org.loyaltylab.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Wilson's score interval against values computed by hand (z = 1.959964). */
class WilsonIntervalTest {
    @Test
    void matchesHandComputedBounds() {
        WilsonInterval a = WilsonInterval.of(182, 200, 0.95);
        assertEquals(0.91, a.share(), 1e-15);
        assertEquals(0.862234, a.lower(), 1e-6);
        assertEquals(0.942313, a.upper(), 1e-6);
        WilsonInterval b = WilsonInterval.of(7, 9, 0.95);
        assertEquals(0.452589, b.lower(), 1e-6);
        assertEquals(0.936775, b.upper(), 1e-6);
    }

    @Test
    void staysInsideTheUnitIntervalAtTheEdges() {
        WilsonInterval none = WilsonInterval.of(0, 10, 0.95);
        assertEquals(0, none.lower(), 0);
        assertEquals(0.277533, none.upper(), 1e-6, "z^2 / (n + z^2)");
        WilsonInterval all = WilsonInterval.of(10, 10, 0.95);
        assertEquals(1, all.upper(), 1e-12);
        assertEquals(1 - 0.277533, all.lower(), 1e-6);
        assertTrue(Double.isNaN(WilsonInterval.of(0, 0, 0.95).share()));
        assertThrows(IllegalArgumentException.class, () -> WilsonInterval.of(3, 2, 0.95));
    }
}

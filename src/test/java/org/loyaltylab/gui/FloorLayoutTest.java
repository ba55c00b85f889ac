package org.loyaltylab.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import sim.util.Double2D;

/** Where the service floor puts each arm's panel and customers. */
class FloorLayoutTest {
    @Test
    void fourArmsMakeATwoByTwoGridThatFitsA1080PixelScreen() {
        FloorLayout layout = new FloorLayout(4);
        double h = layout.panelHeight();
        assertEquals(new Double2D(0, 0), layout.origin(0));
        assertEquals(new Double2D(100, 0), layout.origin(1));
        assertEquals(new Double2D(0, h), layout.origin(2));
        assertEquals(new Double2D(100, h), layout.origin(3));
        assertEquals(2 * h + FloorLayout.LEGEND_HEIGHT, layout.height(), 1e-9);
        assertTrue(layout.height() * FloorLayout.PIXELS_PER_UNIT < 1000, "display height " + layout.height() * 5.5);
        assertEquals(750, layout.sample());
    }

    @Test
    void everyCustomerSitsInsideItsArmsPanelAboveTheLegend() {
        FloorLayout layout = new FloorLayout(4);
        for (int a = 0; a < 4; a++) {
            Double2D o = layout.origin(a);
            for (int k : new int[] {0, 49, 50, layout.sample() - 1}) {
                Double2D c = layout.customer(a, k);
                assertTrue(c.x > o.x && c.x < o.x + FloorLayout.PANEL_WIDTH, a + "/" + k + " x " + c.x);
                assertTrue(c.y > o.y + FloorLayout.GRID_TOP && c.y < o.y + layout.panelHeight(), a + "/" + k + " y " + c.y);
                assertTrue(c.y < layout.legendTop());
            }
        }
    }

    @Test
    void oneOrTwoArmsShowTwiceAsManyCustomersInOneRow() {
        FloorLayout two = new FloorLayout(2);
        assertEquals(1500, two.sample());
        assertEquals(two.panelHeight() + FloorLayout.LEGEND_HEIGHT, two.height(), 1e-9);
        assertThrows(IllegalArgumentException.class, () -> new FloorLayout(5));
    }
}

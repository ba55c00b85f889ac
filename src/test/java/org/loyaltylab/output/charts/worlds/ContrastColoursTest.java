package org.loyaltylab.output.charts.worlds;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.loyaltylab.experiment.Contrast;

/** Contrast colours: the arm's, or a free palette colour when an earlier contrast took it. */
class ContrastColoursTest {
    private static final List<String> ARMS = List.of("defensive", "kind", "defensive-volatile", "kind-volatile");

    @Test
    void theDefaultContrastsKeepTheirArmsColours() {
        assertArrayEquals(new int[] {1, 2, 3}, ContrastColours.of(ARMS, List.of(Contrast.pair("kind", "defensive"),
                Contrast.pair("defensive-volatile", "defensive"), Contrast.pair("kind-volatile", "defensive"))));
    }

    @Test
    void aContrastWhoseArmIsTakenGetsAColourNoArmUses() {
        Contrast gap = new Contrast("gap", "kind-volatile", "defensive-volatile", "kind", "defensive");
        assertArrayEquals(new int[] {1, 3, 4, 5}, ContrastColours.of(ARMS, List.of(Contrast.pair("kind", "defensive"),
                Contrast.pair("kind-volatile", "defensive-volatile"), gap, new Contrast("gap2", "kind", "defensive",
                        "kind-volatile", "defensive-volatile"))));
    }
}

package org.loyaltylab.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which arm is clearly highest or lowest, from intervals made by hand. */
class RankingTest {
    private static Map<String, double[]> of(Object... nameMeanLowHigh) {
        Map<String, double[]> m = new LinkedHashMap<>();
        for (int i = 0; i < nameMeanLowHigh.length; i += 4) {
            m.put((String) nameMeanLowHigh[i], new double[] {(double) nameMeanLowHigh[i + 1],
                (double) nameMeanLowHigh[i + 2], (double) nameMeanLowHigh[i + 3]});
        }
        return m;
    }

    @Test
    void twoArmsApartNameOnlyTheHigher() {
        Ranking r = Ranking.of(of("defensive", 15_800.0, 15_700.0, 15_900.0, "kind", 18_200.0, 18_100.0, 18_300.0));
        assertEquals("kind", r.clearTop().name());
        assertEquals("defensive", r.clearBottom().name());
        assertEquals("Active customers on day 730: kind highest", r.words("Active customers on day 730", "highest",
                "lowest"));
    }

    @Test
    void threeArmsNameTopAndBottomWhereEachIsApart() {
        Ranking r = Ranking.of(of("a", 1.0, 0.9, 1.1, "b", 2.0, 1.9, 2.1, "c", 2.05, 1.95, 2.15));
        assertNull(r.clearTop(), "b and c overlap");
        assertEquals("a", r.clearBottom().name());
        assertEquals("Profit: a lowest", r.words("Profit", "highest", "lowest"));
        assertEquals("Profit: c highest, a lowest", Ranking.of(of("a", 1.0, 0.9, 1.1, "b", 2.0, 1.9, 2.1, "c",
                3.0, 2.9, 3.1)).words("Profit", "highest", "lowest"));
    }

    @Test
    void overlappingIntervalsAreNoClearDifferenceAndMissingMeansAreLeftOut() {
        Ranking r = Ranking.of(of("a", 1.0, 0.5, 1.5, "b", 1.2, 0.7, 1.7, "c", Double.NaN, Double.NaN, Double.NaN));
        assertEquals(2, r.entries().size());
        assertEquals("Loyalty: no clear difference", r.words("Loyalty", "highest", "lowest"));
    }
}

package org.loyaltylab.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
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
        assertEquals(List.of("kind"), r.topGroup().stream().map(Ranking.Entry::name).toList());
        assertEquals(List.of("defensive"), r.bottomGroup().stream().map(Ranking.Entry::name).toList());
        assertEquals("Active customers on day 730: kind highest", r.words("Active customers on day 730", "highest",
                "lowest"));
    }

    @Test
    void threeArmsNameTopAndBottomGroupsWhereEachIsApart() {
        Ranking r = Ranking.of(of("a", 1.0, 0.9, 1.1, "b", 2.0, 1.9, 2.1, "c", 2.05, 1.95, 2.15));
        assertEquals(List.of("c", "b"), r.topGroup().stream().map(Ranking.Entry::name).toList(), "b and c overlap");
        assertEquals(List.of("a"), r.bottomGroup().stream().map(Ranking.Entry::name).toList());
        assertEquals("Profit: a lowest", r.words("Profit", "highest", "lowest"), "two of three together on top: "
                + "the one apart is named");
        assertEquals("Profit: c highest, a lowest", Ranking.of(of("a", 1.0, 0.9, 1.1, "b", 2.0, 1.9, 2.1, "c",
                3.0, 2.9, 3.1)).words("Profit", "highest", "lowest"));
    }

    @Test
    void fourArmsInTwoPairsNameBothPairs() {
        Ranking r = Ranking.of(of("defensive", 17_500.0, 17_300.0, 17_700.0, "kind", 18_900.0, 18_700.0, 19_100.0,
                "defensive-volatile", 17_100.0, 16_900.0, 17_350.0, "kind-volatile", 18_600.0, 18_400.0, 18_800.0));
        assertEquals("Active: kind and kind-volatile highest, defensive-volatile and defensive lowest",
                r.words("Active", "highest", "lowest"));
    }

    @Test
    void whenMostArmsAreHighestTogetherOnlyTheFewBelowAreNamed() {
        Ranking r = Ranking.of(of("poor", 55.0, 53.0, 57.0, "a", 87.0, 85.0, 89.0, "b", 89.0, 87.5, 90.5, "c", 86.0,
                84.0, 88.0));
        assertEquals("Complaints resolved: poor lowest", r.words("Complaints resolved", "highest", "lowest"));
    }

    @Test
    void aChainOfOverlapsJoinsArmsWhoseOwnIntervalsDoNotMeet() {
        Ranking r = Ranking.of(of("a", 1.0, 0.8, 1.2, "b", 1.3, 1.1, 1.5, "c", 1.6, 1.4, 1.8));
        assertTrue(r.topGroup().isEmpty(), "a reaches b, b reaches c: one group, nothing apart");
    }

    @Test
    void overlappingIntervalsAreNoClearDifferenceAndMissingMeansAreLeftOut() {
        Ranking r = Ranking.of(of("a", 1.0, 0.5, 1.5, "b", 1.2, 0.7, 1.7, "c", Double.NaN, Double.NaN, Double.NaN));
        assertEquals(2, r.entries().size());
        assertEquals("Loyalty: no clear difference", r.words("Loyalty", "highest", "lowest"));
    }
}

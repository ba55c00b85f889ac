package org.loyaltylab.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.loyaltylab.analysis.GapVerdict.Kind;
import org.loyaltylab.analysis.GapVerdict.Side;

/** The words a recovery chart's title says, from gaps made by hand. */
class GapVerdictTest {
    private static final String RECOVERED = "Recovered customers";
    private static final String NEVER = "never-failed ones";
    private static final String AFTER = "days after the failure";

    /** @return points at days 7, 14, ... from gap intervals {low, high} */
    private static List<GapVerdict.Point> gaps(double[]... intervals) {
        List<GapVerdict.Point> points = new ArrayList<>();
        for (int i = 0; i < intervals.length; i++) {
            points.add(new GapVerdict.Point(7 * (i + 1), Side.ofGap(intervals[i][0], intervals[i][1])));
        }
        return points;
    }

    @Test
    void aGapWhollyBelowZeroEverywhereIsNoParadox() {
        GapVerdict v = GapVerdict.of(gaps(new double[] {-0.05, -0.01}, new double[] {-0.08, -0.02}));
        assertEquals(Kind.ALWAYS_BELOW, v.kind());
        assertEquals("Recovered customers stay below never-failed ones: no paradox here", v.words(RECOVERED, NEVER,
                AFTER));
    }

    @Test
    void aGapAboveZeroForTheFirstWeeksSaysForHowLong() {
        GapVerdict v = GapVerdict.of(gaps(new double[] {0.01, 0.05}, new double[] {0.001, 0.03},
                new double[] {-0.01, 0.02}, new double[] {0.02, 0.04}));
        assertEquals(Kind.SOMETIMES_ABOVE, v.kind());
        assertEquals(7, v.from());
        assertEquals(14, v.to(), "the first run of points above ends at day 14; day 28 is a second run");
        assertEquals("Recovered customers are above never-failed ones from 7 to 14 days after the failure",
                v.words(RECOVERED, NEVER, AFTER));
    }

    @Test
    void intervalsThatReachZeroAreNeitherAboveNorBelow() {
        assertEquals(Side.UNCLEAR, Side.ofGap(0, 0.1));
        assertEquals(Side.UNCLEAR, Side.ofGap(-0.1, 0));
        assertEquals(Side.UNCLEAR, Side.ofBands(0.5, 0.6, 0.59, 0.7), "bands that overlap");
        assertEquals(Side.BELOW, Side.ofBands(0.5, 0.6, 0.61, 0.7));
        assertEquals(Side.ABOVE, Side.ofBands(0.71, 0.8, 0.61, 0.7));
        GapVerdict mixed = GapVerdict.of(gaps(new double[] {-0.05, 0.01}, new double[] {-0.05, -0.01}));
        assertEquals(Kind.NEVER_ABOVE, mixed.kind());
        assertEquals(Kind.NO_CLEAR_DIFFERENCE, GapVerdict.of(gaps(new double[] {-0.05, 0.01})).kind());
        assertEquals(Kind.NO_DATA, GapVerdict.of(List.of()).kind());
    }

    @Test
    void aSummaryOfArmsNamesHowManyHoldTheParadoxAndTheLongest() {
        Map<String, GapVerdict> arms = new LinkedHashMap<>();
        arms.put("poor", GapVerdict.of(gaps(new double[] {-0.05, -0.01})));
        arms.put("excellent", GapVerdict.of(gaps(new double[] {0.01, 0.05}, new double[] {0.01, 0.03},
                new double[] {-0.01, 0.02})));
        arms.put("standard", GapVerdict.of(gaps(new double[] {0.01, 0.05}, new double[] {-0.01, 0.03})));
        assertEquals("Recovered customers are above never-failed ones in 2 of 3 arms; longest in excellent, from 7 "
                + "to 14 days after the failure", GapVerdict.summary(RECOVERED, NEVER, AFTER, arms));
        arms.remove("excellent");
        arms.remove("standard");
        arms.put("kind", GapVerdict.of(gaps(new double[] {-0.05, -0.01})));
        assertEquals("Recovered customers stay below never-failed ones in every arm: no paradox here",
                GapVerdict.summary(RECOVERED, NEVER, AFTER, arms));
    }
}

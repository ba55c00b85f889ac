package org.loyaltylab.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.loyaltylab.stats.ConfidenceInterval;

/** Per-arm series across replications, against means and intervals worked out by hand. */
class ArmSeriesTest {
    /** t(0.975) with one degree of freedom. */
    private static final double T1 = 12.706204736174698;
    private static final double NA = Double.NaN;

    private static Run run(String arm, double[] days, double[] x) {
        return new Run(arm, days, Map.of("x", x));
    }

    private static final ArmSeries SERIES = new ArmSeries(List.of(
            run("b", new double[] {0, 7, 14, 21, 28}, new double[] {5, 5, 5, 5, 5}),
            run("a", new double[] {0, 7, 14}, new double[] {1, 2, 3}),
            run("a", new double[] {0, 7, 14}, new double[] {3, 4, NA})));

    @Test
    void armsKeepTheirOrderAndCountTheirRuns() {
        assertEquals(List.of("b", "a"), SERIES.arms());
        assertEquals(2, SERIES.replications("a"));
        assertEquals(0, SERIES.replications("c"));
        assertEquals(0, SERIES.firstDay());
        assertEquals(28, SERIES.horizon());
        assertArrayEquals(new double[] {3, NA}, SERIES.finalValues("a", "x"));
    }

    @Test
    void levelsAreStudentTIntervalsAcrossReplicationsPerDay() {
        TreeMap<Double, ConfidenceInterval> a = SERIES.levels("x").get("a");
        assertEquals(List.of(0.0, 7.0, 14.0), List.copyOf(a.keySet()));
        // day 0: {1, 3}: mean 2, sd sqrt(2), half-width t x sqrt(2) / sqrt(2)
        assertEquals(2, a.get(0.0).mean(), 1e-12);
        assertEquals(2 - T1, a.get(0.0).lower(), 1e-9);
        assertEquals(2 + T1, a.get(0.0).upper(), 1e-9);
        assertEquals(3, a.get(7.0).mean(), 1e-12);
        // day 14: one replication left, no interval
        assertEquals(1, a.get(14.0).n());
        assertTrue(Double.isNaN(a.get(14.0).lower()));
    }

    @Test
    void windowsArePlacedOnTheirLastDayAndTheFirstRowsHaveNone() {
        Map<String, TreeMap<Double, ConfidenceInterval>> diff = SERIES.windows(2,
                (r, from, to) -> r.value("x", to) - r.value("x", from));
        assertEquals(List.of(14.0, 21.0, 28.0), List.copyOf(diff.get("b").keySet()));
        assertEquals(0, diff.get("b").get(21.0).mean());
        // arm a: 3 - 1 = 2 in one run, NaN in the other (left out)
        assertEquals(List.of(14.0), List.copyOf(diff.get("a").keySet()));
        assertEquals(1, diff.get("a").get(14.0).n());
        assertEquals(2, diff.get("a").get(14.0).mean());
        assertTrue(SERIES.windows(0, (r, from, to) -> NA).isEmpty(), "arms without values are left out");
    }

    @Test
    void aFourWeekWindowIsTwentyEightDaysOfTheMedianIntervalWithinAThirdOfTheShortestRun() {
        double[] weeks = IntStream.range(0, 13).mapToDouble(i -> 7 * i).toArray();
        ArmSeries weekly = new ArmSeries(List.of(run("a", weeks, new double[13])));
        assertEquals(4, weekly.fourWeekWindow());
        assertEquals(28, weekly.windowDays(4));
        // the runs of SERIES have 3 and 5 rows: a third of the shortest's 2 intervals rounds to 0, so 1
        assertEquals(1, SERIES.fourWeekWindow());
        // gaps 7, 7, 1: the median is 7
        ArmSeries uneven = new ArmSeries(List.of(run("a", new double[] {0, 7, 14, 15}, new double[4])));
        assertEquals(7, uneven.windowDays(1));
    }
}

package org.loyaltylab.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.loyaltylab.model.CustomerScheduling;

/**
 * How {@link Benchmark} counts its rounds and pairs each with a round of empty MASON events: the
 * number of rounds follows {@link Benchmark.Timing}, one ratio per round, the reported ratio their
 * median. No timing is asserted.
 */
class BenchmarkRoundsTest {
    @Test
    void theMinimumIsTimedWhenNoSecondsAreAskedFor() {
        Benchmark.Result r = Benchmark.run(500, 10, 3, CustomerScheduling.CALENDAR, new Benchmark.Timing(0, 5, 0));
        assertEquals(5, r.rounds());
        assertEquals(5, r.roundRatios().size());
        double[] sorted = r.roundRatios().stream().mapToDouble(Double::doubleValue).sorted().toArray();
        assertEquals(sorted[2], r.ratioToBareMason());
        assertTrue(r.bareMasonNs() > 0 && r.cpuRatioToBareMason() > 0);
    }

    @Test
    void shortRoundsAreRepeatedUntilTheSecondsAreTimedButNeverBeyondTheMaximum() {
        Benchmark.Result r = Benchmark.run(500, 10, 3, CustomerScheduling.CALENDAR, new Benchmark.Timing(0, 1, 3600));
        assertEquals(Benchmark.ROUNDS_MAX, r.rounds());
    }

    @Test
    void timingsOutOfRangeAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Benchmark.Timing(0, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new Benchmark.Timing(0, Benchmark.ROUNDS_MAX + 1, 1));
        assertThrows(IllegalArgumentException.class, () -> new Benchmark.Timing(-1, 3, 1));
        assertThrows(IllegalArgumentException.class, () -> new Benchmark.Timing(0, 3, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> BareMasonBenchmark.prepare(0, 1));
    }
}

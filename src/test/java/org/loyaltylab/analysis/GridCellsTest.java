package org.loyaltylab.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.loyaltylab.stats.ConfidenceInterval;
import org.loyaltylab.sweep.Factor;
import org.loyaltylab.sweep.SweepStore;

/** Cells of a 2 x 2 grid sweep, against means and paired differences worked out by hand. */
class GridCellsTest {
    private static final Factor X = new Factor("x", 0, 1, 2, List.of(), false);
    private static final Factor Y = new Factor("y", 0, 1, 2, List.of(), false);
    /** Points 0..3 at (0, 0), (1, 0), (0, 1), (1, 1); point 3 has no runs. */
    private static final List<Map<String, Object>> POINTS = List.of(Map.of("x", 0.0, "y", 0.0),
            Map.of("x", 1.0, "y", 0.0), Map.of("x", 0.0, "y", 1.0), Map.of("x", 1.0, "y", 1.0));

    private static SweepStore.Row row(int point, int arm, int replication, double value) {
        return new SweepStore.Row(point, arm, replication, 0, new double[] {-1, value});
    }

    private static final List<SweepStore.Row> ROWS = List.of(
            row(0, 0, 0, 10), row(0, 0, 1, 20), row(0, 1, 0, 13), row(0, 1, 1, 27),
            row(1, 0, 0, 5), row(1, 1, 0, 4), row(1, 1, 1, 100),
            row(2, 0, 0, 1), row(2, 0, 1, 2), row(2, 0, 2, 6));

    @Test
    void eachCellIsTheMeanOverItsReplications() {
        ConfidenceInterval[][] cells = GridCells.intervals(POINTS, ROWS, X, Y, 1, 0, -1);
        assertEquals(15, cells[0][0].mean(), 1e-12);
        assertEquals(5, cells[1][0].mean(), 1e-12);
        assertEquals(3, cells[0][1].mean(), 1e-12);
        assertTrue(Double.isNaN(cells[1][1].mean()), "a cell without runs is NaN");
        assertEquals(52, GridCells.intervals(POINTS, ROWS, X, Y, 1, 1, -1)[1][0].mean(), 1e-12);
    }

    @Test
    void differencesArePairedByPointAndReplication() {
        ConfidenceInterval[][] diff = GridCells.intervals(POINTS, ROWS, X, Y, 1, 1, 0);
        // (13 - 10 + 27 - 20) / 2
        assertEquals(5, diff[0][0].mean(), 1e-12);
        // replication 1 of point 1 has no baseline run: only 4 - 5
        assertEquals(-1, diff[1][0].mean(), 1e-12);
        assertTrue(Double.isNaN(diff[0][1].mean()), "no run of the arm, no difference");
    }

    @Test
    void eachCellHasTheStudentTIntervalOfItsRuns() {
        // cell (0, 0) of arm 0: runs 10 and 20, mean 15, s = 7.071, t(1) = 12.706: half-width 12.706 * 7.071 / sqrt 2
        ConfidenceInterval[][] ci = GridCells.intervals(POINTS, ROWS, X, Y, 1, 0, -1);
        assertEquals(15, ci[0][0].mean(), 1e-12);
        assertEquals(12.7062047 * Math.sqrt(50) / Math.sqrt(2), ci[0][0].halfWidth(), 1e-6);
        assertTrue(Double.isNaN(ci[1][0].halfWidth()), "one run: no interval");
        // paired differences of cell (0, 0): 3 and 7, mean 5, s = 2.828
        assertEquals(12.7062047 * Math.sqrt(8) / Math.sqrt(2), GridCells.intervals(POINTS, ROWS, X, Y, 1, 1, 0)[0][0]
                .halfWidth(), 1e-6);
    }
}

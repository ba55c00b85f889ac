package org.loyaltylab.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.loyaltylab.experiment.Contrast;
import org.loyaltylab.model.metric.Metric;
import org.loyaltylab.model.metric.MetricValues;
import org.loyaltylab.model.metric.SummaryMetrics;

/** A declared contrast across worlds: its per-world value and its finding, computed by hand. */
class WorldContrastsTest {
    private static final List<String> ARMS = List.of("d", "k", "dv", "kv");
    private static final Contrast GAP = new Contrast("gap-widens", "kv", "dv", "k", "d");

    /** Two worlds, two replications; retention of arm a in world w, replication r is given by hand. */
    private static WorldResults worlds() {
        double[][][] retention = {
            {{0.80, 0.82}, {0.84, 0.86}, {0.70, 0.72}, {0.78, 0.80}},
            {{0.80, 0.80}, {0.83, 0.83}, {0.70, 0.70}, {0.72, 0.72}},
        };
        List<WorldRun> runs = new ArrayList<>();
        for (int w = 0; w < 2; w++) {
            for (int a = 0; a < ARMS.size(); a++) {
                for (int r = 0; r < 2; r++) {
                    MetricValues.Builder summary = MetricValues.of(SummaryMetrics.ALL);
                    for (Metric m : SummaryMetrics.ALL.all()) {
                        summary.put(m, m == SummaryMetrics.RETENTION ? retention[w][a][r] : 0);
                    }
                    runs.add(new WorldRun(w, ARMS.get(a), a, r + 1, 7, summary.build(), 0));
                }
            }
        }
        return new WorldResults(List.of("x"), new double[][] {{0.1}, {0.9}}, runs);
    }

    @Test
    void anInteractionIsTheDifferenceOfTheTwoGapsOfReplicationMeansInEachWorld() {
        WorldResults worlds = worlds();
        assertArrayEquals(new double[] {0.04, 0.03}, worlds.gains(Contrast.pair("k", "d"), SummaryMetrics.RETENTION),
                1e-12);
        assertArrayEquals(new double[] {0.08 - 0.04, 0.02 - 0.03}, worlds.gains(GAP, SummaryMetrics.RETENTION),
                1e-12, "(kv - dv) - (k - d)");
    }

    @Test
    void theFindingOfAnInteractionSaysInHowManyWorldsTheGapWidens() {
        WorldResults worlds = worlds();
        Robustness r = Robustness.of(GAP, SummaryMetrics.RETENTION, worlds.gains(GAP, SummaryMetrics.RETENTION));
        Scenario where = Scenario.of(worlds, GAP, SummaryMetrics.RETENTION);
        String s = WorldFindings.sentences(List.of(r), List.of(where), "EUR").get(0);
        assertTrue(s.startsWith("The gap kv - dv is wider than the gap k - d on retention in 1 of 2 plausible worlds "
                + "(50 %, 95 % CI 9 to 91 %); median difference +1.5 points"), s);
        assertTrue(s.contains("It narrows in 1 world(s); worst case -1.0 points."), s);
    }
}

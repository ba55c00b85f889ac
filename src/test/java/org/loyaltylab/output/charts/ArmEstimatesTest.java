package org.loyaltylab.output.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.loyaltylab.model.metric.SummaryMetrics.PROFIT;
import static org.loyaltylab.model.metric.SummaryMetrics.RETENTION;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.math3.distribution.TDistribution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An arm's estimate of a metric: summary.csv's replications first, else comparison.csv's row. */
class ArmEstimatesTest {
    @TempDir
    Path tmp;

    private Table table(String name, String csv) throws IOException {
        return Table.readIfPresent(Files.writeString(tmp.resolve(name), csv));
    }

    @Test
    void summaryRowsGiveTheStudentTIntervalOfTheReplications() throws IOException {
        ArmEstimates e = new ArmEstimates(table("summary.csv", "arm,replication,profit\nkind,1,1\nkind,2,2\n"
                + "kind,3,3\ndefensive,1,10\n"), null);
        double half = new TDistribution(2).inverseCumulativeProbability(0.975) / Math.sqrt(3);
        Band kind = e.of("kind", PROFIT);
        assertEquals(3, kind.n());
        assertEquals(2, kind.mean(), 1e-12);
        assertEquals(2 - half, kind.low(), 1e-12);
        assertEquals(2 + half, kind.high(), 1e-12);
        Band one = e.of("defensive", PROFIT);
        assertEquals(10, one.low(), "one replication: the band collapses onto the mean");
        assertNull(e.of("nobody", PROFIT));
        assertNull(e.of("kind", RETENTION));
    }

    @Test
    void withoutSummaryTheComparisonRowIsUsedAndAMissingBoundCollapsesOntoTheMean() throws IOException {
        Table comparison = table("comparison.csv", "arm,metric,n,mean,ci_low,ci_high\nkind,profit,5,7,6,8\n"
                + "defensive,profit,1,4,,\nlost,profit,0,,,\n");
        ArmEstimates e = new ArmEstimates(null, comparison);
        assertEquals(new Band(7, 6, 8, 5), e.of("kind", PROFIT));
        assertEquals(new Band(4, 4, 4, 1), e.of("defensive", PROFIT));
        assertNull(e.of("lost", PROFIT), "no mean, no estimate");
        assertEquals("5", e.comparisonRow("kind", PROFIT).get("n"));
        assertTrue(new ArmEstimates(null, null).isEmpty());
    }
}

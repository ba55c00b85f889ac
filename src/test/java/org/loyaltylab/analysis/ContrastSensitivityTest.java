package org.loyaltylab.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.loyaltylab.experiment.Contrast;
import org.loyaltylab.model.metric.SummaryMetrics;
import org.loyaltylab.stats.SobolIndices;

class ContrastSensitivityTest {
    private static SobolIndices.Index total(double t) {
        return new SobolIndices.Index(0, 0, 0, t, t, t);
    }

    @Test
    void largestTotalsAreTheLargestFirstWithoutNaNsAndAtMostTheCountAsked() {
        ContrastSensitivity c = new ContrastSensitivity(Contrast.pair("kind", "defensive"), SummaryMetrics.RETENTION,
                List.of("a", "b", "c", "d", "e"), List.of(total(0.1), total(Double.NaN), total(0.7), total(0.3),
                        total(0.3)));
        assertEquals(List.of(2, 3, 4), c.largestTotals(3), "0.7, then the tie 0.3 and 0.3 in column order");
        assertEquals(List.of(2, 3, 4, 0), c.largestTotals(10), "the NaN is left out");
        assertEquals(List.of(), c.largestTotals(0));
    }
}

package org.loyaltylab.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.loyaltylab.experiment.RunResult;
import org.loyaltylab.experiment.SingleRun;
import org.loyaltylab.model.param.Parameters;
import org.junit.jupiter.api.Test;

/** The metrics a sweep may collect are exactly the numeric figures of a run's summary. */
class SweepMetricsTest {
    @Test
    void allowedMetricsAreTheSummaryFigures() {
        RunResult r = SingleRun.run("a", 0, Parameters.defaults().with("customers.initial_count", 200), 1, 1, 20, false);
        assertEquals(new ArrayList<>(r.summary().keySet()), List.copyOf(SweepMetrics.ALLOWED));
    }
}

package org.loyaltylab.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.loyaltylab.model.Observation;
import org.loyaltylab.model.metric.Aggregation;
import org.loyaltylab.model.metric.Kind;
import org.loyaltylab.model.metric.Metric;
import org.loyaltylab.model.metric.SeriesMetrics;
import org.loyaltylab.model.metric.SummaryMetrics;
import org.loyaltylab.model.param.Parameters;
import org.loyaltylab.output.ExperimentTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run fills every figure of the registry, its tables have exactly the registry's columns in
 * its order, and each summary figure follows from its time series as the registry's
 * aggregation says.
 */
class RunFiguresTest {
    private static final RunResult RUN = SingleRun.run("a", 0,
            Parameters.defaults().with("customers.initial_count", 2000).with("contact_centre.agents", 1), 1, 5, 100,
            false);

    @Test
    void tablesHaveExactlyTheRegistrysColumnsInItsOrder(@TempDir Path dir) throws IOException {
        ExperimentTables.write(dir, List.of(RUN), false);
        assertEquals("arm,replication,day," + String.join(",", SeriesMetrics.ALL.keys()), header(dir, "timeseries.csv"));
        assertEquals("arm,replication,seed," + String.join(",", SummaryMetrics.ALL.keys()), header(dir, "summary.csv"));
    }

    @Test
    void summaryFiguresFollowFromTheTimeSeriesByTheirAggregation() {
        List<Observation> obs = RUN.observations();
        int checked = 0;
        for (Metric s : SummaryMetrics.ALL.all()) {
            Optional<Metric> twin = seriesTwin(s.key());
            if (twin.isEmpty() || twin.get().aggregation() == Aggregation.RATIO) {
                continue;
            }
            Metric t = twin.get();
            double expected = t.aggregation() == Aggregation.SUM ? obs.stream().mapToDouble(o -> o.get(t)).sum()
                    : obs.get(obs.size() - 1).get(t);
            assertEquals(t.kind() == Kind.LEVEL ? Aggregation.LAST : Aggregation.SUM, s.aggregation(), s.key());
            assertEquals(expected, RUN.summary().get(s), 1e-9 * Math.max(1, Math.abs(expected)), s.key());
            checked++;
        }
        assertTrue(checked >= 30, "checked " + checked);
        double stress = obs.stream().mapToDouble(o -> o.get(SeriesMetrics.AGENT_STRESS_MEAN))
                .filter(v -> !Double.isNaN(v)).average().orElseThrow();
        assertEquals(stress, RUN.summary().get(SummaryMetrics.AGENT_STRESS_AVG), 1e-12, "mean over observations");
    }

    /** @return the time-series column of the same figure: same key, or the key with _total or _cum */
    private static Optional<Metric> seriesTwin(String key) {
        return Stream.of("", "_total", "_cum").map(suffix -> SeriesMetrics.ALL.find(key + suffix))
                .flatMap(Optional::stream).findFirst();
    }

    private static String header(Path dir, String file) throws IOException {
        try (var lines = Files.lines(dir.resolve(file))) {
            return lines.findFirst().orElseThrow();
        }
    }
}

package org.loyaltylab.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.loyaltylab.model.metric.SeriesMetrics;
import org.loyaltylab.model.metric.SummaryMetrics;
import org.junit.jupiter.api.Test;
import org.loyaltylab.testing.EmbeddedText;

/** README.md's column tables are exactly the ones generated from the metric registry. */
class MetricDocsTest {
    @Test
    void readmeEmbedsTheGeneratedColumnTables() throws IOException {
        assertEquals(MetricDocs.render(DocFormat.MARKDOWN), EmbeddedText.between(Path.of("README.md"), "metrics"),
                "regenerate with: scripts/regen-docs.sh");
    }

    @Test
    void theCsvHasOneRowPerColumnOfEachTable() {
        String[] lines = MetricDocs.render(DocFormat.CSV).split("\n");
        assertEquals(1 + SeriesMetrics.ALL.size() + SummaryMetrics.ALL.size(), lines.length);
        assertTrue(lines[1].startsWith("timeseries.csv,active_customers,customers,level,last,"), lines[1]);
        assertTrue(lines[lines.length - 1].startsWith("summary.csv,cost_acquisition,currency,cumulative,sum,"),
                lines[lines.length - 1]);
    }
}

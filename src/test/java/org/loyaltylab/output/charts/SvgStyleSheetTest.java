package org.loyaltylab.output.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loyaltylab.output.charts.experiment.ExperimentCharts;
import org.loyaltylab.testing.Slow;

/** Inline styles become one class per distinct style; the root element is left alone. */
@Slow
class SvgStyleSheetTest {
    @Test
    void eachDistinctStyleBecomesOneClass() {
        String svg = "<svg style='display:block'><g><text style='fill: red; font-size: 9px;'>a</text>"
                + "<path style='stroke:blue' d='M0,0L1,1'/><text style='fill: red; font-size: 9px;'>b</text></g></svg>";
        String out = SvgStyleSheet.compact(svg, "chart-");
        assertEquals("<svg style='display:block'><style>.chart-s0{fill: red; font-size: 9px;}"
                + ".chart-s1{stroke:blue}</style><g><text class='chart-s0'>a</text>"
                + "<path class='chart-s1' d='M0,0L1,1'/><text class='chart-s0'>b</text></g></svg>", out);
    }

    @Test
    void aDrawnChartHasFarFewerClassesThanStyledElements(@TempDir Path tmp) throws IOException {
        Path dir = SyntheticResults.write(tmp);
        for (ExperimentCharts.Drawn d : new ExperimentCharts(dir, List.of("defensive", "kind")).drawAll(1)) {
            String svg = ChartExport.svg(d.figure(), d.name(), true);
            String body = svg.substring(svg.indexOf('>'));
            assertFalse(body.contains("style='"), d.name() + " keeps an inline style");
            long classes = body.split("\\{", -1).length - 1;
            long styled = body.split("class='", -1).length - 1;
            assertTrue(classes * 3 < styled, d.name() + ": " + classes + " classes for " + styled + " elements");
        }
    }
}

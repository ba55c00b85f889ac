package org.loyaltylab.output.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sweep report warns wherever it shows a standardised regression coefficient whose linear fit explains little. */
class SweepReportTest {

    @Test
    void warnsOfEveryFitWithRSquaredBelowOneHalfAndOnlyOfThose(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("sensitivity.csv"), String.join("\n",
                "arm,metric,factor,method,estimate,ci_low,ci_high,r_squared",
                "defaults,retention,agents.empathy_mean,src,0.12,,,0.02",
                "defaults,retention,agents.training_level_basic,src,0.05,,,0.02",
                "defaults,profit,agents.empathy_mean,src,0.93,,,0.91",
                "defaults,agents_quit,agents.empathy_mean,src,,,,", ""));
        ShortReport report = new ShortReport(dir, "Parameter sweep", "s", "q");
        SweepReport.sensitivity(dir, report);
        report.write();
        String html = Files.readString(dir.resolve("report.html"));
        assertTrue(html.contains("The linear fit explains little (R\u00b2 below 0.5) for retention under defaults "
                + "(R\u00b2 = 0.0200)"), html);
        assertFalse(html.contains("profit under defaults (R\u00b2"), "a good fit is not warned of");
        assertTrue(html.contains("0.0200 \u26a0 explains little"), "the table marks the weak fit beside its SRC");
        assertTrue(html.contains("No coefficient for agents_quit under defaults: the figure is the same at every point"));
    }
}

package org.loyaltylab.output.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loyaltylab.output.charts.Table;

/** The executive summary answers each declared contrast in one sentence, with money and what it rests on. */
class ExecutiveSummaryTest {
    @Test
    void eachContrastIsAnsweredWithItsIntervalsMoneyPaybackAndAssumptions(@TempDir Path tmp) throws IOException {
        Files.writeString(tmp.resolve("comparison.csv"), String.join("\n",
                "arm,metric,n,diff_mean,diff_ci_low,diff_ci_high,contrast,contrast_definition",
                "kind,active_customers,10,1052.4,1010.2,1094.6,kind-vs-defensive,kind - defensive",
                ",active_customers,10,1052.4,1010.2,1094.6,kind-pays,kind - defensive",
                ",profit,10,238040,228900,247180,kind-pays,kind - defensive",
                ",active_customers,10,12,-30,54,gap,(kind-v - defensive-v) - (kind - defensive)",
                ",profit,10,77000,50000,104000,gap,(kind-v - defensive-v) - (kind - defensive)", ""));
        Files.writeString(tmp.resolve("roi.csv"), String.join("\n",
                "arm,against,n,roi,roi_ci_low,roi_ci_high,break_even_day,break_even_day_mean",
                "training,defensive,10,25.34,24.12,26.41,56,49", "kind,defensive,10,,,,14,14", ""));
        ReportContext ctx = new ReportContext("x", "", List.of(new ReportContext.Arm("kind", "",
                Map.of("policies.handling", "kind", "market.natural_churn_per_year", 0.1, "customers.initial_count", 8000))),
                List.of(), "", 1, "", 730, 10);
        StringBuilder b = new StringBuilder();
        new ExecutiveSummary(Table.readIfPresent(tmp.resolve("comparison.csv")), Table.readIfPresent(
                tmp.resolve("roi.csv")), ctx, "EUR", Map.of("derived", List.of(Map.of("parameter",
                "customers.initial_count")))).html(b);
        String html = b.toString();
        for (String s : List.of("kind-pays (kind - defensive): better: +1,052 (95 % CI +1,010 to +1,095) customers "
                        + "and +238.0 k EUR (95 % CI +228.9 k to +247.2 k) profit after 730 days.",
                "gap ((kind-v - defensive-v) - (kind - defensive)): the first gap is wider in profit:",
                "training against defensive: each unit of extra spending (EUR) returns 25.3 (95 % CI 24.1 to 26.4) in "
                        + "extra profit; it has paid for itself (95 % lower bound above zero) from day 56 on.",
                "kind spends no more than defensive", "tagged as assumptions (no published figure): market.natural_churn_per_year.",
                "simulation noise only", "Money is in EUR.")) {
            assertTrue(html.contains(s), () -> s + " in " + html);
        }
        assertTrue(!html.contains("kind-vs-defensive"), "declared contrasts only");
        assertTrue(!html.contains("customers.initial_count"), "a parameter the centre derives is not an assumption");
    }
}

package org.loyaltylab.output.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loyaltylab.output.charts.experiment.ExperimentCharts;

/** The replications chart shows every replication and names the arm whose replications split into two groups. */
class ReplicationsChartTest {

    @Test
    void titleNamesABurnoutSpiralInTwoOfTenReplications(@TempDir Path tmp) throws IOException {
        Path dir = SyntheticResults.write(tmp.resolve("r"), List.of("defensive", "kind"), 10, 28, false);
        ExperimentCharts.Drawn calm = drawn(dir);
        assertTrue(calm.title().startsWith("Each replication's result: no arm"), calm.title());
        Path summary = dir.resolve("summary.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(summary));
        int quit = Arrays.asList(lines.get(0).split(",")).indexOf("agents_quit");
        for (int i = 1; i < lines.size(); i++) {
            String[] cells = lines.get(i).split(",", -1);
            cells[quit] = cells[0].equals("kind") && (cells[1].equals("4") || cells[1].equals("9")) ? "6" : "0";
            lines.set(i, String.join(",", cells));
        }
        Files.write(summary, lines);
        ExperimentCharts.Drawn split = drawn(dir);
        assertEquals("Replications split into two groups: kind (2 of 10 in agents who quit)", split.title());
        assertEquals(4, split.parts().panels().size());
    }

    private static ExperimentCharts.Drawn drawn(Path dir) throws IOException {
        return new ExperimentCharts(dir).charts().stream().filter(d -> d.name().equals("replications")).findFirst()
                .orElseThrow();
    }
}

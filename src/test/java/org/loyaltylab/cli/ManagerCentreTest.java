package org.loyaltylab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loyaltylab.testing.Slow;
import org.loyaltylab.testing.TinyExperiment;

/**
 * The ready manager's experiment (experiments/my-centre.yaml) end to end on a shorter horizon: the
 * derivation printed and in run.json, a base kept steady, money in euros in every table, and the
 * report's executive summary, declared contrasts and return on spending; and validate's scale warnings.
 */
@Slow
class ManagerCentreTest {
    @Test
    void myCentreRunsWithItsDerivationASteadyBaseAndMoneyInEuros(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("out");
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(0, RunCommandTest.run(stdout, err, "run", "experiments/my-centre.yaml", "--days", "365",
                "--replications", "2", "--no-failures", "--out", out.toString()), err::toString);
        String printed = stdout.toString();
        for (String line : List.of("customers.initial_count = 8000  (the customers you serve)",
                "customers.inquiry_rate = 0.02  (contacts a day / customers = 160 / 8,000",
                "economics.agent_wage_per_day = 528.0  (wage per hour x 24", "market.marketing_acquisitions_per_day = ",
                "customers.value_median = ", "profit ")) {
            assertTrue(printed.contains(line), () -> line + " in: " + printed);
        }
        Matcher steady = Pattern.compile("stays within ([0-9.]+) % of the centre's 8,000 customers").matcher(printed);
        assertTrue(steady.find(), printed);
        assertTrue(Double.parseDouble(steady.group(1)) < 5, "the base stays within 5 %: " + steady.group());
        String manifest = Files.readString(out.resolve("run.json"));
        assertTrue(manifest.contains("\"centre\"") && manifest.contains("\"parameter\": \"market.marketing_acquisitions_per_day\""),
                manifest);
        List<String> roi = Files.readAllLines(out.resolve("roi.csv"));
        assertEquals(6, roi.size(), "a row per policy arm, then per declared pair not against the baseline");
        assertTrue(roi.get(4).startsWith("kind-empathy-training,kind,2,"), roi.get(4));
        assertTrue(roi.get(1).startsWith("kind,defensive,2,") && roi.get(1).endsWith(",EUR"), roi.get(1));
        assertTrue(Files.readAllLines(out.resolve("comparison.csv")).stream()
                .anyMatch(l -> l.startsWith("kind,profit,") && l.endsWith(",EUR")));
        String report = Files.readString(out.resolve("report.html"));
        assertTrue(report.indexOf("Executive summary") < report.indexOf("The arms and what differs"), "summary first");
        for (String text : List.of("kind-pays (kind - defensive): ", "The contrasts this experiment asks",
                "training-on-top", "Return on spending and break-even", "Profit (thousand EUR)",
                "The intervals cover simulation noise only")) {
            assertTrue(report.contains(text), text);
        }
    }

    @Test
    void validateWarnsOfScaleLeftAtTheDefaultsButPasses(@TempDir Path tmp) throws IOException {
        Path file = tmp.resolve("small.yaml");
        Files.writeString(file, TinyExperiment.yaml("small", "x", 30, 1, 1, 8000, "6"));
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(0, RunCommandTest.run(stdout, err, "validate", file.toString()), err::toString);
        assertTrue(stdout.toString().contains("warning: " + file + ": market.marketing_acquisitions_per_day = 6 is "
                + "27.4 % of the base a year with 8,000 customers"), stdout::toString);
        assertEquals(0, RunCommandTest.run(stdout, err, "run", file.toString(), "--no-charts", "--out",
                tmp.resolve("o").toString()), err::toString);
        assertTrue(stdout.toString().contains("warning: market.marketing_acquisitions_per_day = 6"), stdout::toString);
    }
}

package org.loyaltylab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * {@code bench --json} and {@code bench --naive --json} on a tiny workload: the keys and how they
 * relate (the JSON keeps 7 significant digits; no timing is asserted). The ratio to the empty
 * MASON event is the median of the rounds' own ratios, not the ratio of the two medians.
 */
class BenchCommandTest {
    private static Map<String, Object> lastJsonLine(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = LoyaltyLab.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertEquals(0, exit);
        String[] lines = out.toString(StandardCharsets.UTF_8).trim().split("\n");
        return new Yaml().load(lines[lines.length - 1]);
    }

    private static double number(Map<String, Object> json, String key) {
        assertTrue(json.containsKey(key), key);
        return ((Number) json.get(key)).doubleValue();
    }

    private static void assertPositiveFinite(double x, String what) {
        assertTrue(x > 0 && x < Double.POSITIVE_INFINITY, what + " = " + x);
    }

    @Test
    void jsonCarriesTheCostOfAnEventAndTheEmptyMasonEventItIsComparedWith() {
        Map<String, Object> j = lastJsonLine("bench", "--customers", "2000", "--days", "30", "--warm-up", "0", "--json");
        double ns = number(j, "ns_per_event");
        double bare = number(j, "bare_mason_ns_per_event");
        assertPositiveFinite(ns, "ns_per_event");
        assertPositiveFinite(bare, "bare_mason_ns_per_event");
        assertPositiveFinite(number(j, "cpu_s"), "cpu_s");
        assertPositiveFinite(number(j, "cpu_ratio_to_bare_mason"), "cpu_ratio_to_bare_mason");
        List<Double> rounds = ((List<?>) j.get("round_ratios_to_bare_mason")).stream()
                .map(x -> ((Number) x).doubleValue()).sorted().toList();
        assertEquals(number(j, "rounds"), rounds.size());
        assertTrue(rounds.size() >= 3 && rounds.size() <= 30, "rounds: " + rounds.size());
        rounds.forEach(x -> assertPositiveFinite(x, "a round's ratio"));
        double median = rounds.size() % 2 == 1 ? rounds.get(rounds.size() / 2)
                : (rounds.get(rounds.size() / 2 - 1) + rounds.get(rounds.size() / 2)) / 2;
        assertEquals(median, number(j, "ratio_to_bare_mason"), 1e-5 * median, "the median of the rounds' ratios");
        assertEquals(number(j, "wall_s") * 1e9 / number(j, "events"), ns, 1e-5 * ns);
        assertTrue(number(j, "pending_events_max") >= 1);
        assertPositiveFinite(number(j, "setup_s"), "setup_s");
    }

    @Test
    void naiveBenchProcessesTheSameCustomerEventsWithEveryCustomerOnMasonsSchedule() {
        Map<String, Object> j = lastJsonLine("bench", "--customers", "2000", "--days", "30", "--warm-up", "0", "--naive", "--json");
        assertEquals(number(j, "events"), number(j, "naive_events"));
        assertTrue(number(j, "events") > 2000);
        assertTrue(number(j, "naive_pending_events_max") > 10 * number(j, "pending_events_max"));
        assertEquals(number(j, "naive_ns_per_event") / number(j, "ns_per_event"), number(j, "naive_ratio"), 1e-5 * number(j, "naive_ratio"));
        assertPositiveFinite(number(j, "naive_peak_heap_mb"), "naive_peak_heap_mb");
    }

    @Test
    void aWarmUpOutsideItsRangeIsRefusedWithExitCode2AndTheOptionNamed() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = LoyaltyLab.run(new String[] {"bench", "--warm-up", "-1"},
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(2, exit);
        String message = err.toString(StandardCharsets.UTF_8);
        assertTrue(message.contains("--warm-up") && !message.contains("Exception"), message);
    }
}

package org.loyaltylab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.loyaltylab.testing.Slow;

/** {@code bench --parallel --json} at a tiny size: every figure is there, and they agree (not timed). */
@Slow
class BenchParallelTest {
    @Test
    void printsTheSweepAndMachineSpeedupsAndTheirRatio() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = LoyaltyLab.run(new String[] {"bench", "--parallel", "--json", "--rounds", "1",
            "--parallel-customers", "200", "--parallel-days", "20", "--parallel-replications", "1"},
                new PrintStream(out), new PrintStream(err));
        assertEquals(0, code, err::toString);
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        String json = lines.get(lines.size() - 1);
        for (String key : List.of("threads", "sweep_runs", "customers", "days", "rounds", "machine_speedup",
                "sweep_speedup", "efficiency", "wall_s")) {
            assertTrue(json.contains("\"" + key + "\": "), key + " in " + json);
        }
        assertTrue(json.contains("\"sweep_runs\": 32,"), json);
        double sweep = number(json, "sweep_speedup");
        double machine = number(json, "machine_speedup");
        assertEquals(sweep / machine, number(json, "efficiency"), 1e-3 * sweep / machine);
        assertTrue(sweep > 0 && machine > 0, json);
        assertEquals(4, lines.stream().filter(l -> l.matches("  (machine|sweep), .* s")).count(), String.join("\n", lines));
    }

    private static double number(String json, String key) {
        int at = json.indexOf("\"" + key + "\": ") + key.length() + 4;
        int end = at;
        while (end < json.length() && "0123456789.eE-+".indexOf(json.charAt(end)) >= 0) {
            end++;
        }
        return Double.parseDouble(json.substring(at, end));
    }
}

package org.loyaltylab.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.loyaltylab.facts.FactsAcrossWorlds.Fact;
import org.loyaltylab.stats.WilsonInterval;
import org.loyaltylab.testing.Slow;

/**
 * The stylized facts across plausible worlds (docs/MODEL.md, section 8): a small held-out Latin
 * hypercube sample must show each fact in a share of worlds consistent with the documented one.
 * Run with {@code -Dfacts.worlds=N} to measure the documented shares afresh on N worlds.
 */
@Slow
class FactsAcrossWorldsTest {
    /** The seed of the documented measurement. */
    private static final long MEASURED_SEED = 20_261_201L;
    /** The seed of the held-out sample, a different hypercube. */
    private static final long HELD_OUT_SEED = 7L;
    private static final FactsAcrossWorlds RUNS = new FactsAcrossWorlds(6_667, 365, 2);

    /** Worlds where each fact held, of {@link #MEASURED_WORLDS}, as docs/MODEL.md gives them. */
    private static final Map<Fact, Integer> MEASURED_HOLDS = Map.of(
            Fact.F1, 59, Fact.F2, 60, Fact.F3, 19, Fact.F4, 8, Fact.F5, 45, Fact.F6, 56);
    private static final int MEASURED_WORLDS = 60;

    /** The held-out worlds: about three seconds each on one core. */
    private static final int HELD_OUT_WORLDS = 12;

    /**
     * Each fact's held-out share must lie in its documented Wilson interval widened by 1.96
     * binomial standard deviations of a {@value #HELD_OUT_WORLDS}-world share at each bound, the
     * spread a held-out sample shows when the true share is at that bound.
     */
    @Test
    void aHeldOutSampleOfWorldsShowsEachFactInTheDocumentedShare() {
        List<List<Fact>> verdicts = RUNS.verdicts(FactsAcrossWorlds.worlds(HELD_OUT_WORLDS, HELD_OUT_SEED), HELD_OUT_SEED);
        Map<Fact, WilsonInterval> heldOut = FactsAcrossWorlds.shares(verdicts);
        for (Fact fact : Fact.values()) {
            WilsonInterval documented = WilsonInterval.of(MEASURED_HOLDS.get(fact), MEASURED_WORLDS, 0.95);
            double low = documented.lower() - 1.96 * spread(documented.lower());
            double high = documented.upper() + 1.96 * spread(documented.upper());
            double share = heldOut.get(fact).share();
            assertTrue(share >= low && share <= high, () -> String.format(Locale.ROOT,
                    "%s holds in %.2f of %d held-out worlds, outside [%.2f, %.2f] around the documented %d/%d",
                    fact, share, HELD_OUT_WORLDS, low, high, MEASURED_HOLDS.get(fact), MEASURED_WORLDS));
        }
    }

    /** @return the standard deviation of a held-out share when the true share is {@code p} */
    private static double spread(double p) {
        return Math.sqrt(p * (1 - p) / HELD_OUT_WORLDS);
    }

    /** Measures the shares on {@code facts.worlds} worlds and writes each world's verdicts to target/facts-worlds.csv. */
    @Test
    @EnabledIfSystemProperty(named = "facts.worlds", matches = "\\d+")
    void measure() throws IOException {
        long start = System.nanoTime();
        List<Map<String, Object>> worlds = FactsAcrossWorlds.worlds(Integer.getInteger("facts.worlds"), MEASURED_SEED);
        List<List<Fact>> verdicts = RUNS.verdicts(worlds, MEASURED_SEED);
        List<String> rows = new ArrayList<>();
        rows.add(String.join(",", worlds.get(0).keySet()) + ",holds");
        for (int w = 0; w < worlds.size(); w++) {
            rows.add(worlds.get(w).values().stream().map(String::valueOf).collect(Collectors.joining(","))
                    + "," + verdicts.get(w).stream().map(Fact::name).collect(Collectors.joining(" ")));
        }
        Files.write(Path.of("target", "facts-worlds.csv"), rows);
        FactsAcrossWorlds.shares(verdicts).forEach((fact, w) -> System.out.printf(Locale.ROOT,
                "%s %d/%d %.2f [%.2f, %.2f]%n", fact, w.successes(), w.n(), w.share(), w.lower(), w.upper()));
        System.out.printf(Locale.ROOT, "%.0f s%n", (System.nanoTime() - start) / 1e9);
    }
}

package org.loyaltylab.facts;

import static org.loyaltylab.model.metric.SummaryMetrics.AGENT_STRESS_AVG;
import static org.loyaltylab.model.metric.SummaryMetrics.DEFENSIVE_SHARE;
import static org.loyaltylab.model.metric.SummaryMetrics.PROFIT;
import static org.loyaltylab.model.metric.SummaryMetrics.RECOVERY_NET_FIRST_RESOLVED;
import static org.loyaltylab.model.metric.SummaryMetrics.RESOLUTION_RATE;
import static org.loyaltylab.model.metric.SummaryMetrics.RETENTION;
import static org.loyaltylab.model.metric.SummaryMetrics.REVENUE;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.loyaltylab.analysis.ArmSamples;
import org.loyaltylab.experiment.ArmPlan;
import org.loyaltylab.experiment.Benchmark;
import org.loyaltylab.experiment.ReplicationRunner;
import org.loyaltylab.model.metric.Metric;
import org.loyaltylab.stats.WilsonInterval;
import org.loyaltylab.sweep.WorldDesign;

/**
 * The stylized facts F1-F6 across plausible worlds: worlds drawn as a Latin hypercube over the
 * priors ({@link WorldDesign#latinHypercube}), every fact's arms run in each world with common
 * random numbers on a small base, and a per-world verdict from a simplified criterion of the fact
 * (the sign of the mean paired difference over the replications, see {@link Fact}); the share of
 * worlds where each fact holds comes with its Wilson 95 % interval. docs/MODEL.md, section 8,
 * gives the measured shares.
 */
final class FactsAcrossWorlds {
    /** The keys the arms set, so the worlds do not vary them. */
    private static final Set<String> FIXED = Set.of("market.competition", "customers.rudeness_mean");

    /** A fact: its arms (name to overrides of the world) and its verdict on one world's runs. */
    enum Fact {
        /** Kind handling retains more and earns more than defensive handling. */
        F1(arms("defensive", Map.of("policies.handling", "defensive"), "kind", Map.of("policies.handling", "kind")),
                r -> r.gap("kind", "defensive", RETENTION) > 0 && r.gap("kind", "defensive", PROFIT) > 0),
        /** Special treatment retains more than granted under competition, and the gap shrinks in a monopoly. */
        F2(arms("granted", Map.of("policies.appreciation", "granted"),
                "special", Map.of("policies.appreciation", "special"),
                "granted-monopoly", Map.of("policies.appreciation", "granted", "market.competition", 0.0),
                "special-monopoly", Map.of("policies.appreciation", "special", "market.competition", 0.0)),
                r -> r.gap("special", "granted", RETENTION) > 0
                        && Math.abs(r.gap("special-monopoly", "granted-monopoly", RETENTION))
                        < r.gap("special", "granted", RETENTION)),
        /** Loyalty rises across a first failure recovered excellently, and not with poor recovery. */
        F3(arms("excellent", Map.of("policies.handling", "kind", "policies.recovery", "excellent"),
                "poor", Map.of("policies.handling", "kind", "policies.recovery", "poor")),
                r -> r.mean("excellent", RECOVERY_NET_FIRST_RESOLVED) > 0
                        && r.mean("poor", RECOVERY_NET_FIRST_RESOLVED) < 0),
        /** Turning complainers away loses revenue and profit. */
        F4(arms("keep", Map.of("policies.complainers", "keep"), "turn-away", Map.of("policies.complainers", "turn-away")),
                r -> r.gap("turn-away", "keep", REVENUE) < 0 && r.gap("turn-away", "keep", PROFIT) < 0),
        /** A ruder mix raises stress and defensiveness, and boundaries lower stress. */
        F5(arms("tolerate", Map.of("policies.abuse", "tolerate"),
                "tolerate-rude", Map.of("policies.abuse", "tolerate", "customers.rudeness_mean", 0.4),
                "boundaries-rude", Map.of("policies.abuse", "boundaries", "customers.rudeness_mean", 0.4)),
                r -> r.gap("tolerate-rude", "tolerate", AGENT_STRESS_AVG) > 0
                        && r.gap("tolerate-rude", "tolerate", DEFENSIVE_SHARE) > 0
                        && r.gap("boundaries-rude", "tolerate-rude", AGENT_STRESS_AVG) < 0),
        /** Training lowers defensive answers and raises resolution. */
        F6(arms("none", Map.of("policies.training", "none"), "basic", Map.of("policies.training", "basic")),
                r -> r.gap("basic", "none", DEFENSIVE_SHARE) < 0 && r.gap("basic", "none", RESOLUTION_RATE) > 0);

        private final Map<String, Map<String, Object>> arms;
        private final Predicate<WorldRuns> holds;

        Fact(Map<String, Map<String, Object>> arms, Predicate<WorldRuns> holds) {
            this.arms = arms;
            this.holds = holds;
        }

        private static Map<String, Map<String, Object>> arms(String a, Map<String, Object> ao, String b,
                                                             Map<String, Object> bo, Object... more) {
            Map<String, Map<String, Object>> m = new LinkedHashMap<>();
            m.put(a, ao);
            m.put(b, bo);
            for (int i = 0; i < more.length; i += 2) {
                @SuppressWarnings("unchecked")
                Map<String, Object> o = (Map<String, Object>) more[i + 1];
                m.put((String) more[i], o);
            }
            return m;
        }
    }

    /** One fact's view of a world's runs, whose arms are named {@code fact/arm}. */
    private record WorldRuns(ArmSamples samples, Fact fact) {
        double mean(String arm, Metric metric) {
            double[] v = samples.metric(fact.name() + "/" + arm, metric);
            double s = 0;
            for (double x : v) {
                s += x;
            }
            return s / v.length;
        }

        double gap(String arm, String baseline, Metric metric) {
            return mean(arm, metric) - mean(baseline, metric);
        }
    }

    private final int customers;
    private final int days;
    private final int replications;

    /**
     * @param customers    customers of the base (the contact centre scaled with it)
     * @param days         horizon of every run
     * @param replications replications per arm and world
     */
    FactsAcrossWorlds(int customers, int days, int replications) {
        this.customers = customers;
        this.days = days;
        this.replications = replications;
    }

    /** @return the worlds of a Latin hypercube of {@code n} worlds seeded with {@code seed} */
    static List<Map<String, Object>> worlds(int n, long seed) {
        return WorldDesign.latinHypercube(n, FIXED, seed).worlds();
    }

    /** @return for each fact, the share of {@code verdicts} (the facts holding in each world) where it holds */
    static Map<Fact, WilsonInterval> shares(List<List<Fact>> verdicts) {
        Map<Fact, WilsonInterval> shares = new EnumMap<>(Fact.class);
        for (Fact f : Fact.values()) {
            int holds = (int) verdicts.stream().filter(v -> v.contains(f)).count();
            shares.put(f, WilsonInterval.of(holds, verdicts.size(), 0.95));
        }
        return shares;
    }

    /** @return the facts holding in each of {@code worlds}, world {@code w} run with seed {@code seed + w} */
    List<List<Fact>> verdicts(List<Map<String, Object>> worlds, long seed) {
        List<List<Fact>> verdicts = new ArrayList<>();
        for (int w = 0; w < worlds.size(); w++) {
            verdicts.add(verdicts(worlds.get(w), seed + w));
        }
        return verdicts;
    }

    /** @return the facts that hold in {@code world} */
    List<Fact> verdicts(Map<String, Object> world, long seed) {
        List<ArmPlan> plans = new ArrayList<>();
        for (Fact f : Fact.values()) {
            f.arms.forEach((arm, overrides) -> plans.add(new ArmPlan(f.name() + "/" + arm,
                    Benchmark.workload(customers).withAll(world).withAll(overrides))));
        }
        ArmSamples samples = new ArmSamples(new ReplicationRunner(plans, seed, days, 2).run(1, replications, r -> { }));
        List<Fact> hold = new ArrayList<>();
        for (Fact f : Fact.values()) {
            if (f.holds.test(new WorldRuns(samples, f))) {
                hold.add(f);
            }
        }
        return hold;
    }
}

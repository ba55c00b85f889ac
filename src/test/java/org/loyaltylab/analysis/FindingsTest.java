package org.loyaltylab.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.loyaltylab.experiment.Contrast;
import org.loyaltylab.experiment.RunResult;
import org.loyaltylab.model.metric.Metric;
import org.loyaltylab.model.metric.MetricValues;
import org.loyaltylab.model.metric.SummaryMetrics;
import org.loyaltylab.stats.ConfidenceInterval;
import org.loyaltylab.stats.PairedComparison;
import org.junit.jupiter.api.Test;

/**
 * The plain-words findings against intervals computed by hand: with 3 replications the 95 %
 * Student-t half-width is t(0.975, 2) = 4.302653 times sd / sqrt(3).
 */
class FindingsTest {
    /** Runs of arm {@code arm}: every compared metric 0, except {@code diffs} (one value per replication). */
    private static List<RunResult> arm(String arm, int index, int replications, Map<Metric, double[]> values) {
        List<RunResult> runs = new ArrayList<>();
        for (int r = 0; r < replications; r++) {
            MetricValues.Builder summary = MetricValues.of(SummaryMetrics.ALL);
            for (Metric metric : SummaryMetrics.ALL.all()) {
                double[] v = values.get(metric);
                summary.put(metric, v == null ? 0 : v[r]);
            }
            runs.add(new RunResult(arm, index, r + 1, r, List.of(), summary.build(), null, null, null, 0, 0, 0, 0, Double.NaN));
        }
        return runs;
    }

    private static Comparison comparison(int replications, Map<Metric, double[]> kind, Map<Metric, double[]> volatile_) {
        List<RunResult> all = new ArrayList<>(arm("defensive", 0, replications, Map.of()));
        all.addAll(arm("kind", 1, replications, kind));
        if (volatile_ != null) {
            all.addAll(arm("volatile", 2, replications, volatile_));
        }
        return new Comparison(new ArmSamples(all), "defensive");
    }

    @Test
    void clearDifferencesAreWordedWithTheirIntervals() {
        Map<Metric, double[]> kind = Map.of(
                SummaryMetrics.ACTIVE_CUSTOMERS, new double[] {1490, 1500, 1510},
                SummaryMetrics.RETENTION, new double[] {0.070, 0.072, 0.074},
                SummaryMetrics.PROFIT, new double[] {700e3, 710e3, 720e3},
                SummaryMetrics.DEFENSIVE_SHARE, new double[] {-0.30, -0.31, -0.29},
                SummaryMetrics.AGENTS_QUIT, new double[] {0, 1, -1});
        List<String> s = Findings.sentences(comparison(3, kind, null), 730, "EUR");
        assertEquals(List.of(
                "Kind vs defensive: keeps 1,500 more customers after 730 days, new ones included (95 % CI 1,475 to 1,525)"
                        + "; retention of the customers it started with +7.2 points (+6.7 to +7.7)"
                        + ", and earns 710 k EUR more profit (95 % CI 685 k to 735 k).",
                "  Service floor (kind vs defensive): defensive answers -30.0 points (-32.5 to -27.5), resolution rate "
                        + "did not vary (0.0 % in every run), agents quitting no clear difference."), s);
    }

    @Test
    void aFigureTheSameInEveryRunOfBothArmsIsSaidSoNotCalledNoClearDifference() {
        double[] steady = {0.8, 0.8, 0.8};
        Map<Metric, double[]> kind = Map.of(SummaryMetrics.RESOLUTION_RATE, steady,
                SummaryMetrics.DEFENSIVE_SHARE, new double[] {0.10, 0.12, 0.11});
        List<RunResult> all = new ArrayList<>(arm("defensive", 0, 3, Map.of(SummaryMetrics.RESOLUTION_RATE, steady,
                SummaryMetrics.DEFENSIVE_SHARE, new double[] {0.10, 0.13, 0.09})));
        all.addAll(arm("kind", 1, 3, kind));
        String floor = Findings.sentences(new Comparison(new ArmSamples(all), "defensive"), 365).get(1);
        assertEquals("  Service floor (kind vs defensive): defensive answers no clear difference, resolution rate "
                + "did not vary (80.0 % in every run); nobody quit in any run.", floor);
    }

    @Test
    void quitsThatDifferInOneArmOnlyAreNotCalledUnvarying() {
        Map<Metric, double[]> kind = Map.of(SummaryMetrics.AGENTS_QUIT, new double[] {2, 2, 2});
        String floor = Findings.sentences(comparison(3, kind, null), 365).get(1);
        assertTrue(floor.endsWith("agents quitting +2.0 (+2.0 to +2.0)."), floor);
        assertTrue(!floor.contains("nobody quit"), floor);
    }

    @Test
    void intervalsCoveringZeroReadAsNoClearDifference() {
        Map<Metric, double[]> volatile_ = Map.of(
                SummaryMetrics.ACTIVE_CUSTOMERS, new double[] {-10, 20, -5},
                SummaryMetrics.RETENTION, new double[] {-0.01, 0.02, 0},
                SummaryMetrics.PROFIT, new double[] {-5e3, 4e3, 2e3},
                SummaryMetrics.AGENTS_QUIT, new double[] {-2, -3, -4});
        List<String> s = Findings.sentences(comparison(3, Map.of(), volatile_), 365);
        String line = s.get(2);
        assertTrue(line.startsWith("Volatile vs defensive: no clear difference in customers after 365 days (+2, 95 % CI -38 to 42)"), line);
        assertTrue(!line.contains("retention"), line);
        assertTrue(line.endsWith("; no clear difference in profit (0 k money units, 95 % CI -11 k to 12 k)."), line);
        assertTrue(s.get(3).endsWith("agents quitting -3.0 (-5.5 to -0.5)."), s.get(3));
    }

    @Test
    void aSingleReplicationSaysWhyThereIsNoInterval() {
        Map<Metric, double[]> kind = Map.of(SummaryMetrics.ACTIVE_CUSTOMERS, new double[] {-42}, SummaryMetrics.PROFIT, new double[] {1.5e6});
        assertEquals(List.of("Kind vs defensive: -42 customers and 1.50 M money units profit after 90 days in a single replication; "
                + "no confidence interval without at least 2 replications."),
                Findings.sentences(comparison(1, kind, null), 90));
    }

    /** Four arms, kind and defensive with ordinary and volatile customers; only customers and stress vary. */
    private static ArmSamples fourArms() {
        List<RunResult> all = new ArrayList<>(arm("defensive", 0, 3,
                Map.of(SummaryMetrics.ACTIVE_CUSTOMERS, new double[] {20, 30, 25})));
        all.addAll(arm("kind", 1, 3, Map.of(SummaryMetrics.ACTIVE_CUSTOMERS, new double[] {40, 45, 55})));
        all.addAll(arm("defensive-volatile", 2, 3, Map.of(SummaryMetrics.ACTIVE_CUSTOMERS, new double[] {50, 70, 60})));
        all.addAll(arm("kind-volatile", 3, 3, Map.of(SummaryMetrics.ACTIVE_CUSTOMERS, new double[] {100, 110, 130},
                SummaryMetrics.AGENT_STRESS_AVG, new double[] {0.30, 0.32, 0.34})));
        return new ArmSamples(all);
    }

    private static final Contrast WIDENS = new Contrast("kind-gap-widens", "kind-volatile", "defensive-volatile",
            "kind", "defensive");

    @Test
    void anInteractionPairsTheTwoGapsByReplication() {
        // gaps (kind-volatile - defensive-volatile) = 50, 40, 70 and (kind - defensive) = 20, 15, 30:
        // differences 30, 25, 40, mean 95/3, variance 175/3
        Comparison c = new Comparison(fourArms(), "defensive", List.of(WIDENS));
        PairedComparison p = c.contrast(WIDENS, SummaryMetrics.ACTIVE_CUSTOMERS);
        double halfWidth = 4.302653 * Math.sqrt(175.0 / 3 / 3);
        assertEquals(95.0 / 3, p.difference().mean(), 1e-9);
        assertEquals(95.0 / 3 - halfWidth, p.difference().lower(), 1e-5);
        assertEquals(95.0 / 3 + halfWidth, p.difference().upper(), 1e-5);
        assertEquals((95.0 / 3) / (65.0 / 3), p.relativeChange(), 1e-9);
        assertEquals(0.25, p.wilcoxonP(), 1e-12, "3 positive differences: 2 x 1/8");
        assertEquals(List.of(WIDENS), c.contrasts());
        assertTrue(c.declared());
    }

    @Test
    void anInteractionSaysWhetherTheGapWidens() {
        List<String> s = Findings.sentences(new Comparison(fourArms(), "defensive", List.of(WIDENS)), 365);
        assertEquals(List.of("Kind-gap-widens: the kind-volatile vs defensive-volatile gap is 32 customers wider than "
                        + "the kind vs defensive gap after 365 days (95 % CI 13 to 51); no clear difference in the "
                        + "profit gap (0 money units, 95 % CI 0 to 0).",
                "  Service floor ((kind-volatile - defensive-volatile) - (kind - defensive)): defensive answers did not "
                        + "vary (0.0 % in every run), resolution rate did not vary (0.0 % in every run), agent stress "
                        + "+0.320 (+0.270 to +0.370, 1 is burnout); nobody quit in any run."), s);
    }

    @Test
    void aDeclaredPairIsAnsweredInsteadOfEveryArmAgainstTheBaseline() {
        Contrast pair = new Contrast("volatile-kind", "kind-volatile", "kind", null, null);
        List<String> s = Findings.sentences(new Comparison(fourArms(), "defensive", List.of(pair)), 365);
        assertEquals(2, s.size(), s::toString);
        assertTrue(s.get(0).startsWith("Kind-volatile vs kind: keeps 67 more customers after 365 days"), s.get(0));
        assertTrue(s.get(1).contains("agent stress +0.320 (+0.270 to +0.370, 1 is burnout)"), s.get(1));
        assertEquals(3, Findings.sentences(new Comparison(fourArms(), "defensive"), 365).size() / 2,
                "by default every arm against the baseline");
    }

    @Test
    void moneyIsWrittenInThousandsOrMillions() {
        assertEquals("999", Findings.money(999));
        assertEquals("840 k", Findings.money(840_000));
        assertEquals("-1.24 M", Findings.money(-1_240_000));
    }

    private static ConfidenceInterval ci(double mean, double lower, double upper) {
        return new ConfidenceInterval(mean, lower, upper, (upper - lower) / 2, 10, 0.95);
    }

    @Test
    void theRecoveryParadoxIsReportedWhileItsGapStaysAboveZero() {
        ConfidenceInterval loyalty = ci(0.6, 0.5, 0.7);
        List<RecoveryCurves.LagPoint> byLag = List.of(
                new RecoveryCurves.LagPoint("kind", "recovered", 15, 100, loyalty, ci(0.05, 0.02, 0.08)),
                new RecoveryCurves.LagPoint("kind", "recovered", 45, 100, loyalty, ci(0.03, 0.01, 0.05)),
                new RecoveryCurves.LagPoint("kind", "recovered", 75, 100, loyalty, ci(0.01, -0.01, 0.03)),
                new RecoveryCurves.LagPoint("kind", "recovered", 105, 100, loyalty, ci(0.03, 0.01, 0.05)),
                new RecoveryCurves.LagPoint("kind", "unresolved", 15, 100, loyalty, ci(0.05, 0.02, 0.08)),
                new RecoveryCurves.LagPoint("defensive", "recovered", 15, 100, loyalty, ci(0.01, -0.02, 0.04)));
        assertEquals(List.of("Recovery paradox (kind): in the first 30 days after a recovered first failure, customers "
                + "are 0.050 more loyal (95 % CI 0.020 to 0.080, on the 0 to 1 scale) than comparable customers who "
                + "never failed; the advantage lasts about 60 days."), Findings.recoveryParadox(byLag));
    }
}

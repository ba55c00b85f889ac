package org.loyaltylab.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntPredicate;
import org.loyaltylab.experiment.CustomerTable;
import org.loyaltylab.experiment.RunResult;
import org.loyaltylab.stats.KaplanMeier;
import org.loyaltylab.stats.LogRankTest;

/**
 * Kaplan-Meier survival of customers per arm, overall and per segment (value tier, temperament
 * tier, what became of the first failure), pooled over replications and reported on a grid of
 * days; and the log-rank test of each arm against the baseline, stratified by replication (replication r
 * of every arm shares its seed, so the arms are paired) and, for comparison, unstratified. With a
 * warm-up of W days, the customers are those active on day W or acquired after it, and a duration
 * runs from day W or the acquisition, whichever is later. Tiers are tertiles of the
 * baseline arm's customers, so every arm is cut at the same values. The failure segment is
 * the customer's state at the end of the run (customers must survive to have a failure, so
 * read it as description, not as a causal effect).
 */
public final class SurvivalAnalysis {
    /**
     * One point of one curve.
     *
     * @param arm         the arm
     * @param segmentType all, value_tier, temperament_tier or failure
     * @param segment     the segment's name
     * @param day         days since acquisition
     * @param atRisk      customers at risk at that day
     * @param events      exits since the previous grid day
     * @param survival    S(day)
     * @param lower       lower 95 % bound
     * @param upper       upper 95 % bound
     */
    public record Point(String arm, String segmentType, String segment, double day, int atRisk, int events,
                        double survival, double lower, double upper) {
    }

    /**
     * The log-rank test of one arm against the baseline.
     *
     * @param arm      the arm
     * @param baseline the baseline arm
     * @param test     the test stratified by replication, the one to cite
     * @param strata   the replications the stratified test sums over
     * @param pooled   the unstratified test, which treats the paired arms as independent samples
     */
    public record ArmTest(String arm, String baseline, LogRankTest test, int strata, LogRankTest pooled) {
    }

    private final List<Point> points = new ArrayList<>();
    private final List<ArmTest> tests = new ArrayList<>();

    /** As {@link #SurvivalAnalysis(ArmSamples, String, int, int, int)} without a warm-up. */
    public SurvivalAnalysis(ArmSamples samples, String baseline, int days, int step) {
        this(samples, baseline, days, step, 0);
    }

    /**
     * @param samples  runs by arm
     * @param baseline the baseline arm's name
     * @param days     the horizon
     * @param step     grid step in days
     * @param warmup   days before the observation starts, 0 to observe from day 0
     */
    public SurvivalAnalysis(ArmSamples samples, String baseline, int days, int step, int warmup) {
        double[] valueCuts = tertiles(samples.runs(baseline), true);
        double[] temperCuts = tertiles(samples.runs(baseline), false);
        double[] grid = grid(days, step);
        for (String arm : samples.arms()) {
            Pooled all = new Pooled(samples.runs(arm), days, warmup);
            curve(arm, "all", "all", all, i -> true, grid);
            String[] tiers = {"low", "middle", "high"};
            String[] tempers = {"calm", "average", "volatile"};
            for (int t = 0; t < 3; t++) {
                int tier = t;
                curve(arm, "value_tier", tiers[t], all, i -> tierOf(all.value[i], valueCuts) == tier, grid);
                curve(arm, "temperament_tier", tempers[t], all, i -> tierOf(all.temperament[i], temperCuts) == tier,
                        grid);
            }
            for (String f : List.of("none", "recovered", "unresolved")) {
                curve(arm, "failure", f, all, i -> all.failure[i].equals(f), grid);
            }
            if (!arm.equals(baseline)) {
                Pooled base = new Pooled(samples.runs(baseline), days, warmup);
                tests.add(new ArmTest(arm, baseline, logRank(base, all, true),
                        (int) Arrays.stream(all.replication).distinct().count(), logRank(base, all, false)));
            }
        }
    }

    /** @return every curve point */
    public List<Point> points() {
        return points;
    }

    /** @return the log-rank tests against the baseline */
    public List<ArmTest> tests() {
        return tests;
    }

    private void curve(String arm, String type, String segment, Pooled p, IntPredicate member, double[] grid) {
        int n = 0;
        for (int i = 0; i < p.size; i++) {
            n += member.test(i) ? 1 : 0;
        }
        if (n == 0) {
            return;
        }
        double[] d = new double[n];
        boolean[] e = new boolean[n];
        int k = 0;
        for (int i = 0; i < p.size; i++) {
            if (member.test(i)) {
                d[k] = p.duration[i];
                e[k++] = p.exited[i];
            }
        }
        KaplanMeier km = new KaplanMeier(d, e);
        double[] times = km.times();
        int[] events = km.events();
        double previous = -1;
        for (double day : grid) {
            int count = 0;
            for (int j = 0; j < times.length; j++) {
                if (times[j] > previous && times[j] <= day) {
                    count += events[j];
                }
            }
            points.add(new Point(arm, type, segment, day, km.atRiskAt(day), count, km.survivalAt(day),
                    km.lowerAt(day), km.upperAt(day)));
            previous = day;
        }
    }

    private static LogRankTest logRank(Pooled a, Pooled b, boolean byReplication) {
        int n = a.size + b.size;
        double[] d = new double[n];
        boolean[] e = new boolean[n];
        int[] g = new int[n];
        int[] stratum = new int[n];
        for (int i = 0; i < a.size; i++) {
            d[i] = a.duration[i];
            e[i] = a.exited[i];
            stratum[i] = byReplication ? a.replication[i] : 0;
        }
        for (int i = 0; i < b.size; i++) {
            d[a.size + i] = b.duration[i];
            e[a.size + i] = b.exited[i];
            g[a.size + i] = 1;
            stratum[a.size + i] = byReplication ? b.replication[i] : 0;
        }
        return LogRankTest.stratified(d, e, g, 2, stratum);
    }

    private static double[] grid(int days, int step) {
        int n = days / step + 1 + (days % step == 0 ? 0 : 1);
        double[] g = new double[n];
        for (int i = 0; i < n; i++) {
            g[i] = Math.min(days, i * (double) step);
        }
        return g;
    }

    private static double[] tertiles(List<RunResult> runs, boolean value) {
        CustomerTable t = runs.get(0).customers();
        double[] x = new double[t.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = value ? t.value(i) : t.temperament(i);
        }
        Arrays.sort(x);
        return x.length == 0 ? new double[] {0, 0} : new double[] {x[x.length / 3], x[2 * x.length / 3]};
    }

    private static int tierOf(double x, double[] cuts) {
        return x < cuts[0] ? 0 : x < cuts[1] ? 1 : 2;
    }

    /**
     * Durations and attributes of every customer of an arm's runs observed after the warm-up (with
     * none, every customer), pooled, with each customer's replication.
     */
    private static final class Pooled {
        final int size;
        final double[] duration;
        final boolean[] exited;
        final double[] value;
        final double[] temperament;
        final String[] failure;
        final int[] replication;

        Pooled(List<RunResult> runs, int days, int warmup) {
            size = runs.stream().mapToInt(r -> observed(r.customers(), warmup).size()).sum();
            duration = new double[size];
            exited = new boolean[size];
            value = new double[size];
            temperament = new double[size];
            failure = new String[size];
            replication = new int[size];
            int k = 0;
            for (RunResult r : runs) {
                CustomerTable t = r.customers();
                for (int i : observed(t, warmup)) {
                    double exit = t.exitDay(i);
                    exited[k] = !Double.isNaN(exit);
                    duration[k] = (exited[k] ? exit : days) - Math.max(warmup, t.acquiredDay(i));
                    value[k] = t.value(i);
                    temperament[k] = t.temperament(i);
                    failure[k] = t.firstFailure(i);
                    replication[k++] = r.replication();
                }
            }
        }

        /** @return the customers still active at the end of the warm-up (every one without a warm-up) */
        private static List<Integer> observed(CustomerTable t, int warmup) {
            List<Integer> kept = new ArrayList<>(t.size());
            for (int i = 0; i < t.size(); i++) {
                if (warmup == 0 || !(t.exitDay(i) <= warmup)) {
                    kept.add(i);
                }
            }
            return kept;
        }
    }
}

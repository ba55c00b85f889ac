package org.loyaltylab.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.loyaltylab.stats.ConfidenceInterval;

/**
 * The time-series runs of an experiment grouped by arm, and per arm and day the mean and
 * 95 % Student-t interval across replications of a level or of a {@link WindowStatistic}
 * over a rolling window of observation intervals.
 */
public final class ArmSeries {
    /** The confidence level of every interval across replications. */
    public static final double LEVEL = 0.95;

    private final Map<String, List<Run>> byArm = new LinkedHashMap<>();
    private final double horizon;
    private final double firstDay;
    private final double interval;

    /** @param runs every run, in any order; arms keep their order of first appearance */
    public ArmSeries(List<Run> runs) {
        double max = Double.NEGATIVE_INFINITY;
        double min = Double.POSITIVE_INFINITY;
        for (Run run : runs) {
            byArm.computeIfAbsent(run.arm(), k -> new ArrayList<>()).add(run);
            for (int i = 0; i < run.size(); i++) {
                max = Math.max(max, run.day(i));
                min = Math.min(min, run.day(i));
            }
        }
        horizon = max == Double.NEGATIVE_INFINITY ? 0 : max;
        firstDay = min == Double.POSITIVE_INFINITY ? 0 : min;
        interval = typicalInterval();
    }

    /** @return the arms, in order of first appearance */
    public List<String> arms() {
        return new ArrayList<>(byArm.keySet());
    }

    /** @return the last observation day (0 without observations) */
    public double horizon() {
        return horizon;
    }

    /** @return the first observation day (0 without observations) */
    public double firstDay() {
        return firstDay;
    }

    /** @return the number of replications (runs) of the arm */
    public int replications(String arm) {
        return byArm.getOrDefault(arm, List.of()).size();
    }

    /** @return the value of a column on the last day of every run of the arm */
    public double[] finalValues(String arm, String column) {
        return byArm.getOrDefault(arm, List.of()).stream().mapToDouble(r -> r.value(column, r.size() - 1))
                .toArray();
    }

    /**
     * @return the number of observation intervals that make a window of about four weeks: 28
     *         days over the median interval, at least one, and at most a third of the shortest
     *         run's intervals (so that most days of a short run still get a point)
     */
    public int fourWeekWindow() {
        int k = interval > 0 ? (int) Math.max(1, Math.round(28 / interval)) : 1;
        int shortest = byArm.values().stream().flatMap(List::stream).mapToInt(Run::size).min()
                .orElse(Integer.MAX_VALUE);
        return shortest == Integer.MAX_VALUE ? k : Math.max(1, Math.min(k, (shortest - 1) / 3));
    }

    /** @return the days spanned by a window of {@code k} intervals */
    public double windowDays(int k) {
        return k * interval;
    }

    /** @return per arm and day, the interval across replications of a column's value */
    public Map<String, TreeMap<Double, ConfidenceInterval>> levels(String column) {
        return windows(0, WindowStatistic.level(column));
    }

    /**
     * @return per arm and day, the interval across replications of a statistic over the window
     *         of rows {@code i - k .. i} of each run, placed at row i's day (rows i &lt; k have
     *         none); NaN and infinite values are left out, and so are arms with no value at all
     */
    public Map<String, TreeMap<Double, ConfidenceInterval>> windows(int k, WindowStatistic statistic) {
        Map<String, TreeMap<Double, ConfidenceInterval>> out = new LinkedHashMap<>();
        byArm.forEach((arm, runs) -> {
            TreeMap<Double, List<Double>> byDay = new TreeMap<>();
            for (Run run : runs) {
                for (int i = k; i < run.size(); i++) {
                    double v = statistic.of(run, i - k, i);
                    if (!Double.isNaN(v) && !Double.isInfinite(v)) {
                        byDay.computeIfAbsent(run.day(i), d -> new ArrayList<>()).add(v);
                    }
                }
            }
            TreeMap<Double, ConfidenceInterval> intervals = new TreeMap<>();
            byDay.forEach((day, vs) -> intervals.put(day, ConfidenceInterval.studentT(
                    vs.stream().mapToDouble(Double::doubleValue).toArray(), LEVEL)));
            if (!intervals.isEmpty()) {
                out.put(arm, intervals);
            }
        });
        return out;
    }

    /** @return the median gap between observation days of the first run with two or more, else 0 */
    private double typicalInterval() {
        for (Run run : byArm.values().stream().flatMap(List::stream).toList()) {
            if (run.size() >= 2) {
                double[] gaps = new double[run.size() - 1];
                for (int i = 1; i < run.size(); i++) {
                    gaps[i - 1] = run.day(i) - run.day(i - 1);
                }
                Arrays.sort(gaps);
                return gaps[gaps.length / 2];
            }
        }
        return 0;
    }
}

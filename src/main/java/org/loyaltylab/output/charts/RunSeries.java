package org.loyaltylab.output.charts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;
import org.apache.commons.csv.CSVRecord;

/**
 * The rows of {@code timeseries.csv} grouped into runs (arm x replication, ordered by day), and
 * the per-day bands across replications of any quantity derived from them: levels, rates over
 * a rolling window of observation intervals, and ratios of interval counts.
 */
final class RunSeries {
    /** A quantity derived from the rows {@code from..to} (inclusive) of one run. */
    @FunctionalInterface
    interface WindowValue {
        double of(List<CSVRecord> run, int from, int to);
    }

    private final Map<String, Map<String, List<CSVRecord>>> runs = new LinkedHashMap<>();
    private final double horizon;
    private final double firstDay;
    private final double interval;

    RunSeries(Table timeseries) {
        double max = Double.NEGATIVE_INFINITY;
        double min = Double.POSITIVE_INFINITY;
        for (CSVRecord r : timeseries.rows()) {
            double day = Table.number(r, "day");
            if (Double.isNaN(day)) {
                continue;
            }
            max = Math.max(max, day);
            min = Math.min(min, day);
            runs.computeIfAbsent(Table.text(r, "arm"), k -> new LinkedHashMap<>())
                    .computeIfAbsent(Table.text(r, "replication"), k -> new ArrayList<>()).add(r);
        }
        Comparator<CSVRecord> byDay = Comparator.comparingDouble(r -> Table.number(r, "day"));
        runs.values().forEach(reps -> reps.values().forEach(run -> run.sort(byDay)));
        horizon = max == Double.NEGATIVE_INFINITY ? 0 : max;
        firstDay = min == Double.POSITIVE_INFINITY ? 0 : min;
        interval = typicalInterval();
    }

    /** @return the arms, in order of first appearance */
    List<String> arms() {
        return new ArrayList<>(runs.keySet());
    }

    /** @return the last observation day */
    double horizon() {
        return horizon;
    }

    /** @return the first observation day */
    double firstDay() {
        return firstDay;
    }

    /** @return the number of replications of the arm */
    int replications(String arm) {
        return runs.getOrDefault(arm, Map.of()).size();
    }

    /** @return the last row of every run of the arm */
    List<CSVRecord> finalRows(String arm) {
        List<CSVRecord> out = new ArrayList<>();
        runs.getOrDefault(arm, Map.of()).values().forEach(run -> out.add(run.get(run.size() - 1)));
        return out;
    }

    /**
     * @return the number of observation intervals that make a window of about four weeks (at least
     *         one, and no more than the shortest run allows)
     */
    int fourWeekWindow() {
        int k = interval > 0 ? (int) Math.max(1, Math.round(28 / interval)) : 1;
        int shortest = Integer.MAX_VALUE;
        for (Map<String, List<CSVRecord>> reps : runs.values()) {
            for (List<CSVRecord> run : reps.values()) {
                shortest = Math.min(shortest, run.size());
            }
        }
        // short runs: a window of at most a third of the run, so that most days still get a point
        return shortest == Integer.MAX_VALUE ? k : Math.max(1, Math.min(k, (shortest - 1) / 3));
    }

    /** @return the days spanned by a window of {@code k} intervals */
    double windowDays(int k) {
        return k * interval;
    }

    /** @return per arm and day, the band across replications of a value of each row */
    Map<String, TreeMap<Double, Band>> levels(ToDoubleFunction<CSVRecord> value) {
        return windows(0, (run, from, to) -> value.applyAsDouble(run.get(to)));
    }

    /**
     * @return per arm and day, the band across replications of a value computed over the window
     *         of rows {@code i - k .. i} of each run, placed at row i's day (rows with i &lt; k have none)
     */
    Map<String, TreeMap<Double, Band>> windows(int k, WindowValue value) {
        Map<String, TreeMap<Double, Band>> out = new LinkedHashMap<>();
        runs.forEach((arm, reps) -> {
            TreeMap<Double, List<Double>> byDay = new TreeMap<>();
            for (List<CSVRecord> run : reps.values()) {
                for (int i = k; i < run.size(); i++) {
                    double v = value.of(run, i - k, i);
                    if (!Double.isNaN(v) && !Double.isInfinite(v)) {
                        byDay.computeIfAbsent(Table.number(run.get(i), "day"), d -> new ArrayList<>()).add(v);
                    }
                }
            }
            TreeMap<Double, Band> bands = new TreeMap<>();
            byDay.forEach((day, vs) -> bands.put(day, Band.of(vs.stream().mapToDouble(Double::doubleValue).toArray())));
            if (!bands.isEmpty()) {
                out.put(arm, bands);
            }
        });
        return out;
    }

    /**
     * @return the ratio of the sums of two per-interval columns over the intervals ending at rows
     *         {@code from + 1 .. to}, NaN when the denominator is zero
     */
    static double ratio(List<CSVRecord> run, int from, int to, String numerator, String denominator) {
        double num = 0;
        double den = 0;
        for (int j = Math.max(from + 1, 0); j <= to; j++) {
            double n = Table.number(run.get(j), numerator);
            double d = Table.number(run.get(j), denominator);
            if (!Double.isNaN(n) && !Double.isNaN(d)) {
                num += n;
                den += d;
            }
        }
        return den > 0 ? num / den : Double.NaN;
    }

    /**
     * @return the mean of a per-interval rate over the intervals ending at rows {@code from + 1 .. to},
     *         weighted by a count column (equal weights when the counts are all zero or absent)
     */
    static double weightedMean(List<CSVRecord> run, int from, int to, String rate, String weight) {
        double sum = 0;
        double weights = 0;
        double plain = 0;
        int n = 0;
        for (int j = Math.max(from + 1, 0); j <= to; j++) {
            double v = Table.number(run.get(j), rate);
            if (Double.isNaN(v)) {
                continue;
            }
            double w = weight == null ? 1 : Table.number(run.get(j), weight);
            if (!Double.isNaN(w) && w > 0) {
                sum += v * w;
                weights += w;
            }
            plain += v;
            n++;
        }
        if (weights > 0) {
            return sum / weights;
        }
        return n > 0 ? plain / n : Double.NaN;
    }

    private double typicalInterval() {
        for (Map<String, List<CSVRecord>> reps : runs.values()) {
            for (List<CSVRecord> run : reps.values()) {
                if (run.size() >= 2) {
                    double[] gaps = new double[run.size() - 1];
                    for (int i = 1; i < run.size(); i++) {
                        gaps[i - 1] = Table.number(run.get(i), "day") - Table.number(run.get(i - 1), "day");
                    }
                    java.util.Arrays.sort(gaps);
                    return gaps[gaps.length / 2];
                }
            }
        }
        return 0;
    }
}

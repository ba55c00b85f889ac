package org.loyaltylab.output.charts.experiment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.apache.commons.csv.CSVRecord;
import org.loyaltylab.analysis.ArmSeries;
import org.loyaltylab.analysis.Run;
import org.loyaltylab.model.param.ParameterRegistry;
import org.loyaltylab.output.charts.ArmEstimates;
import org.loyaltylab.output.charts.Table;
import org.loyaltylab.output.manifest.RunManifest;

/**
 * What every experiment chart reads: the results directory, the arms in colour order, the time
 * series as {@link ArmSeries}, the other tables on demand (each read once), the warm-up, and the
 * words the charts share (replications, horizon, window).
 */
final class ExperimentTables {
    private final Path dir;
    private final List<String> arms;
    private final ArmSeries series;
    private final Map<String, Optional<Table>> read = new ConcurrentHashMap<>();
    private final Map<String, Object> reading = new ConcurrentHashMap<>();
    private final int warmupDays;

    ExperimentTables(Path dir, List<String> armOrder, int warmupDays) throws IOException {
        this.dir = dir;
        this.warmupDays = warmupDays;
        Table timeseries = table("timeseries.csv");
        if (timeseries == null) {
            throw new IOException("no timeseries.csv in " + dir + ": is it a results directory of loyaltylab run?");
        }
        series = new ArmSeries(runs(timeseries));
        List<String> order = new ArrayList<>();
        List<String> found = new ArrayList<>(armOrder);
        found.addAll(series.arms());
        Table summary = table("summary.csv");
        if (summary != null) {
            found.addAll(summary.distinct("arm"));
        }
        for (String a : found) {
            if (!order.contains(a)) {
                order.add(a);
            }
        }
        arms = List.copyOf(order);
    }

    /** @return the rows of timeseries.csv as runs (arm x replication, by day; rows without a day skipped) */
    private static List<Run> runs(Table timeseries) {
        Map<String, Map<String, List<CSVRecord>>> grouped = new LinkedHashMap<>();
        for (CSVRecord r : timeseries.rows()) {
            if (!Double.isNaN(Table.number(r, "day"))) {
                grouped.computeIfAbsent(Table.text(r, "arm"), k -> new LinkedHashMap<>())
                        .computeIfAbsent(Table.text(r, "replication"), k -> new ArrayList<>()).add(r);
            }
        }
        List<Run> runs = new ArrayList<>();
        grouped.forEach((arm, reps) -> reps.values().forEach(rows -> {
            rows.sort(Comparator.comparingDouble(r -> Table.number(r, "day")));
            Map<String, double[]> columns = new HashMap<>();
            for (String column : timeseries.columns()) {
                columns.put(column, rows.stream().mapToDouble(r -> Table.number(r, column)).toArray());
            }
            runs.add(new Run(arm, columns.get("day"), columns));
        }));
        return runs;
    }

    /** @return the results directory */
    Path dir() {
        return dir;
    }

    /** @return the arms, in colour order */
    List<String> arms() {
        return arms;
    }

    /** @return the time series, grouped by arm */
    ArmSeries series() {
        return series;
    }

    /** @return summary.csv, or null if absent */
    Table summary() throws IOException {
        return table("summary.csv");
    }

    /** @return the arms' means and intervals of summary metrics (summary.csv, else comparison.csv) */
    ArmEstimates estimates() throws IOException {
        return new ArmEstimates(summary(), table("comparison.csv"));
    }

    /**
     * @return a table of the directory, read on first use (by one thread: charts drawn at once
     *         wait for a table another is reading, not for the others); null if absent
     */
    Table table(String file) throws IOException {
        synchronized (reading.computeIfAbsent(file, f -> new Object())) {
            Optional<Table> t = read.get(file);
            if (t == null) {
                t = Optional.ofNullable(Table.readIfPresent(dir.resolve(file)));
                read.put(file, t);
            }
            return t.orElse(null);
        }
    }

    /** @return the arms that get a panel: every arm with data */
    List<String> panelArms(Predicate<String> hasData) {
        return arms.stream().filter(hasData).toList();
    }

    /** @return the arms that get a panel of a long table: those with rows in it; none if it is null */
    List<String> panelArms(Table table) {
        return table == null ? List.of()
                : panelArms(a -> table.rows().stream().anyMatch(r -> Table.text(r, "arm").equals(a)));
    }

    /** @return the reading guide of bands across replications, e.g. "Line: mean of 3 replications; ..." */
    String replicationsNote() {
        int min = Integer.MAX_VALUE;
        int max = 0;
        for (String a : arms) {
            int n = series.replications(a);
            if (n > 0) {
                min = Math.min(min, n);
                max = Math.max(max, n);
            }
        }
        String n = min == max ? Integer.toString(max) : min + " to " + max;
        return max > 1 ? "Line: mean of " + n + " replications; shaded: 95 % confidence band"
                : "One replication: no confidence band";
    }

    /** @return the label of money: {@code economics.currency} of the run (run.json), else the default */
    String currency() {
        String key = ParameterRegistry.CURRENCY.key();
        String dflt = (String) ParameterRegistry.CURRENCY.defaultValue();
        if (!Files.exists(dir.resolve(RunManifest.FILE))) {
            return dflt;
        }
        try {
            return RunManifest.read(dir).arms().stream().map(a -> a.parameters().get(key)).filter(v -> v != null)
                    .map(String::valueOf).findFirst().orElse(dflt);
        } catch (IOException e) {
            return dflt;
        }
    }

    /** @return the days at the start of each run left out of the statistics, 0 for none */
    int warmupDays() {
        return warmupDays;
    }

    /** @return the horizon in words, e.g. "365 days" */
    String horizonWords() {
        return String.format(Locale.ROOT, "%,d days", Math.round(series.horizon()));
    }

    /** @return a window of {@code k} intervals in words, e.g. "28 days" */
    String windowWords(int k) {
        double days = series.windowDays(k);
        return days > 0 ? String.format(Locale.ROOT, "%d days", Math.round(days)) : "the interval";
    }
}

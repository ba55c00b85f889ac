package org.loyaltylab.output;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.loyaltylab.experiment.CustomerTable;
import org.loyaltylab.experiment.RunResult;
import org.loyaltylab.model.Observation;
import org.loyaltylab.model.metric.Metric;
import org.loyaltylab.model.metric.MetricValues;
import org.loyaltylab.model.metric.SeriesMetrics;
import org.loyaltylab.model.metric.SummaryMetrics;
import org.loyaltylab.output.io.AtomicFiles;
import org.loyaltylab.output.io.ParallelWrites;
import org.loyaltylab.output.io.TableFile;

/**
 * Writes the tidy tables of an experiment: {@code timeseries.csv} (arm x replication x day),
 * {@code summary.csv} (arm x replication) and {@code customers.csv} (arm x replication x
 * customer; gzip-compressed as {@code customers.csv.gz} unless plain tables are asked for). Rows
 * are ordered by arm, replication, then day or customer, whatever order the runs finished in;
 * each file is written atomically.
 */
public final class ExperimentTables {
    /** File name of the time series. */
    public static final String TIMESERIES = "timeseries.csv";
    /** File name of the per-run summary. */
    public static final String SUMMARY = "summary.csv";
    /** File name of the per-customer records, plain (see {@link TableFile} for the compressed name). */
    public static final String CUSTOMERS = "customers.csv";

    private ExperimentTables() {
    }

    /**
     * Writes the three tables into {@code dir}.
     *
     * @param compressed whether to gzip the customer table
     */
    public static void write(Path dir, List<RunResult> results, boolean compressed) throws IOException {
        ParallelWrites.run(jobs(dir, results, compressed), 1);
    }

    /** @return the jobs that write the tables of {@link #write}, one a table, the customers' (the longest) first */
    public static List<ParallelWrites.Job> jobs(Path dir, List<RunResult> results, boolean compressed) {
        List<RunResult> ordered = new ArrayList<>(results);
        ordered.sort((a, b) -> a.armIndex() != b.armIndex() ? Integer.compare(a.armIndex(), b.armIndex())
                : Integer.compare(a.replication(), b.replication()));
        return List.of(
                () -> TableFile.write(dir.resolve(TableFile.name(CUSTOMERS, compressed)), w -> writeCustomers(w, ordered)),
                () -> AtomicFiles.writeText(dir.resolve(TIMESERIES), w -> writeTimeseries(w, ordered)),
                () -> AtomicFiles.writeText(dir.resolve(SUMMARY), w -> writeSummary(w, ordered)));
    }

    private static void writeTimeseries(Writer w, List<RunResult> results) throws IOException {
        w.write("arm,replication,day," + String.join(",", SeriesMetrics.ALL.keys()) + "\n");
        for (RunResult r : results) {
            for (Observation o : r.observations()) {
                String cells = CsvCells.line(r.arm(), r.replication(), o.day());
                w.write(cells + values(o.values()) + "\n");
            }
        }
    }

    private static void writeSummary(Writer w, List<RunResult> results) throws IOException {
        w.write("arm,replication,seed," + String.join(",", SummaryMetrics.ALL.keys()) + "\n");
        for (RunResult r : results) {
            String cells = CsvCells.line(r.arm(), r.replication(), Long.toString(r.seed()));
            w.write(cells + values(r.summary()) + "\n");
        }
    }

    /** @return the values in column order, each after a comma */
    private static String values(MetricValues values) {
        StringBuilder line = new StringBuilder();
        for (Metric m : values.set().all()) {
            line.append(',').append(CsvCells.number(values.get(m)));
        }
        return line.toString();
    }

    private static void writeCustomers(Writer w, List<RunResult> results) throws IOException {
        w.write("arm,replication," + String.join(",", CustomerTable.COLUMNS) + "\n");
        for (RunResult r : results) {
            CustomerTable t = r.customers();
            String prefix = CsvCells.line(r.arm(), r.replication()) + ",";
            for (int i = 0; i < t.size(); i++) {
                w.write(prefix + CsvCells.line(t.row(i)) + "\n");
            }
        }
    }
}

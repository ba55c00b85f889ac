package org.loyaltylab.output.report;

import java.io.EOFException;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.loyaltylab.BadInputException;
import org.loyaltylab.model.metric.SeriesMetrics;
import org.loyaltylab.model.metric.SummaryMetrics;
import org.loyaltylab.output.io.TableFile;
import org.loyaltylab.output.manifest.RunManifest;

/**
 * Checks that a results folder is complete and consistent before a report is drawn from it: a
 * readable {@code run.json}; {@code summary.csv} with one row for each arm and replication the
 * manifest names; {@code timeseries.csv} with the same days for every such run, up to the
 * manifest's horizon; every table with its leading columns and the metrics the report draws
 * first, every row as wide as its header and
 * a file that ends with a complete line (for {@code customers.csv.gz}, a complete gzip stream whose
 * checksum holds). Streams the tables, so large ones cost no memory.
 */
final class ResultsFolder {
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT;

    private ResultsFolder() {
    }

    /**
     * @return the folder's manifest
     * @throws BadInputException naming the file and what is wrong if the folder is incomplete or inconsistent
     */
    static RunManifest check(Path dir) throws IOException {
        if (!Files.isRegularFile(dir.resolve(RunManifest.FILE))) {
            throw new BadInputException(dir + " is not a results directory of loyaltylab run (no run.json)");
        }
        RunManifest m;
        try {
            m = RunManifest.read(dir);
        } catch (IOException e) {
            throw new BadInputException(dir.resolve(RunManifest.FILE) + " cannot be read: " + e.getMessage());
        }
        if (m.arms().isEmpty() || m.replications() < 1 || m.days() < 1) {
            throw new BadInputException(dir.resolve(RunManifest.FILE) + " names no arms, replications or days");
        }
        Set<String> expected = new LinkedHashSet<>();
        for (RunManifest.Arm arm : m.arms()) {
            for (int r = 1; r <= m.replications(); r++) {
                expected.add(run(arm.name(), String.valueOf(r)));
            }
        }
        checkSummary(dir.resolve("summary.csv"), expected);
        checkTimeseries(dir.resolve("timeseries.csv"), expected, m.days());
        Path customers = TableFile.find(dir, "customers.csv");
        if (Files.exists(customers)) {
            scan(customers, List.of("arm", "replication", "id"), List.of("exit_day"), expected, (row, file) -> { });
        }
        return m;
    }

    private static void checkSummary(Path file, Set<String> expected) throws IOException {
        Map<String, Integer> rows = new HashMap<>();
        scan(file, List.of("arm", "replication", "seed"), SummaryMetrics.ALL.keys(), expected, (row, f) -> {
            if (rows.merge(run(row.get(0), row.get(1)), 1, Integer::sum) > 1) {
                throw bad(f, "line " + row.getRecordNumber() + " repeats arm " + row.get(0) + ", replication "
                        + row.get(1));
            }
        });
        requireAll(file, expected, rows.keySet());
    }

    private static void checkTimeseries(Path file, Set<String> expected, int days) throws IOException {
        Map<String, Integer> rows = new HashMap<>();
        Map<String, String> lastDay = new HashMap<>();
        scan(file, List.of("arm", "replication", "day"), SeriesMetrics.ALL.keys(), expected, (row, f) -> {
            String run = run(row.get(0), row.get(1));
            rows.merge(run, 1, Integer::sum);
            lastDay.put(run, row.get(2));
        });
        requireAll(file, expected, rows.keySet());
        int count = rows.values().iterator().next();
        for (String run : expected) {
            if (rows.get(run) != count || !lastDay.get(run).equals(Integer.toString(days))) {
                throw bad(file, "run " + run + " has " + rows.get(run) + " days up to day " + lastDay.get(run)
                        + ", others " + count + " up to day " + days + " (the horizon in run.json)");
            }
        }
    }

    /**
     * Reads a table row by row: its leading columns and every metric column of the registry, every row's
     * width and run, and a complete last line.
     */
    private static void scan(Path file, List<String> leading, List<String> metrics, Set<String> runs, RowCheck check)
            throws IOException {
        if (!Files.isRegularFile(file)) {
            throw bad(file, "missing");
        }
        if (!TableFile.compressed(file) && !endsWithNewline(file)) {
            throw bad(file, "its last line is incomplete (the file was cut short)");
        }
        try (Reader in = TableFile.open(file);
             CSVParser parser = FORMAT.parse(in)) {
            scanRows(file, parser, leading, metrics, runs, check);
        } catch (ZipException | EOFException e) {
            throw bad(file, "not a complete gzip file (" + e.getMessage() + ")");
        } catch (CharacterCodingException | UncheckedIOException | IllegalStateException e) {
            if (e.getCause() instanceof ZipException || e.getCause() instanceof EOFException) {
                throw bad(file, "not a complete gzip file (" + e.getCause().getMessage() + ")");
            }
            throw bad(file, "not valid UTF-8 CSV (" + e.getMessage() + ")");
        }
    }

    private static void scanRows(Path file, CSVParser parser, List<String> leading, List<String> metrics,
                                 Set<String> runs, RowCheck check) {
        int width = -1;
        for (CSVRecord row : parser) {
            if (width < 0) {
                width = row.size();
                if (width < leading.size() || !row.toList().subList(0, leading.size()).equals(leading)) {
                    throw bad(file, "its header does not begin with " + String.join(",", leading));
                }
                for (String metric : metrics) {
                    if (!row.toList().contains(metric)) {
                        throw bad(file, "it has no column " + metric);
                    }
                }
                continue;
            }
            if (row.size() != width) {
                throw bad(file, "line " + (row.getRecordNumber()) + " has " + row.size() + " cells, the header "
                        + width);
            }
            if (!runs.contains(run(row.get(0), row.get(1)))) {
                throw bad(file, "line " + row.getRecordNumber() + " is of arm " + row.get(0) + ", replication "
                        + row.get(1) + ", which run.json does not name (a table of another run?)");
            }
            check.accept(row, file);
        }
        if (width < 0) {
            throw bad(file, "empty");
        }
    }

    private static boolean endsWithNewline(Path file) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "r")) {
            if (f.length() == 0) {
                return false;
            }
            f.seek(f.length() - 1);
            return f.read() == '\n';
        }
    }

    private static void requireAll(Path file, Set<String> expected, Set<String> found) {
        for (String run : expected) {
            if (!found.contains(run)) {
                throw bad(file, "has no rows of run " + run + ", which run.json names (" + found.size() + " of "
                        + expected.size() + " runs present)");
            }
        }
    }

    private static String run(String arm, String replication) {
        return arm + " #" + replication;
    }

    private static BadInputException bad(Path file, String what) {
        return new BadInputException(file + " is not a complete table of this results directory: " + what
                + ". Re-run loyaltylab run to rebuild the folder.");
    }

    /** A check of one data row. */
    @FunctionalInterface
    private interface RowCheck {
        void accept(CSVRecord row, Path file);
    }
}

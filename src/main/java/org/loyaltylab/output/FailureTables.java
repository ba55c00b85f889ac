package org.loyaltylab.output;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.stream.Stream;
import org.loyaltylab.experiment.FailureSink;
import org.loyaltylab.experiment.FailureTable;
import org.loyaltylab.output.io.TableFile;

/**
 * Streams the failure record of an experiment into {@code failures.csv} (arm x replication x
 * failure; gzip-compressed as {@code failures.csv.gz} unless plain tables are asked for): each
 * run's rows go to a plain part file as the run ends, on the run's own thread, so no more than
 * the running runs' records are ever held in memory; {@link #assemble()} then joins the parts in
 * arm, replication order into the table, atomically (written beside it, then renamed), and
 * deletes them.
 */
public final class FailureTables implements FailureSink {
    /** File name of the failure record, plain (see {@link TableFile} for the compressed name). */
    public static final String FAILURES = "failures.csv";
    private static final String PARTS = ".failures.parts";

    private final Path target;
    private final Path parts;
    private final ConcurrentSkipListMap<Long, Path> written = new ConcurrentSkipListMap<>();

    /**
     * Prepares to write {@code dir/failures.csv} (or {@code .csv.gz}), clearing parts a crashed run may have left.
     *
     * @param compressed whether to gzip the table
     */
    public FailureTables(Path dir, boolean compressed) throws IOException {
        this.target = dir.resolve(TableFile.name(FAILURES, compressed));
        this.parts = dir.resolve(PARTS);
        deleteParts();
        Files.createDirectories(parts);
    }

    @Override
    public void accept(String arm, int armIndex, int replication, FailureTable table) throws IOException {
        Path part = parts.resolve(armIndex + "-" + replication + ".csv");
        String prefix = CsvCells.line(arm, replication) + ",";
        try (BufferedWriter w = Files.newBufferedWriter(part, StandardCharsets.UTF_8)) {
            for (int i = 0; i < table.size(); i++) {
                w.write(prefix + CsvCells.line(table.row(i)) + "\n");
            }
        }
        written.put(((long) armIndex << 32) | replication, part);
    }

    /** Writes the table from the parts of every run so far, in arm, replication order. */
    public void assemble() throws IOException {
        TableFile.write(target, this::concatenate);
        deleteParts();
    }

    private void concatenate(Writer w) throws IOException {
        w.write("arm,replication," + String.join(",", FailureTable.COLUMNS) + "\n");
        for (Path part : written.values()) {
            try (Reader r = Files.newBufferedReader(part, StandardCharsets.UTF_8)) {
                r.transferTo(w);
            }
        }
    }

    private void deleteParts() throws IOException {
        if (!Files.isDirectory(parts)) {
            return;
        }
        try (Stream<Path> files = Files.list(parts)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Files.delete(p);
            }
        }
        Files.delete(parts);
        written.clear();
    }
}

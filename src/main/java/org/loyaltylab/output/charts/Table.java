package org.loyaltylab.output.charts;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.loyaltylab.output.io.TableFile;

/**
 * A CSV table read back from a results directory (Commons CSV, header row, comma separated,
 * empty cell = missing; a {@code .csv.gz} file is decompressed as it is read), with forgiving
 * typed access: a missing column or an empty or unreadable cell reads as NaN or "".
 */
public final class Table {
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
            .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).get();

    private final List<CSVRecord> rows;
    private final Map<String, Integer> header;

    private Table(List<CSVRecord> rows, Map<String, Integer> header) {
        this.rows = rows;
        this.header = header;
    }

    /** @return the table in {@code file}, or null if the file does not exist */
    public static Table readIfPresent(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try (Reader in = TableFile.open(file); CSVParser parser = FORMAT.parse(in)) {
            return new Table(new ArrayList<>(parser.getRecords()), parser.getHeaderMap());
        }
    }

    /**
     * Streams the rows of a large table without keeping them (e.g. customers.csv.gz).
     *
     * @return false if the file does not exist
     */
    public static boolean forEachRow(Path file, Consumer<CSVRecord> action) throws IOException {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (Reader in = TableFile.open(file); CSVParser parser = FORMAT.parse(in)) {
            for (CSVRecord r : parser) {
                action.accept(r);
            }
        }
        return true;
    }

    /** @return the rows */
    public List<CSVRecord> rows() {
        return rows;
    }

    /** @return the column names, in file order */
    public List<String> columns() {
        return List.copyOf(header.keySet());
    }

    /** @return true if the table has the column */
    public boolean has(String column) {
        return header.containsKey(column);
    }

    /** @return a numeric cell, NaN when the column is absent or the cell empty or not a number */
    public static double number(CSVRecord row, String column) {
        String v = text(row, column);
        if (v.isEmpty()) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** @return a text cell, "" when the column is absent */
    public static String text(CSVRecord row, String column) {
        if (!row.isMapped(column) || !row.isSet(column)) {
            return "";
        }
        String v = row.get(column);
        return v == null ? "" : v.trim();
    }

    /** @return the distinct values of a column, in order of first appearance */
    public List<String> distinct(String column) {
        List<String> out = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (CSVRecord r : rows) {
            String v = text(r, column);
            if (seen.add(v)) {
                out.add(v);
            }
        }
        return out;
    }
}

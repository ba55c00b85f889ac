package org.loyaltylab.output.charts;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** A CSV table read back from a results directory (Commons CSV), with typed access to cells. */
public final class Table {
    private final List<CSVRecord> rows;
    private final Map<String, Integer> header;

    private Table(List<CSVRecord> rows, Map<String, Integer> header) {
        this.rows = rows;
        this.header = header;
    }

    /** @return the table in {@code file}, or null if the file does not exist */
    public static Table readIfPresent(Path file) throws IOException {
        if (!Files.exists(file)) {
            return null;
        }
        try (Reader in = Files.newBufferedReader(file);
             CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            return new Table(new ArrayList<>(parser.getRecords()), parser.getHeaderMap());
        }
    }

    /**
     * Streams the rows of a large table without keeping them (e.g. customers.csv).
     *
     * @return false if the file does not exist
     */
    public static boolean forEachRow(Path file, java.util.function.Consumer<CSVRecord> action) throws IOException {
        if (!Files.exists(file)) {
            return false;
        }
        try (Reader in = Files.newBufferedReader(file);
             CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
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

    /** @return true if the table has the column */
    public boolean has(String column) {
        return header.containsKey(column);
    }

    /** @return a numeric cell, NaN when empty */
    public static double number(CSVRecord row, String column) {
        String v = row.get(column);
        return v == null || v.isEmpty() ? Double.NaN : Double.parseDouble(v);
    }

    /** @return the distinct values of a column, in order of first appearance */
    public List<String> distinct(String column) {
        List<String> out = new ArrayList<>();
        for (CSVRecord r : rows) {
            String v = r.get(column);
            if (!out.contains(v)) {
                out.add(v);
            }
        }
        return out;
    }
}

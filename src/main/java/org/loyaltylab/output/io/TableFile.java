package org.loyaltylab.output.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * A large table of a results folder, written either as plain CSV ({@code NAME.csv}) or
 * gzip-compressed ({@code NAME.csv.gz}, which pandas and readr read directly), and read back in
 * either form. The compressed form is byte-for-byte deterministic: Java's gzip header carries no
 * file name and a modification time of 0.
 */
public final class TableFile {
    /** Suffix of a compressed table. */
    public static final String GZIP = ".gz";

    private TableFile() {
    }

    /** @return the name {@code csv} is written under: itself, or with {@code .gz} when compressed */
    public static String name(String csv, boolean compressed) {
        return compressed ? csv + GZIP : csv;
    }

    /** @return whether a file of this name is a table (plain or compressed CSV) */
    public static boolean isTable(String name) {
        return name.endsWith(".csv") || name.endsWith(".csv" + GZIP);
    }

    /** @return whether {@code file} is compressed (its name ends in {@code .gz}) */
    public static boolean compressed(Path file) {
        return file.getFileName().toString().endsWith(GZIP);
    }

    /** @return {@code dir/csv.gz} if it exists, else {@code dir/csv} (which may not exist either) */
    public static Path find(Path dir, String csv) {
        Path gz = dir.resolve(csv + GZIP);
        return Files.isRegularFile(gz) ? gz : dir.resolve(csv);
    }

    /** @return a buffered UTF-8 reader of the table's text, decompressing a {@code .gz} file */
    public static Reader open(Path file) throws IOException {
        if (!compressed(file)) {
            return Files.newBufferedReader(file, StandardCharsets.UTF_8);
        }
        return new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(file), 1 << 16),
                StandardCharsets.UTF_8), 1 << 16);
    }

    /** Writes the table's UTF-8 text to {@code target} atomically, gzip-compressed when its name ends in {@code .gz}. */
    public static void write(Path target, AtomicFiles.TextWriter content) throws IOException {
        if (compressed(target)) {
            AtomicFiles.writeGzipText(target, content);
        } else {
            AtomicFiles.writeText(target, content);
        }
    }
}

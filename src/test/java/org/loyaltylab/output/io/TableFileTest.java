package org.loyaltylab.output.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tables written plain or gzip-compressed read back as the same text, and the same text gives the same bytes. */
class TableFileTest {
    private static final String TEXT = "arm,replication,id\n" + "kind,1,7\n".repeat(2000) + "défensive,2,8\n";

    @Test
    void compressedAndPlainTablesReadBackAsTheSameText(@TempDir Path dir) throws IOException {
        Path plain = dir.resolve(TableFile.name("t.csv", false));
        Path gzip = dir.resolve(TableFile.name("t.csv", true));
        TableFile.write(plain, w -> w.write(TEXT));
        TableFile.write(gzip, w -> w.write(TEXT));
        assertEquals("t.csv.gz", gzip.getFileName().toString());
        assertEquals(TEXT, Files.readString(plain));
        assertEquals(TEXT, read(plain));
        assertEquals(TEXT, read(gzip));
        assertTrue(Files.size(gzip) * 10 < Files.size(plain), "a repetitive table compresses well");
    }

    @Test
    void theSameTextGivesTheSameBytesWithNoTimeInTheHeader(@TempDir Path dir) throws IOException {
        Path a = dir.resolve("a.csv.gz");
        Path b = dir.resolve("b.csv.gz");
        TableFile.write(a, w -> w.write(TEXT));
        TableFile.write(b, w -> w.write(TEXT));
        byte[] bytes = Files.readAllBytes(a);
        assertArrayEquals(bytes, Files.readAllBytes(b));
        assertArrayEquals(new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0}, Arrays.copyOf(bytes, 8),
                "gzip magic, deflate, no flags (no file name), modification time 0");
    }

    @Test
    void findPrefersTheCompressedTableAndIsTableKnowsBothForms(@TempDir Path dir) throws IOException {
        assertEquals(dir.resolve("t.csv"), TableFile.find(dir, "t.csv"), "neither: the plain name");
        Files.writeString(dir.resolve("t.csv"), TEXT);
        assertEquals(dir.resolve("t.csv"), TableFile.find(dir, "t.csv"));
        TableFile.write(dir.resolve("t.csv.gz"), w -> w.write(TEXT));
        assertEquals(dir.resolve("t.csv.gz"), TableFile.find(dir, "t.csv"));
        assertTrue(TableFile.isTable("customers.csv") && TableFile.isTable("customers.csv.gz"));
        assertFalse(TableFile.isTable("run.json") || TableFile.isTable("notes.gz"));
    }

    private static String read(Path file) throws IOException {
        try (Reader r = TableFile.open(file)) {
            StringBuilder text = new StringBuilder();
            char[] buffer = new char[4096];
            for (int n; (n = r.read(buffer)) >= 0; ) {
                text.append(buffer, 0, n);
            }
            return text.toString();
        }
    }
}

package org.loyaltylab.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The text a document holds between {@code <!-- MARKER:begin -->} and {@code <!-- MARKER:end -->},
 * where {@code scripts/regen-docs.sh} embeds tables generated from the registries.
 */
public final class EmbeddedText {
    private EmbeddedText() {
    }

    /** @return the text between the markers, after the begin marker's line; fails if a marker is missing */
    public static String between(Path document, String marker) throws IOException {
        String doc = Files.readString(document);
        String begin = "<!-- " + marker + ":begin -->\n";
        int from = doc.indexOf(begin);
        int to = doc.indexOf("<!-- " + marker + ":end -->");
        assertTrue(from >= 0 && to > from, marker + " markers present in " + document);
        return doc.substring(from + begin.length(), to);
    }
}

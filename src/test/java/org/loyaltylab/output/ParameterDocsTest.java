package org.loyaltylab.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.loyaltylab.model.param.ParameterDef;
import org.loyaltylab.model.param.ParameterRegistry;
import org.junit.jupiter.api.Test;

/** docs/MODEL.md's parameter table is exactly the one generated from the registry. */
class ParameterDocsTest {
    @Test
    void modelDocumentationEmbedsTheGeneratedTable() throws IOException {
        String doc = Files.readString(Path.of("docs/MODEL.md"));
        String begin = "<!-- params:begin -->\n";
        int from = doc.indexOf(begin);
        int to = doc.indexOf("<!-- params:end -->");
        assertTrue(from >= 0 && to > from, "markers present");
        assertEquals(ParameterDocs.render(DocFormat.MARKDOWN), doc.substring(from + begin.length(), to),
                "regenerate with: ./loyaltylab params --format markdown");
    }

    @Test
    void everyParameterIsDocumentedAndItsDefaultIsAllowed() {
        String csv = ParameterDocs.render(DocFormat.CSV);
        for (ParameterDef d : ParameterRegistry.all()) {
            assertTrue(csv.contains(d.key() + ","), d.key());
            assertEquals(d.defaultValue(), d.coerce(d.defaultValue()), d.key());
            assertTrue(!d.meaning().isBlank() && !d.source().isBlank() && !d.unit().isBlank(), d.key());
        }
    }
}

package org.loyaltylab.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.loyaltylab.model.param.ParameterDef;
import org.loyaltylab.model.param.ParameterRegistry;
import org.junit.jupiter.api.Test;
import org.loyaltylab.testing.EmbeddedText;

/** docs/MODEL.md's parameter table is exactly the one generated from the registry. */
class ParameterDocsTest {
    @Test
    void modelDocumentationEmbedsTheGeneratedTable() throws IOException {
        assertEquals(ParameterDocs.render(DocFormat.MARKDOWN), EmbeddedText.between(Path.of("docs/MODEL.md"), "params"),
                "regenerate with: scripts/regen-docs.sh");
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

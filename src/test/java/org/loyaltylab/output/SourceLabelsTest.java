package org.loyaltylab.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.loyaltylab.model.param.ParameterDef;
import org.loyaltylab.model.param.ParameterRegistry;
import org.loyaltylab.testing.SourceLabels;

/**
 * Sources are named as docs/REFERENCES.md names them, never as "seed 00x": in every format of
 * the parameter table, in the ready experiments' descriptions and in the documents.
 */
class SourceLabelsTest {
    private static final Path REFERENCES = Path.of("docs/REFERENCES.md");
    /** A published study cited as "Author(s) year", e.g. "de Matos, Henrique and Rossi 2007". */
    private static final Pattern STUDY =
            Pattern.compile("(?:de )?[A-Z][\\w']+(?:, [A-Z][\\w']+)*(?: and [A-Z][\\w']+)? \\d{4}");

    /** A quoted title, e.g. 'The 3 paradoxes of customer service'. */
    private static final Pattern TITLE = Pattern.compile("(?:^|[\\s(])'[A-Z][^']*'");

    /** @return the short forms (in bold) of the five articles of section 1 of docs/REFERENCES.md */
    private static List<String> articles() throws IOException {
        String doc = Files.readString(REFERENCES);
        String section = doc.substring(doc.indexOf("## 1."), doc.indexOf("## 2."));
        List<String> forms = new ArrayList<>();
        Matcher m = Pattern.compile("^\\d\\. \\*\\*(.+?)\\*\\*", Pattern.MULTILINE).matcher(section);
        while (m.find()) {
            forms.add(m.group(1));
        }
        return forms;
    }

    @Test
    void theParameterTableNamesNoSeedInAnyFormat() {
        for (DocFormat format : DocFormat.values()) {
            SourceLabels.assertAbsent(SourceLabels.SEED_LABEL, ParameterDocs.render(format), "params " + format);
        }
    }

    @Test
    void everyArticleTheParametersCiteIsCitedAsInTheReferences() throws IOException {
        List<String> forms = articles();
        assertEquals(5, forms.size(), "five articles in docs/REFERENCES.md, section 1: " + forms);
        String sources = String.join("\n", ParameterRegistry.all().stream().map(ParameterDef::source).toList());
        for (String form : forms) {
            assertTrue(sources.contains(form), "a parameter cites " + form);
        }
        for (String source : sources.split("\n")) {
            assertTrue(!TITLE.matcher(source).find() || forms.stream().anyMatch(source::contains),
                    "a title in a source belongs to a reference: " + source);
        }
    }

    @Test
    void everyStudyTheParametersCiteIsInTheReferences() throws IOException {
        String doc = Files.readString(REFERENCES);
        int cited = 0;
        for (ParameterDef d : ParameterRegistry.all()) {
            Matcher m = STUDY.matcher(d.source());
            while (m.find()) {
                assertTrue(doc.contains("**" + m.group() + "**"), d.key() + " cites " + m.group());
                cited++;
            }
        }
        assertTrue(cited > 0, "the pattern finds the studies cited");
    }

    @Test
    void experimentsAndDocumentsNameNoSeed() throws IOException {
        List<Path> files = new ArrayList<>(List.of(Path.of("README.md"), Path.of("docs/MODEL.md"), REFERENCES));
        try (Stream<Path> yaml = Files.walk(Path.of("experiments"))) {
            yaml.filter(p -> p.toString().endsWith(".yaml")).forEach(files::add);
        }
        for (Path file : files) {
            SourceLabels.assertAbsent(SourceLabels.SEED_LABEL, Files.readString(file), file.toString());
        }
    }

    @Test
    void theLabelPatternCatchesTheOldLabelsButNotTheRandomSeed() {
        for (String old : List.of("Seed 001: the customers", "(seed 000 paradox 2)", "(seeds 002 and 003)", "S004",
                "the seed article")) {
            assertTrue(SourceLabels.SEED_LABEL.matcher(old).find(), old);
        }
        for (String seed : List.of("master seed 20261124", "--seed N", "seed: 42", "The same seed gives the same tables",
                "arm,replication,seed")) {
            assertTrue(!SourceLabels.SEED_LABEL.matcher(seed).find(), seed);
        }
    }
}

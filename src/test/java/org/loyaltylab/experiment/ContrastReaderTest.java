package org.loyaltylab.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Declared contrasts are read in file order; without a {@code contrasts:} section every arm faces the baseline. */
class ContrastReaderTest {
    private static final String FILE = "name: four\ndescription: A question.\narms:\n  - name: d\n    baseline: true\n"
            + "  - name: k\n  - name: dv\n  - name: kv\n";

    @Test
    void pairsAndInteractionsAreReadInFileOrder(@TempDir Path tmp) throws IOException {
        Path file = tmp.resolve("e.yaml");
        Files.writeString(file, FILE + "contrasts:\n  - {name: widens, interaction: [[kv, dv], [k, d]]}\n"
                + "  - name: volatile-kind\n    arm: kv\n    against: k\n");
        ExperimentSpec spec = ExperimentLoader.load(file);
        List<Contrast> expected = List.of(new Contrast("widens", "kv", "dv", "k", "d"),
                new Contrast("volatile-kind", "kv", "k", null, null));
        assertEquals(expected, spec.contrasts());
        assertEquals(expected, spec.withReplications(3).withOverride("market.competition", 0.2).contrasts());
        assertEquals("(kv - dv) - (k - d)", spec.contrasts().get(0).definition());
    }

    @Test
    void withoutContrastsEveryArmFacesTheBaseline(@TempDir Path tmp) throws IOException {
        Path file = tmp.resolve("e.yaml");
        Files.writeString(file, FILE);
        ExperimentSpec spec = ExperimentLoader.load(file);
        assertEquals(List.of(), spec.declaredContrasts());
        assertEquals(List.of(Contrast.pair("k", "d"), Contrast.pair("dv", "d"), Contrast.pair("kv", "d")),
                spec.contrasts());
        assertEquals("kv-vs-d", spec.contrasts().get(2).name());
    }
}

package org.loyaltylab.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.loyaltylab.model.param.Parameters;

/** Scale parameters left at the 20,000-customer values are warned of with the numbers and a suggestion. */
class ScaleWarningsTest {
    @Test
    void theDefaultsAreInProportion() {
        assertEquals(List.of(), ScaleWarnings.of(Parameters.defaults(), true));
    }

    @Test
    void eightThousandCustomersWithTheDefaultAgentsAndAcquisitionAreWarnedOf() {
        List<String> w = ScaleWarnings.of(Parameters.defaults().with("customers.initial_count", 8000), true);
        assertEquals(List.of("contact_centre.agents = 3 is out of proportion with customers.initial_count = 8,000: "
                        + "1.11 contacts per agent-hour where the defaults have 2.78; suggested: 1",
                "market.marketing_acquisitions_per_day = 6 is 27.4 % of the base a year with 8,000 customers, where the "
                        + "defaults win 11.0 % a year; suggested: 2.4 (or state a centre: section, which derives the rate "
                        + "that keeps the base steady)"), w);
    }

    @Test
    void staffingThatCannotKeepUpIsAlwaysWarnedOf() {
        List<String> w = ScaleWarnings.of(Parameters.defaults().with("customers.initial_count", 200_000), false);
        assertEquals(1, w.size(), w::toString);
        assertTrue(w.get(0).startsWith("contact_centre.agents = 3 cannot keep up: 2,000 routine contacts a day"), w.get(0));
    }

    @Test
    void noReadyExperimentIsWarnedOf() throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(Path.of("experiments"), "*.yaml")) {
            for (Path f : files) {
                assertEquals(List.of(), ScaleWarnings.of(ExperimentLoader.load(f)), f::toString);
            }
        }
    }
}

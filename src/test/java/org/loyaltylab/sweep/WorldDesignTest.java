package org.loyaltylab.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loyaltylab.BadInputException;
import org.loyaltylab.model.param.ParameterPriors;
import org.loyaltylab.model.param.ParameterRegistry;
import org.loyaltylab.model.param.ParameterType;
import org.loyaltylab.model.param.Prior;

/** Worlds drawn over the priors or read from accepted sets. */
class WorldDesignTest {
    @Test
    void latinHypercubeStaysInsideThePriorsWithOneWorldPerStratum() {
        int n = 40;
        WorldDesign d = WorldDesign.latinHypercube(n, Set.of("loyalty.kind_gain"), 99);
        assertFalse(d.keys().contains("loyalty.kind_gain"), "a parameter the experiment fixes is not varied");
        assertEquals(ParameterPriors.all().size() - 1, d.keys().size());
        assertEquals(n, d.worlds().size());
        for (String key : d.keys()) {
            Prior p = ParameterPriors.find(key).orElseThrow();
            int[] strata = new int[n];
            for (Map<String, Object> w : d.worlds()) {
                double v = ((Number) w.get(key)).doubleValue();
                assertTrue(v >= p.lower() && v <= p.upper(), key + " = " + v);
                double u = p.logUniform() ? Math.log(v / p.lower()) / Math.log(p.upper() / p.lower())
                        : (v - p.lower()) / (p.upper() - p.lower());
                strata[Math.min(n - 1, (int) Math.floor(u * n))]++;
            }
            if (ParameterRegistry.require(key).type() == ParameterType.REAL) {
                int[] one = new int[n];
                Arrays.fill(one, 1);
                assertTrue(Arrays.equals(one, strata), key + ": one world in each of the " + n + " strata");
            }
        }
        assertEquals(d.worlds(), WorldDesign.latinHypercube(n, Set.of("loyalty.kind_gain"), 99).worlds(),
                "the same seed draws the same worlds");
    }

    @Test
    void acceptedSetsAreReadByParameterColumnsAndOtherColumnsIgnored(@TempDir Path tmp) throws IOException {
        Path csv = tmp.resolve("accepted.csv");
        Files.writeString(csv, String.join("\n", "id,note,loyalty.defensive_loss,service.max_contacts,distance",
                "1,\"kept, barely\",0.1,4,0.3", "2,plain,0.2,2,0.1", "3,last,0.05,3,0.2", ""));
        WorldDesign d = WorldDesign.fromCsv(csv, 2, Set.of());
        assertEquals(List.of("loyalty.defensive_loss", "service.max_contacts"), d.keys());
        assertEquals(List.of(Map.of("loyalty.defensive_loss", 0.1, "service.max_contacts", 4),
                Map.of("loyalty.defensive_loss", 0.2, "service.max_contacts", 2)), d.worlds());
        assertEquals(1, WorldDesign.fromCsv(csv, null, Set.of("loyalty.defensive_loss")).keys().size(),
                "a column the experiment fixes is ignored");
        Files.writeString(csv, "loyalty.defensive_loss\n7\n");
        assertThrows(BadInputException.class, () -> WorldDesign.fromCsv(csv, null, Set.of()));
    }
}

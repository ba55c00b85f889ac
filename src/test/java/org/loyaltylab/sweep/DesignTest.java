package org.loyaltylab.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The sweep designs: sizes, ranges, and the stratification each design promises. */
class DesignTest {
    private static final Factor EMPATHY = new Factor("agents.empathy_mean", 0.2, 0.8, 3, List.of(), false);
    private static final Factor AGENTS = new Factor("contact_centre.agents", 2, 6, 5, List.of(), true);
    private static final Factor HANDLING = new Factor("policies.handling", Double.NaN, Double.NaN, 0,
            List.of("kind", "defensive"), false);
    private static final List<Factor> FACTORS = List.of(EMPATHY, AGENTS, HANDLING);

    @Test
    void gridHoldsEveryCombinationOnceWithTheFirstFactorSlowest() {
        List<Map<String, Object>> points = Design.points(DesignKind.GRID, FACTORS, 0, 1);
        assertEquals(3 * 5 * 2, points.size());
        assertEquals(points.size(), new HashSet<>(points).size());
        assertEquals(Map.of("agents.empathy_mean", 0.2, "contact_centre.agents", 2, "policies.handling", "kind"),
                points.get(0));
        assertEquals(Map.of("agents.empathy_mean", 0.2, "contact_centre.agents", 2, "policies.handling", "defensive"),
                points.get(1));
        assertEquals(Map.of("agents.empathy_mean", 0.8, "contact_centre.agents", 6, "policies.handling", "defensive"),
                points.get(points.size() - 1));
        assertEquals(List.of(0.2, 0.5, 0.8), EMPATHY.gridValues());
        assertEquals(List.of(2, 3, 4, 5, 6), AGENTS.gridValues());
        assertEquals(List.of("agents.empathy_mean", "contact_centre.agents", "policies.handling"),
                List.copyOf(points.get(7).keySet()));
    }

    @Test
    void latinHypercubeHasOnePointInEveryStratumOfEveryCoordinate() {
        int n = 97;
        double[][] x = Design.latinHypercube(n, 4, 5);
        assertEquals(n, x.length);
        for (int j = 0; j < 4; j++) {
            Set<Integer> strata = new HashSet<>();
            for (double[] row : x) {
                assertTrue(row[j] >= 0 && row[j] < 1);
                strata.add((int) Math.floor(row[j] * n));
            }
            assertEquals(n, strata.size(), "coordinate " + j);
        }
    }

    @Test
    void latinHypercubeIsAFunctionOfItsSeed() {
        assertTrue(java.util.Arrays.deepEquals(Design.latinHypercube(20, 3, 5), Design.latinHypercube(20, 3, 5)));
        assertTrue(!java.util.Arrays.deepEquals(Design.latinHypercube(20, 3, 5), Design.latinHypercube(20, 3, 6)));
    }

    /**
     * The first 2^m Sobol points fill the 2^m strata of every coordinate once; the design starts
     * at the third, so its first 2^m - 2 points fill every stratum but those of the origin and
     * the centre.
     */
    @Test
    void sobolPointsFillEveryStratumButThoseOfTheOriginAndTheCentreOnce() {
        int m = 6;
        int strata = 1 << m;
        double[][] x = Design.sobol(strata - 2, 5);
        assertEquals(0.75, x[0][0]);
        for (int j = 0; j < 5; j++) {
            Set<Integer> seen = new HashSet<>();
            for (double[] row : x) {
                seen.add((int) Math.floor(row[j] * strata));
            }
            assertEquals(strata - 2, seen.size(), "coordinate " + j);
            assertTrue(!seen.contains(0) && !seen.contains(strata / 2), "coordinate " + j);
        }
    }

    @Test
    void samplingDesignsMapTheUnitCubeIntoTheFactorsRanges() {
        for (DesignKind kind : List.of(DesignKind.LATIN_HYPERCUBE, DesignKind.SOBOL, DesignKind.SALTELLI)) {
            List<Map<String, Object>> points = Design.points(kind, FACTORS, 16, 3);
            assertEquals(kind == DesignKind.SALTELLI ? 16 * (3 + 2) : 16, points.size(), kind.name());
            Set<Object> handling = new HashSet<>();
            for (Map<String, Object> p : points) {
                double empathy = (Double) p.get("agents.empathy_mean");
                int agents = (Integer) p.get("contact_centre.agents");
                assertTrue(empathy >= 0.2 && empathy <= 0.8, kind + " empathy " + empathy);
                assertTrue(agents >= 2 && agents <= 6, kind + " agents " + agents);
                handling.add(p.get("policies.handling"));
            }
            assertEquals(Set.of("kind", "defensive"), handling, kind.name());
            assertEquals(points, Design.points(kind, FACTORS, 16, 3), kind + " is deterministic");
        }
        assertNotEquals(Design.points(DesignKind.LATIN_HYPERCUBE, FACTORS, 16, 3),
                Design.points(DesignKind.LATIN_HYPERCUBE, FACTORS, 16, 4));
    }

    @Test
    void factorsMapTheUnitIntervalToTheirRangeAndLevels() {
        assertEquals(0.2, EMPATHY.fromUnit(0));
        assertEquals(0.8, EMPATHY.fromUnit(1));
        assertEquals(4, AGENTS.fromUnit(0.5));
        assertEquals("kind", HANDLING.fromUnit(0.49));
        assertEquals("defensive", HANDLING.fromUnit(0.5));
        assertEquals("defensive", HANDLING.fromUnit(1));
    }
}

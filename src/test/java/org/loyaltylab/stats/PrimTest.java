package org.loyaltylab.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** PRIM on synthetic data whose target region is known. */
class PrimTest {
    private static double[][] uniformPoints(int n, int k, long seed) {
        Random random = new Random(seed);
        double[][] x = new double[n][k];
        for (double[] row : x) {
            for (int j = 0; j < k; j++) {
                row[j] = random.nextDouble();
            }
        }
        return x;
    }

    @Test
    void recoversAHalfSpaceAndReportsItsCoverageAndDensity() {
        double[][] x = uniformPoints(1000, 3, 7);
        boolean[] loses = new boolean[x.length];
        for (int i = 0; i < x.length; i++) {
            loses[i] = x[i][0] < 0.3;
        }
        Prim.Box box = new Prim(0.05, 0.05, 0.8).find(x, loses);
        assertTrue(box.restricted()[0]);
        assertFalse(box.restricted()[1] || box.restricted()[2], "only x1 matters");
        assertEquals(0.3, box.upper()[0], 0.02, "upper edge of the losing region (gaps between 1,000 points are ~0.001)");
        int in = 0;
        int hits = 0;
        int targets = 0;
        for (int i = 0; i < x.length; i++) {
            boolean inside = x[i][0] >= box.lower()[0] && x[i][0] <= box.upper()[0];
            in += inside ? 1 : 0;
            hits += inside && loses[i] ? 1 : 0;
            targets += loses[i] ? 1 : 0;
        }
        assertEquals(in, box.points());
        assertEquals((double) hits / targets, box.coverage(), 1e-12);
        assertEquals((double) hits / in, box.density(), 1e-12);
        assertTrue(box.coverage() >= 0.95 && box.density() >= 0.95, box.toString());
    }

    @Test
    void findsACornerInTwoInputs() {
        double[][] x = uniformPoints(2000, 4, 11);
        boolean[] loses = new boolean[x.length];
        for (int i = 0; i < x.length; i++) {
            loses[i] = x[i][1] > 0.6 && x[i][3] < 0.5;
        }
        Prim.Box box = new Prim(0.05, 0.05, 0.8).find(x, loses);
        assertEquals(0.6, box.lower()[1], 0.05);
        assertEquals(0.5, box.upper()[3], 0.05);
        assertFalse(box.restricted()[0] || box.restricted()[2], "the irrelevant inputs stay free");
        assertTrue(box.density() > 0.9 && box.coverage() >= 0.8, box.toString());
    }

    @Test
    void aFewScatteredNonTargetsDoNotBuyARestrictionEach() {
        double[][] x = uniformPoints(40, 10, 5);
        boolean[] loses = new boolean[x.length];
        java.util.Arrays.fill(loses, true);
        for (int i : new int[] {3, 11, 19, 27, 35}) {
            loses[i] = false;
        }
        Prim.Box box = new Prim(0.05, 0.05, 0.8).find(x, loses);
        int restricted = 0;
        for (boolean r : box.restricted()) {
            restricted += r ? 1 : 0;
        }
        assertTrue(restricted <= Prim.MAX_RESTRICTED, restricted + " restrictions");
        assertTrue(box.coverage() >= 0.8, box.toString());
    }

    @Test
    void withNoTargetTheBoxHoldsEveryPoint() {
        double[][] x = uniformPoints(50, 2, 3);
        Prim.Box box = new Prim(0.05, 0.05, 0.8).find(x, new boolean[x.length]);
        assertEquals(50, box.points());
        assertEquals(0, box.density(), 0);
    }
}

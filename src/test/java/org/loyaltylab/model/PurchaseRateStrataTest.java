package org.loyaltylab.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The purchase-rate stratum is the binary search's answer, on and between the cuts, ties included. */
class PurchaseRateStrataTest {
    private static int binarySearchStratum(double[] cuts, double rate) {
        int at = Arrays.binarySearch(cuts, rate);
        return at >= 0 ? at : -at - 1;
    }

    @Test
    void stratumIsTheNumberOfCutsBelowAndACutKeepsItsIndex() {
        double[] cuts = {0.1, 0.2, 0.4, 0.8};
        PurchaseRateStrata strata = new PurchaseRateStrata(cuts);
        assertEquals(0, strata.stratum(0.05));
        assertEquals(0, strata.stratum(0.1));
        assertEquals(2, strata.stratum(0.3));
        assertEquals(2, strata.stratum(0.4));
        assertEquals(4, strata.stratum(5));
    }

    @Test
    void agreesWithTheBinarySearchOnRandomRatesAndOnRepeatedCuts() {
        Random random = new Random(3);
        for (double[] cuts : new double[][] {{0.1, 0.2, 0.4, 0.8}, {0.3, 0.3, 0.3, 0.3}, {0.1, 0.2, 0.2, 0.9}}) {
            PurchaseRateStrata strata = new PurchaseRateStrata(cuts);
            for (int i = 0; i < 1000; i++) {
                double rate = i % 10 == 0 ? cuts[i % cuts.length] : random.nextDouble();
                assertEquals(binarySearchStratum(cuts, rate), strata.stratum(rate));
            }
        }
    }
}

package org.loyaltylab.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Decile cut points and bins, against ranks counted by hand. */
class DecilesTest {
    /** 1..20 in no order: the cut at i = 1..9 is the value at rank floor(i / 10 x 19), i.e. 2, 4, ..., 18. */
    private static final double[] ONE_TO_TWENTY = {7, 1, 20, 13, 2, 19, 8, 14, 3, 15, 9, 4, 16, 10, 5, 17, 11, 6, 18,
        12};

    @Test
    void cutPointsAreOrderStatisticsWithoutInterpolation() {
        assertArrayEquals(new double[] {2, 4, 6, 8, 10, 12, 14, 16, 18}, Deciles.of(ONE_TO_TWENTY).cuts());
    }

    @Test
    void aValueOnACutFallsInTheLowerBinAndTheExtremesInTheEndBins() {
        Deciles d = Deciles.of(ONE_TO_TWENTY);
        assertEquals(0, d.bin(-5));
        assertEquals(0, d.bin(1));
        assertEquals(0, d.bin(2));
        assertEquals(1, d.bin(3));
        assertEquals(1, d.bin(4));
        assertEquals(8, d.bin(18));
        assertEquals(9, d.bin(19));
        assertEquals(9, d.bin(1e9));
    }

    @Test
    void anEmptySampleHasNoDeciles() {
        assertThrows(IllegalArgumentException.class, () -> Deciles.of(new double[0]));
    }
}

package org.loyaltylab.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class IntervalRoundingTest {
    private static ConfidenceInterval ci(double mean, double half) {
        return new ConfidenceInterval(mean, mean - half, mean + half, half, 20, 0.95);
    }

    @Test
    void keepsTheSecondSignificantDigitOfTheHalfWidth() {
        assertEquals("+318 k EUR (95 % CI +301 k to +335 k)", IntervalRounding.estimate(ci(318_140, 17_020), true, "EUR"));
        assertEquals("2.312 M (95 % CI 2.271 M to 2.353 M)", IntervalRounding.estimate(ci(2_312_345, 41_000), false, ""));
    }

    @Test
    void aSmallGainIsNeverRoundedToZero() {
        assertEquals("+4,200 (95 % CI +1,400 to +7,000)", IntervalRounding.estimate(ci(4_200, 2_800), true, ""));
        assertEquals("+0.0042 (95 % CI +0.0011 to +0.0073)", IntervalRounding.estimate(ci(0.0042, 0.0031), true, ""));
    }

    @Test
    void anIntervalAcrossZeroKeepsItsSigns() {
        assertEquals("+3 k (95 % CI -9 k to +15 k)", IntervalRounding.estimate(ci(3_000, 12_000), true, ""));
    }

    @Test
    void countsStayWholeAndOneReplicationKeepsThreeDigits() {
        assertEquals("1,063 (95 % CI 1,058 to 1,069)", IntervalRounding.ofCount(ci(1_063.4, 5.2))
                .estimate(ci(1_063.4, 5.2), false, "", true));
        assertEquals("318 k", IntervalRounding.estimate(
                new ConfidenceInterval(318_140, Double.NaN, Double.NaN, Double.NaN, 1, 0.95), false, ""));
    }
}

package org.loyaltylab.model.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Reserving room and growing past it keep every stored field of every customer; the counts and
 * the open-problem flag, kept together, change only one at a time.
 */
class CustomerBaseStorageTest {
    private static CustomerProfile profile(int i) {
        return new CustomerProfile(10 + i, 0.01 * i, i / 1000.0, 1 - i / 1000.0, 0.001 * i, 0.5, i % 3 == 0,
                i / 2000.0, 1 - i / 2000.0, 0.1 * i);
    }

    private static void assertStored(CustomerBase base, int i) {
        CustomerProfile p = profile(i);
        assertEquals(p.value(), base.value(i));
        assertEquals(p.purchaseRate(), base.purchaseRate(i));
        assertEquals(p.temperament(), base.temperament(i));
        assertEquals(p.rudeness(), base.rudeness(i));
        assertEquals(p.patienceDays(), base.patience(i));
        assertEquals(p.highValue(), base.highValue(i));
        assertEquals(p.loyalty(), base.loyalty(i));
        assertEquals(p.appreciation(), base.appreciation(i));
        assertEquals(p.churnBudget(), base.budget(i));
        assertEquals(i * 0.25, base.acquiredDay(i));
        assertEquals(i % 5, base.nextActivityIndex(i));
        assertTrue(Double.isNaN(base.scheduledTime(i)));
    }

    @Test
    void fieldsSurviveTheReserveAndEveryGrowthBeyondIt() {
        CustomerBase base = new CustomerBase();
        base.reserve(100);
        for (int i = 0; i < 1000; i++) {
            base.add(profile(i), i * 0.25, AcquisitionChannel.INITIAL);
            for (int k = 0; k < i % 5; k++) {
                base.nextActivityIndex(i);
            }
        }
        assertEquals(1000, base.count());
        assertEquals(1000, base.activeCount());
        for (int i = 0; i < 1000; i++) {
            assertStored(base, i);
        }
    }

    @Test
    void activitiesContactsAndTheOpenProblemCountApart() {
        CustomerBase base = new CustomerBase();
        base.add(profile(7), 0, AcquisitionChannel.INITIAL);
        base.add(profile(8), 0, AcquisitionChannel.INITIAL);
        for (int k = 0; k < 300; k++) {
            assertEquals(k, base.nextActivityIndex(0));
            if (k % 3 == 0) {
                assertEquals(k / 3, base.nextContactIndex(0));
            }
            if (k == 100) {
                base.recordFailure(0, 1.5);
            }
            if (k == 200) {
                base.closeProblem(0);
            }
            assertEquals(k >= 100 && k < 200, base.openProblem(0), "open problem after activity " + k);
        }
        assertEquals(300, base.nextActivityIndex(0));
        assertEquals(100, base.nextContactIndex(0));
        assertEquals(0, base.nextActivityIndex(1));
        assertEquals(0, base.nextContactIndex(1));
        assertFalse(base.openProblem(1));
        assertEquals(profile(7).churnBudget(), base.budget(0));
        assertEquals(profile(7).rudeness(), base.rudeness(0));
    }
}

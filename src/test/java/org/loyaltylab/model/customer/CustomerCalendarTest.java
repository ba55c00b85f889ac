package org.loyaltylab.model.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The calendar queue against its Javadoc: order, tie-break by id, stale entries, horizon cut-off. */
class CustomerCalendarTest {
    /** The authoritative times, as the customer base keeps them. */
    private static final class Times implements ScheduledTimes {
        final double[] times;

        Times(int n) {
            times = new double[n];
            Arrays.fill(times, Double.NaN);
        }

        @Override
        public double scheduledTime(int id) {
            return times[id];
        }

        @Override
        public void setScheduledTime(int id, double time) {
            times[id] = time;
        }
    }

    /** Fires every event up to {@code until}, as the model does: each fired customer is removed. */
    private static List<Integer> fire(CustomerCalendar calendar, double until) {
        List<Integer> fired = new ArrayList<>();
        double t;
        while ((t = calendar.firstTime()) <= until) {
            int id = calendar.firstId();
            fired.add(id);
            calendar.remove(id);
        }
        return fired;
    }

    @Test
    void firesInTimeOrderAndBreaksTiesBySmallerId() {
        CustomerCalendar calendar = new CustomerCalendar(new Times(10), 30);
        calendar.set(7, 2.5);
        calendar.set(3, 0.25);
        calendar.set(9, 2.5);
        calendar.set(1, 2.5);
        calendar.set(4, 12.75);
        assertEquals(List.of(3, 1, 7, 9, 4), fire(calendar, 30));
        assertEquals(0, calendar.size());
    }

    @Test
    void movedAndRemovedCustomersLeaveStaleEntriesThatNeverFire() {
        CustomerCalendar calendar = new CustomerCalendar(new Times(10), 30);
        calendar.set(1, 5.5);
        calendar.set(2, 6.5);
        calendar.set(1, 8.5);
        calendar.set(3, 1.5);
        calendar.remove(3);
        calendar.remove(3);
        assertEquals(2, calendar.size());
        assertEquals(6.5, calendar.firstTime());
        assertEquals(List.of(2, 1), fire(calendar, 30));
    }

    @Test
    void eventsAfterTheHorizonAreCountedButNeverFire() {
        CustomerCalendar calendar = new CustomerCalendar(new Times(10), 10);
        calendar.set(1, 10);
        calendar.set(2, 10.5);
        calendar.set(3, 400);
        assertEquals(3, calendar.size());
        assertEquals(List.of(1), fire(calendar, Double.MAX_VALUE));
        calendar.set(4, 10.25);
        assertEquals(Double.POSITIVE_INFINITY, calendar.firstTime());
        assertEquals(3, calendar.size());
    }

    /** Times set while the calendar is being served, some before the event due next, even at its very time. */
    @Test
    void aTimeSetDuringTheCurrentDayFiresInOrder() {
        CustomerCalendar calendar = new CustomerCalendar(new Times(10), 30);
        calendar.set(1, 3.1);
        calendar.set(2, 3.9);
        assertEquals(3.1, calendar.firstTime());
        calendar.set(1, 3.5);
        calendar.set(5, 3.2);
        assertEquals(3.2, calendar.firstTime());
        calendar.set(6, 3.2);
        calendar.set(4, 3.2);
        assertEquals(4, calendar.firstId());
        calendar.set(3, 3.15);
        assertEquals(List.of(3, 4, 5, 6, 1, 2), fire(calendar, 30));
    }

    /** Hundreds of customers due at one instant, in reverse id order, and more while they fire. */
    @Test
    void manyEventsAtOneInstantFireInIdOrder() {
        int n = 700;
        CustomerCalendar calendar = new CustomerCalendar(new Times(n), 30);
        for (int id = n - 1; id >= 0; id -= 2) {
            calendar.set(id, 7.5);
        }
        assertEquals(7.5, calendar.firstTime());
        for (int id = n - 2; id >= 0; id -= 2) {
            calendar.set(id, 7.5);
        }
        List<Integer> fired = fire(calendar, 30);
        assertEquals(n, fired.size());
        for (int i = 0; i < n; i++) {
            assertEquals(i, fired.get(i));
        }
    }

    /** Random sets, moves and removals interleaved with firing, against a sorted set of (time, id). */
    @Test
    void agreesWithASortedReferenceUnderRandomOperations() {
        int n = 2000;
        double horizon = 200;
        Checked c = new Checked(n, horizon);
        Random random = new Random(13);
        double now = 0;
        while (now <= horizon) {
            for (int k = 0; k < 50; k++) {
                int id = random.nextInt(n);
                if (random.nextInt(5) == 0) {
                    c.remove(id);
                } else {
                    c.set(id, Math.floor((now + 30 * random.nextDouble()) * 4) / 4);
                }
            }
            now += 1 + random.nextDouble();
            double t;
            while ((t = c.calendar.firstTime()) <= now) {
                double[] expected = c.reference.first();
                assertEquals(expected[0], t);
                assertEquals((int) expected[1], c.calendar.firstId());
                c.remove(c.calendar.firstId());
            }
            assertEquals(c.firstTime(horizon), t);
            assertEquals(c.reference.size(), c.calendar.size());
        }
    }

    /**
     * A model-sized load with continuous times (so coarse buckets are spread over many fine
     * buckets): each fired customer is rescheduled, as the model does, some within the same
     * eighth of a day and some before the fine bucket being served; others are moved or removed
     * between firings. Checked against a sorted set of (time, id).
     */
    @Test
    void agreesWithASortedReferenceWhenBucketsAreSpreadFinely() {
        int n = 20_000;
        double horizon = 60;
        Checked c = new Checked(n, horizon);
        Random random = new Random(29);
        for (int id = 0; id < n; id++) {
            c.set(id, 20 * random.nextDouble());
        }
        double now = 0;
        int fired = 0;
        while (now <= horizon) {
            double t = c.calendar.firstTime();
            assertEquals(c.firstTime(horizon), t);
            if (t > horizon) {
                break;
            }
            assertEquals((int) c.reference.first()[1], c.calendar.firstId());
            now = t;
            fired++;
            int id = c.calendar.firstId();
            double gap = random.nextInt(10) == 0 ? 0.01 * random.nextDouble() : -5 * Math.log(random.nextDouble());
            c.set(id, now + gap);
            int other = random.nextInt(n);
            int action = random.nextInt(20);
            if (action == 0) {
                c.remove(other);
            } else if (action == 1) {
                c.set(other, now + 0.001 * random.nextDouble());
            } else if (action == 2) {
                c.set(other, now + 10 * random.nextDouble());
            }
            assertEquals(c.reference.size(), c.calendar.size());
        }
        assertEquals(true, fired > 100_000, "fired " + fired);
    }

    /** A calendar beside a sorted set of (time, id) that receives every set and removal too. */
    private static final class Checked {
        final CustomerCalendar calendar;
        final TreeSet<double[]> reference = new TreeSet<>((a, b) -> a[0] != b[0] ? Double.compare(a[0], b[0])
                : Double.compare(a[1], b[1]));
        private final double[] pending;

        Checked(int customers, double horizon) {
            calendar = new CustomerCalendar(new Times(customers), horizon);
            pending = new double[customers];
            Arrays.fill(pending, Double.NaN);
        }

        void set(int id, double time) {
            forget(id);
            calendar.set(id, time);
            pending[id] = time;
            reference.add(new double[] {time, id});
        }

        void remove(int id) {
            forget(id);
            calendar.remove(id);
        }

        /** @return the reference's earliest time, +infinity if none is due by the horizon */
        double firstTime(double horizon) {
            double[] head = reference.isEmpty() ? null : reference.first();
            return head == null || head[0] > horizon ? Double.POSITIVE_INFINITY : head[0];
        }

        private void forget(int id) {
            if (!Double.isNaN(pending[id])) {
                reference.remove(new double[] {pending[id], id});
                pending[id] = Double.NaN;
            }
        }
    }
}

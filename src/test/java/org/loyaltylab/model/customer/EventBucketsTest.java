package org.loyaltylab.model.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Chunked buckets against plain lists: appends across chunk boundaries, drains in order, chunks
 * reused, read-ahead visits every pair and leaves the bucket as it was.
 */
class EventBucketsTest {
    /** A customer's pending time: a function of the id, exact in binary. */
    private static final ScheduledTimes TIMES = new ScheduledTimes() {
        @Override
        public double scheduledTime(int id) {
            return id * 0.25;
        }

        @Override
        public void setScheduledTime(int id, double time) {
            throw new UnsupportedOperationException();
        }
    };

    @Test
    void drainsEachBucketInTheOrderAppendedWhileChunksAreRecycled() {
        int bucketCount = 50;
        EventBuckets buckets = new EventBuckets();
        List<List<double[]>> reference = new ArrayList<>();
        for (int b = 0; b < bucketCount; b++) {
            reference.add(new ArrayList<>());
        }
        Random random = new Random(5);
        for (int step = 0; step < 200_000; step++) {
            int b = random.nextInt(bucketCount);
            if (random.nextInt(300) == 0) {
                double expected = 0;
                for (double[] pair : reference.get(b)) {
                    expected += TIMES.scheduledTime((int) pair[0]);
                }
                assertEquals(expected, buckets.readAhead(b, TIMES));
                assertEquals(reference.get(b).size(), buckets.size(b));
            } else if (random.nextInt(400) == 0) {
                List<double[]> drained = new ArrayList<>();
                buckets.drain(b, (id, time) -> drained.add(new double[] {id, time}));
                List<double[]> expected = reference.get(b);
                assertEquals(expected.size(), drained.size());
                for (int i = 0; i < expected.size(); i++) {
                    assertEquals(expected.get(i)[0], drained.get(i)[0]);
                    assertEquals(expected.get(i)[1], drained.get(i)[1]);
                }
                expected.clear();
                assertEquals(0, buckets.size(b));
            } else {
                int id = random.nextInt(1_000_000);
                double time = random.nextDouble() * 100;
                buckets.append(b, id, time);
                reference.get(b).add(new double[] {id, time});
                assertEquals(reference.get(b).size(), buckets.size(b));
            }
        }
    }
}

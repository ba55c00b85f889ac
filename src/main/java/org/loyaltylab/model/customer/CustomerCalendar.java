package org.loyaltylab.model.customer;

import java.util.Arrays;

/**
 * The time of each active customer's next event (activity or churn). MASON's schedule serves
 * the calendar before each of its steps (see {@code LoyaltyModel}), so it holds a handful of
 * events instead of one per customer.
 *
 * <p>A two-level calendar queue: events of the current bucket (an eighth of a day) sit in a
 * binary min-heap of primitives (some 6,000 entries at a million customers, cache-resident);
 * later events are appended, unsorted, to one bucket per eighth of a day and moved into the
 * heap when their bucket comes. Finer buckets would make the heap shallower but spread the
 * appends over more bucket tails than the cache holds. The authoritative time of each
 * customer is kept in {@link ScheduledTimes}; rescheduling or removing a customer leaves stale entries behind,
 * which are recognised (their time no longer matches) and skipped. Events after the horizon
 * are remembered (they count in {@link #size()}) but never queued: they cannot fire. Ties are
 * broken by customer id, the smaller first.
 */
public final class CustomerCalendar implements CustomerEvents {
    private static final double BUCKETS_PER_DAY = 8;
    private static final int FIRST_BUCKET_CAPACITY = 16;

    private final ScheduledTimes scheduled;
    private final double horizon;
    private double[] heapTimes = new double[1024];
    private int[] heapIds = new int[1024];
    private int heapSize;
    private int[][] buckets = new int[16][];
    private int[] bucketSizes = new int[16];
    private int nextBucket;
    private int lastBucket = -1;
    private int size;

    /**
     * @param scheduled where each customer's pending time is kept
     * @param horizon   the last day on which events can fire
     */
    public CustomerCalendar(ScheduledTimes scheduled, double horizon) {
        this.scheduled = scheduled;
        this.horizon = horizon;
    }

    @Override
    public int size() {
        return size;
    }

    /** @return the earliest pending time up to the horizon, or +infinity if none */
    public double firstTime() {
        while (true) {
            while (heapSize > 0 && scheduled.scheduledTime(heapIds[0]) != heapTimes[0]) {
                pop();
            }
            if (heapSize > 0 || nextBucket > lastBucket) {
                return heapSize > 0 ? heapTimes[0] : Double.POSITIVE_INFINITY;
            }
            load(nextBucket++);
        }
    }

    /** @return the customer whose event is earliest; call right after a finite {@link #firstTime()} */
    public int firstId() {
        return heapIds[0];
    }

    /** {@inheritDoc} A time before the bucket being served fires next, in time order. */
    @Override
    public void set(int id, double time) {
        if (Double.isNaN(scheduled.scheduledTime(id))) {
            size++;
        }
        scheduled.setScheduledTime(id, time);
        if (time > horizon) {
            return;
        }
        int bucket = bucketOf(time);
        if (bucket < nextBucket) {
            push(id, time);
        } else {
            append(bucket, id);
        }
    }

    @Override
    public void remove(int id) {
        if (!Double.isNaN(scheduled.scheduledTime(id))) {
            scheduled.setScheduledTime(id, Double.NaN);
            size--;
        }
    }

    private void load(int bucket) {
        int[] ids = buckets[bucket];
        for (int i = 0; i < bucketSizes[bucket]; i++) {
            int id = ids[i];
            double t = scheduled.scheduledTime(id);
            if (bucketOf(t) == bucket) {
                push(id, t);
            }
        }
        buckets[bucket] = null;
        bucketSizes[bucket] = 0;
    }

    private static int bucketOf(double time) {
        return (int) Math.floor(time * BUCKETS_PER_DAY);
    }

    private static boolean before(double t1, int id1, double t2, int id2) {
        return t1 < t2 || (t1 == t2 && id1 < id2);
    }

    private void push(int id, double t) {
        if (heapSize == heapIds.length) {
            heapIds = Arrays.copyOf(heapIds, heapSize * 2);
            heapTimes = Arrays.copyOf(heapTimes, heapSize * 2);
        }
        int at = heapSize++;
        while (at > 0) {
            int parent = (at - 1) >>> 1;
            if (!before(t, id, heapTimes[parent], heapIds[parent])) {
                break;
            }
            heapIds[at] = heapIds[parent];
            heapTimes[at] = heapTimes[parent];
            at = parent;
        }
        heapIds[at] = id;
        heapTimes[at] = t;
    }

    private void pop() {
        int lastId = heapIds[--heapSize];
        double lastTime = heapTimes[heapSize];
        int at = 0;
        while (true) {
            int child = 2 * at + 1;
            if (child >= heapSize) {
                break;
            }
            if (child + 1 < heapSize && before(heapTimes[child + 1], heapIds[child + 1], heapTimes[child], heapIds[child])) {
                child++;
            }
            if (!before(heapTimes[child], heapIds[child], lastTime, lastId)) {
                break;
            }
            heapIds[at] = heapIds[child];
            heapTimes[at] = heapTimes[child];
            at = child;
        }
        heapIds[at] = lastId;
        heapTimes[at] = lastTime;
    }

    private void append(int bucket, int id) {
        if (bucket >= buckets.length) {
            int n = Math.max(bucket + 1, buckets.length * 2);
            buckets = Arrays.copyOf(buckets, n);
            bucketSizes = Arrays.copyOf(bucketSizes, n);
        }
        int[] ids = buckets[bucket];
        int n = bucketSizes[bucket];
        if (ids == null) {
            ids = new int[FIRST_BUCKET_CAPACITY];
            buckets[bucket] = ids;
        } else if (n == ids.length) {
            ids = Arrays.copyOf(ids, n * 2);
            buckets[bucket] = ids;
        }
        ids[n] = id;
        bucketSizes[bucket] = n + 1;
        lastBucket = Math.max(lastBucket, bucket);
    }
}

package org.loyaltylab.model.customer;

import java.util.Arrays;

/**
 * The time of each active customer's next event (activity or churn). One MASON event drives
 * the whole calendar (see {@code LoyaltyModel}), so MASON's schedule holds a handful of events
 * instead of one per customer.
 *
 * <p>A two-level calendar queue: events of the current day sit in a small indexed min-heap
 * ({@link IndexedMinHeap}, cache-resident); later events are appended, unsorted, to one bucket
 * per day and moved into the heap when their day comes. Rescheduling a customer leaves a stale
 * entry in its old bucket, skipped on loading. Events after the horizon are remembered but
 * never bucketed: they cannot fire. Ties are broken by customer id.
 */
public final class CustomerCalendar {
    private static final double BUCKET_DAYS = 1.0;

    private final IndexedMinHeap near = new IndexedMinHeap();
    private final double horizon;
    private double[] scheduled = new double[0];
    private int[][] buckets = new int[16][];
    private int[] bucketSizes = new int[16];
    private int nextBucket;
    private int lastBucket = -1;
    private int size;

    /** @param horizon the last day on which events can fire */
    public CustomerCalendar(double horizon) {
        this.horizon = horizon;
    }

    /** @return the number of customers with a pending event */
    public int size() {
        return size;
    }

    /** @return the pending time of {@code id}, or NaN if none */
    public double timeOf(int id) {
        return id < scheduled.length ? scheduled[id] : Double.NaN;
    }

    /** @return the earliest pending time up to the horizon, or +infinity if none */
    public double firstTime() {
        while (near.isEmpty() && nextBucket <= lastBucket) {
            load(nextBucket++);
        }
        return near.firstTime();
    }

    /** @return the customer whose event is earliest; {@link #firstTime()} must be finite */
    public int firstId() {
        return near.firstId();
    }

    /** Sets (inserts or moves) the pending event time of customer {@code id}. */
    public void set(int id, double time) {
        ensureId(id);
        if (Double.isNaN(scheduled[id])) {
            size++;
        }
        scheduled[id] = time;
        int bucket = (int) Math.floor(time / BUCKET_DAYS);
        if (bucket < nextBucket) {
            near.set(id, time);
            return;
        }
        near.remove(id);
        if (time <= horizon) {
            append(bucket, id);
        }
    }

    /** Removes customer {@code id}'s pending event, if any. */
    public void remove(int id) {
        if (id < scheduled.length && !Double.isNaN(scheduled[id])) {
            scheduled[id] = Double.NaN;
            size--;
            near.remove(id);
        }
    }

    private void load(int bucket) {
        int[] ids = buckets[bucket];
        for (int i = 0; i < bucketSizes[bucket]; i++) {
            int id = ids[i];
            double t = scheduled[id];
            if (!Double.isNaN(t) && (int) Math.floor(t / BUCKET_DAYS) == bucket) {
                near.set(id, t);
            }
        }
        buckets[bucket] = null;
        bucketSizes[bucket] = 0;
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
            ids = new int[64];
            buckets[bucket] = ids;
        } else if (n == ids.length) {
            ids = Arrays.copyOf(ids, n * 2);
            buckets[bucket] = ids;
        }
        ids[n] = id;
        bucketSizes[bucket] = n + 1;
        lastBucket = Math.max(lastBucket, bucket);
    }

    private void ensureId(int id) {
        if (id >= scheduled.length) {
            int old = scheduled.length;
            scheduled = Arrays.copyOf(scheduled, Math.max(id + 1, Math.max(16, old + (old >> 1))));
            Arrays.fill(scheduled, old, scheduled.length, Double.NaN);
        }
    }
}

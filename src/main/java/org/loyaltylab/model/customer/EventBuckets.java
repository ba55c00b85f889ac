package org.loyaltylab.model.customer;

import java.util.Arrays;

/**
 * Numbered buckets of (customer id, time) pairs, appended unsorted and read back in the order
 * appended: the storage of {@link CustomerCalendar}'s calendar queue. A bucket's primitive
 * arrays return to a pool when it is {@linkplain #release(int) released} and serve the next
 * bucket opened, so a run in steady state allocates nothing and rarely grows an array.
 */
final class EventBuckets {
    private static final int FIRST_CAPACITY = 16;

    private int[][] ids = new int[16][];
    private double[][] times = new double[16][];
    private int[] sizes = new int[16];
    private int[][] pooledIds = new int[16][];
    private double[][] pooledTimes = new double[16][];
    private int pooled;

    /** Appends customer {@code id} due at {@code time} to bucket {@code bucket} (any non-negative number). */
    void append(int bucket, int id, double time) {
        if (bucket >= sizes.length) {
            int n = Math.max(bucket + 1, sizes.length * 2);
            ids = Arrays.copyOf(ids, n);
            times = Arrays.copyOf(times, n);
            sizes = Arrays.copyOf(sizes, n);
        }
        int n = sizes[bucket];
        if (ids[bucket] == null) {
            open(bucket);
        } else if (n == ids[bucket].length) {
            ids[bucket] = Arrays.copyOf(ids[bucket], n * 2);
            times[bucket] = Arrays.copyOf(times[bucket], n * 2);
        }
        ids[bucket][n] = id;
        times[bucket][n] = time;
        sizes[bucket] = n + 1;
    }

    /** @return the number of pairs in {@code bucket} */
    int size(int bucket) {
        return bucket < sizes.length ? sizes[bucket] : 0;
    }

    /** @return the ids of {@code bucket} (the first {@link #size(int)} entries), or null if it is empty */
    int[] ids(int bucket) {
        return bucket < ids.length ? ids[bucket] : null;
    }

    /** @return the times of {@code bucket}, in the order of {@link #ids(int)} */
    double[] times(int bucket) {
        return times[bucket];
    }

    /** Empties {@code bucket} and gives its arrays to the pool. */
    void release(int bucket) {
        if (bucket >= ids.length || ids[bucket] == null) {
            return;
        }
        if (pooled == pooledIds.length) {
            pooledIds = Arrays.copyOf(pooledIds, pooled * 2);
            pooledTimes = Arrays.copyOf(pooledTimes, pooled * 2);
        }
        pooledIds[pooled] = ids[bucket];
        pooledTimes[pooled++] = times[bucket];
        ids[bucket] = null;
        times[bucket] = null;
        sizes[bucket] = 0;
    }

    private void open(int bucket) {
        if (pooled > 0) {
            ids[bucket] = pooledIds[--pooled];
            times[bucket] = pooledTimes[pooled];
            pooledIds[pooled] = null;
            pooledTimes[pooled] = null;
        } else {
            ids[bucket] = new int[FIRST_CAPACITY];
            times[bucket] = new double[FIRST_CAPACITY];
        }
    }
}

package org.loyaltylab.model.customer;

import java.util.Arrays;

/**
 * Numbered buckets of (customer id, time) pairs, appended unsorted and drained in the order
 * appended: the storage of {@link CustomerCalendar}'s calendar queue. A bucket is a chain of
 * fixed-size chunks of one shared pair of primitive arrays; a drained bucket's chunks go back to
 * a free list for the next append, so a bucket never copies its entries to grow, and a run in
 * steady state allocates nothing.
 */
final class EventBuckets {
    /** Receives the pairs of a drained bucket. */
    interface Sink {
        /** Takes customer {@code id}, due at {@code time}. */
        void take(int id, double time);
    }

    private static final int CHUNK = 32;
    private static final int NONE = -1;

    private int[] ids = new int[64 * CHUNK];
    private double[] times = new double[64 * CHUNK];
    private int[] nextChunk = new int[64];
    private int chunksUsed;
    private int freeChunk = NONE;

    private int[] head = new int[0];
    private int[] tail = new int[0];
    private int[] sizes = new int[0];

    /** Appends customer {@code id} due at {@code time} to bucket {@code bucket} (any non-negative number). */
    void append(int bucket, int id, double time) {
        if (bucket >= sizes.length) {
            int n = Math.max(bucket + 1, Math.max(16, sizes.length * 2));
            head = Arrays.copyOf(head, n);
            tail = Arrays.copyOf(tail, n);
            sizes = Arrays.copyOf(sizes, n);
        }
        int n = sizes[bucket];
        int within = n % CHUNK;
        if (n == 0) {
            int c = takeChunk();
            head[bucket] = c;
            tail[bucket] = c;
        } else if (within == 0) {
            int c = takeChunk();
            nextChunk[tail[bucket]] = c;
            tail[bucket] = c;
        }
        int at = tail[bucket] * CHUNK + within;
        ids[at] = id;
        times[at] = time;
        sizes[bucket] = n + 1;
    }

    /** @return the number of pairs in {@code bucket} */
    int size(int bucket) {
        return bucket < sizes.length ? sizes[bucket] : 0;
    }

    /** Gives every pair of {@code bucket} to {@code sink}, in the order appended, and empties the bucket. */
    void drain(int bucket, Sink sink) {
        int n = size(bucket);
        if (n == 0) {
            return;
        }
        int c = head[bucket];
        for (int done = 0; done < n; c = nextChunk[c]) {
            int base = c * CHUNK;
            int k = Math.min(CHUNK, n - done);
            for (int i = 0; i < k; i++) {
                sink.take(ids[base + i], times[base + i]);
            }
            done += k;
        }
        nextChunk[tail[bucket]] = freeChunk;
        freeChunk = head[bucket];
        sizes[bucket] = 0;
    }

    /**
     * Reads the pending time of every customer of {@code bucket} ahead of its use (see {@link
     * ScheduledTimes#scheduledTimeAhead(int)}), in a loop with no other work so that the processor
     * fetches many records at once, and leaves the bucket as it is.
     *
     * @return the sum of the times read (for the caller to keep, so that the reads stay)
     */
    double readAhead(int bucket, ScheduledTimes scheduled) {
        int n = size(bucket);
        double sum = 0;
        for (int c = n == 0 ? NONE : head[bucket], done = 0; done < n; c = nextChunk[c]) {
            int base = c * CHUNK;
            int k = Math.min(CHUNK, n - done);
            for (int i = 0; i < k; i++) {
                sum += scheduled.scheduledTimeAhead(ids[base + i]);
            }
            done += k;
        }
        return sum;
    }

    private int takeChunk() {
        if (freeChunk != NONE) {
            int c = freeChunk;
            freeChunk = nextChunk[c];
            return c;
        }
        if (chunksUsed == nextChunk.length) {
            int n = chunksUsed * 2;
            nextChunk = Arrays.copyOf(nextChunk, n);
            ids = Arrays.copyOf(ids, n * CHUNK);
            times = Arrays.copyOf(times, n * CHUNK);
        }
        return chunksUsed++;
    }
}

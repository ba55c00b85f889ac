package org.loyaltylab.model.customer;

import java.util.Arrays;

/**
 * The time of each active customer's next event (activity or churn). MASON's schedule serves
 * the calendar before each of its steps (see {@code LoyaltyModel}), so it holds a handful of
 * events instead of one per customer.
 *
 * <p>A three-level calendar queue. Events are appended, unsorted and with their times, to one
 * coarse bucket per eighth of a day. When a coarse bucket comes, its events are spread over
 * fine buckets (a power of two of them, eight to sixteen events each, fewer in a quiet bucket, so
 * the level adapts to the model's size), and when a fine bucket comes its events enter a binary min-heap of primitives
 * that holds only a few events: each event costs two appends and a shallow heap's push and pop,
 * not a sift through thousands. The authoritative time of each customer is kept in
 * {@link ScheduledTimes}; rescheduling or removing a customer leaves stale entries behind,
 * which are recognised (their time no longer matches) and skipped when their fine bucket
 * enters the heap or when they reach its top. Events after the horizon are remembered (they
 * count in {@link #size()}) but never queued: they cannot fire. Ties are broken by customer id, the smaller first.
 */
public final class CustomerCalendar implements CustomerEvents {
    private static final double BUCKETS_PER_DAY = 8;
    /** The fewest events per fine bucket when a coarse bucket is spread (at most twice as many). */
    private static final int EVENTS_PER_FINE_BUCKET = 8;
    private static final int MAX_FINE_BUCKETS = 1 << 16;

    private final ScheduledTimes scheduled;
    private final double horizon;
    private final EventBuckets coarse = new EventBuckets();
    private final EventBuckets fine = new EventBuckets();
    private final EventBuckets.Sink toFine = (id, time) -> fine.append(fineOf(time), id, time);
    private final EventBuckets.Sink toHeap = this::enter;
    /** The sum of the times read ahead: kept only so that the reads are not optimised away. */
    private double fetched;
    private double[] heapTimes = new double[64];
    private int[] heapIds = new int[64];
    private int heapSize;
    /** The coarse bucket whose events are in the fine buckets and the heap (-1 before the first). */
    private int current = -1;
    private int lastBucket = -1;
    private int fineCount;
    /** The next fine bucket to enter the heap (before the first coarse bucket: none left, so earlier times go to the heap). */
    private int nextFine = 1;
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
            if (heapSize > 0) {
                return heapTimes[0];
            }
            if (nextFine < fineCount) {
                fine.drain(nextFine++, toHeap);
                if (nextFine < fineCount) {
                    fetched += fine.readAhead(nextFine, scheduled);
                }
            } else if (current < lastBucket) {
                spread(++current);
            } else {
                return Double.POSITIVE_INFINITY;
            }
        }
    }

    /** @return the customer whose event is earliest; call right after a finite {@link #firstTime()} */
    public int firstId() {
        return heapIds[0];
    }

    /** {@inheritDoc} A time before the fine bucket being served fires next, in time order. */
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
        if (bucket > current) {
            coarse.append(bucket, id, time);
            lastBucket = Math.max(lastBucket, bucket);
        } else if (bucket < current) {
            push(id, time);
        } else {
            int f = fineOf(time);
            if (f < nextFine) {
                push(id, time);
            } else {
                fine.append(f, id, time);
            }
        }
    }

    @Override
    public void remove(int id) {
        if (!Double.isNaN(scheduled.scheduledTime(id))) {
            scheduled.setScheduledTime(id, Double.NaN);
            size--;
        }
    }

    /** Makes {@code bucket} the current coarse bucket and spreads its events over the fine buckets. */
    private void spread(int bucket) {
        fineCount = Math.min(MAX_FINE_BUCKETS,
                Integer.highestOneBit(Math.max(1, coarse.size(bucket) / EVENTS_PER_FINE_BUCKET)));
        nextFine = 0;
        coarse.drain(bucket, toFine);
    }

    /**
     * Pushes an entry of a fine bucket unless it is stale: reading the few customers' times (and
     * records, see {@link ScheduledTimes#scheduledTimeAhead(int)}) of a fine bucket together lets
     * the processor fetch them in parallel, a few events ahead of their use. Every fine bucket of a
     * coarse bucket but the first was read ahead once already, when the one before it entered
     * the heap ({@link EventBuckets#readAhead}), a fine bucket's worth of events earlier.
     */
    private void enter(int id, double time) {
        if (scheduled.scheduledTimeAhead(id) == time) {
            push(id, time);
        }
    }

    /**
     * @return the fine bucket of a time in the current coarse bucket: exact arithmetic (the
     *         difference of a time in eighths of a day and its whole part is exact, and the
     *         bucket count a power of two), so it is monotone in time and below the count
     */
    private int fineOf(double time) {
        return (int) ((time * BUCKETS_PER_DAY - current) * fineCount);
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
}

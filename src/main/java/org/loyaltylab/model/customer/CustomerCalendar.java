package org.loyaltylab.model.customer;

/**
 * The time of each active customer's next event (activity or churn). MASON's schedule serves
 * the calendar before each of its steps (see {@code LoyaltyModel}), so it holds a handful of
 * events instead of one per customer.
 *
 * <p>A three-level calendar queue. Events are appended, unsorted and with their times, to one
 * coarse bucket per eighth of a day. When a coarse bucket comes, its events are spread over
 * fine buckets (a power of two of them, eight to sixteen events each, fewer in a quiet bucket, so
 * the level adapts to the model's size), and when a fine bucket comes its events are sorted into
 * a short run of primitives, served from its head: each event costs two appends and an insertion
 * among a dozen, not a sift through thousands (nor a heap's sift at every event: a fired event
 * only moves the head on). An event due before the fine bucket being served is inserted into the
 * run in its place. The authoritative time of each customer is kept in
 * {@link ScheduledTimes}; rescheduling or removing a customer leaves stale entries behind,
 * which are recognised (their time no longer matches) and skipped when their fine bucket
 * enters the run or when they reach its head. Events after the horizon are remembered (they
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
    private final EventBuckets.Sink toRun = this::enter;
    /** The sum of the times read ahead: kept only so that the reads are not optimised away. */
    private double fetched;
    /** The run being served: entries {@code head} to {@code tail - 1}, in (time, id) order. */
    private double[] runTimes = new double[64];
    private int[] runIds = new int[64];
    private int head;
    private int tail;
    /** The coarse bucket whose events are in the fine buckets and the run (-1 before the first). */
    private int current = -1;
    private int lastBucket = -1;
    private int fineCount;
    /** The next fine bucket to enter the run (before the first coarse bucket: none left, so earlier times go to the run). */
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
            while (head < tail && scheduled.scheduledTime(runIds[head]) != runTimes[head]) {
                head++;
            }
            if (head < tail) {
                return runTimes[head];
            }
            head = 0;
            tail = 0;
            if (nextFine < fineCount) {
                fine.drain(nextFine++, toRun);
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
        return runIds[head];
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
            insert(id, time);
        } else {
            int f = fineOf(time);
            if (f < nextFine) {
                insert(id, time);
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
     * Inserts an entry of a fine bucket unless it is stale: reading the few customers' times (and
     * records, see {@link ScheduledTimes#scheduledTimeAhead(int)}) of a fine bucket together lets
     * the processor fetch them in parallel, a few events ahead of their use. Every fine bucket of a
     * coarse bucket but the first was read ahead once already, when the one before it entered
     * the run ({@link EventBuckets#readAhead}), a fine bucket's worth of events earlier.
     */
    private void enter(int id, double time) {
        if (scheduled.scheduledTimeAhead(id) == time) {
            insert(id, time);
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

    /** Inserts an entry in its place in the run, moving the later ones one on. */
    private void insert(int id, double t) {
        if (tail == runIds.length) {
            int n = tail - head;
            int capacity = n < runIds.length / 2 ? runIds.length : 2 * runIds.length;
            double[] times = capacity == runTimes.length ? runTimes : new double[capacity];
            int[] ids = capacity == runIds.length ? runIds : new int[capacity];
            System.arraycopy(runTimes, head, times, 0, n);
            System.arraycopy(runIds, head, ids, 0, n);
            runTimes = times;
            runIds = ids;
            head = 0;
            tail = n;
        }
        int at = tail++;
        while (at > head && before(t, id, runTimes[at - 1], runIds[at - 1])) {
            runTimes[at] = runTimes[at - 1];
            runIds[at] = runIds[at - 1];
            at--;
        }
        runTimes[at] = t;
        runIds[at] = id;
    }
}

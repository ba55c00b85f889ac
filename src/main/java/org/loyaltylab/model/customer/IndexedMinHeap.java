package org.loyaltylab.model.customer;

import java.util.Arrays;

/**
 * An indexed 4-ary min-heap of int ids keyed by double times, all primitives: set (insert or
 * move), remove and peek in O(log n) with no allocation. Ties are broken by id, so the order
 * is fully determined by the keys.
 */
public final class IndexedMinHeap {
    private static final int ARITY = 4;

    private int[] ids = new int[16];
    private double[] times = new double[16];
    private int[] position = new int[16];
    private int size;

    /** Creates an empty heap. */
    public IndexedMinHeap() {
        Arrays.fill(position, -1);
    }

    /** @return the number of ids in the heap */
    public int size() {
        return size;
    }

    /** @return true if empty */
    public boolean isEmpty() {
        return size == 0;
    }

    /** @return the earliest pending time, or +infinity if empty */
    public double firstTime() {
        return size == 0 ? Double.POSITIVE_INFINITY : times[0];
    }

    /** @return the id with the earliest time; the heap must not be empty */
    public int firstId() {
        return ids[0];
    }

    /** @return the time of {@code id}, or NaN if absent */
    public double timeOf(int id) {
        return id < position.length && position[id] >= 0 ? times[position[id]] : Double.NaN;
    }

    /** Sets (inserts or moves) the time of {@code id}. */
    public void set(int id, double time) {
        ensureId(id);
        int at = position[id];
        if (at < 0) {
            ensureHeap();
            at = size++;
            ids[at] = id;
            times[at] = time;
            position[id] = at;
            siftUp(at);
        } else {
            double old = times[at];
            times[at] = time;
            if (time < old) {
                siftUp(at);
            } else {
                siftDown(at);
            }
        }
    }

    /** Removes {@code id}, if present. */
    public void remove(int id) {
        if (id >= position.length || position[id] < 0) {
            return;
        }
        int at = position[id];
        position[id] = -1;
        size--;
        if (at == size) {
            return;
        }
        int moved = ids[size];
        move(size, at);
        siftUp(at);
        if (position[moved] == at) {
            siftDown(at);
        }
    }

    private void siftUp(int at) {
        int id = ids[at];
        double t = times[at];
        while (at > 0) {
            int parent = (at - 1) / ARITY;
            if (!before(t, id, times[parent], ids[parent])) {
                break;
            }
            move(parent, at);
            at = parent;
        }
        place(id, t, at);
    }

    private void siftDown(int at) {
        int id = ids[at];
        double t = times[at];
        while (true) {
            int first = at * ARITY + 1;
            if (first >= size) {
                break;
            }
            int best = first;
            int last = Math.min(first + ARITY, size);
            for (int c = first + 1; c < last; c++) {
                if (before(times[c], ids[c], times[best], ids[best])) {
                    best = c;
                }
            }
            if (!before(times[best], ids[best], t, id)) {
                break;
            }
            move(best, at);
            at = best;
        }
        place(id, t, at);
    }

    private static boolean before(double t1, int id1, double t2, int id2) {
        return t1 < t2 || (t1 == t2 && id1 < id2);
    }

    private void move(int from, int to) {
        ids[to] = ids[from];
        times[to] = times[from];
        position[ids[to]] = to;
    }

    private void place(int id, double t, int at) {
        ids[at] = id;
        times[at] = t;
        position[id] = at;
    }

    private void ensureId(int id) {
        if (id >= position.length) {
            int old = position.length;
            position = Arrays.copyOf(position, Math.max(id + 1, old * 2));
            Arrays.fill(position, old, position.length, -1);
        }
    }

    private void ensureHeap() {
        if (size == ids.length) {
            ids = Arrays.copyOf(ids, size * 2);
            times = Arrays.copyOf(times, size * 2);
        }
    }
}

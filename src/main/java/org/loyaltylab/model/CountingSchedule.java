package org.loyaltylab.model;

import sim.engine.Schedule;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * MASON's schedule, also tracking the largest number of events pending at once (for the
 * benchmark's {@code pending_events_max}) and the time of the next pending event, and running
 * one piece of work before each step (the model serves its customer calendar there, so the
 * calendar needs no event of its own on the schedule).
 */
public final class CountingSchedule extends Schedule {
    private static final long serialVersionUID = 1L;

    private int pendingMax;
    private Steppable beforeStep;

    /** Sets the work done at the start of every {@link #step(SimState)}, before the schedule pulls its next events. */
    public void beforeEachStep(Steppable work) {
        beforeStep = work;
    }

    @Override
    public synchronized boolean step(SimState state) {
        if (beforeStep != null) {
            beforeStep.step(state);
        }
        return super.step(state);
    }

    @Override
    public boolean scheduleOnce(double time, Steppable event) {
        return counted(super.scheduleOnce(time, event));
    }

    @Override
    public boolean scheduleOnce(double time, int ordering, Steppable event) {
        return counted(super.scheduleOnce(time, ordering, event));
    }

    private boolean counted(boolean ok) {
        int pending = queue.size();
        if (pending > pendingMax) {
            pendingMax = pending;
        }
        return ok;
    }

    /** @return the time of the earliest pending event, or +infinity if none */
    public double nextTime() {
        return queue.isEmpty() ? Double.POSITIVE_INFINITY : ((Schedule.Key) queue.getMinKey()).getTime();
    }

    /** @return events pending now */
    public int pending() {
        return queue.size();
    }

    /** @return the largest number of events pending at once */
    public int pendingMax() {
        return pendingMax;
    }
}

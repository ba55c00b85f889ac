package org.loyaltylab.experiment;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.SplittableRandom;
import org.loyaltylab.model.CountingSchedule;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The engine's floor: the cost of an empty MASON event, measured in the calling process at a
 * given number of pending events, for {@code loyaltylab bench}'s {@code bare_mason_ns_per_event}.
 *
 * <p>{@code pending} Steppables sit on the model's own schedule class ({@link CountingSchedule});
 * each does nothing when stepped but reschedule itself once ({@code scheduleOnce}, the pattern of
 * every model event) after a delay taken in turn from a fixed table of exponential delays (mean
 * one day, drawn once before timing, so the figure holds no random number generation). The
 * schedule therefore always holds {@code pending} events. {@link #prepare} builds it and steps it
 * untimed once; each {@link #round} then times a number of steps, in wall time and in the
 * thread's CPU time (which other processes on a loaded machine disturb much less), so that the
 * caller can time the floor right beside each round of the model it compares with it.
 */
public final class BareMasonBenchmark {
    private static final int DELAYS = 4096;

    private final SimState state = new Floor();
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

    private BareMasonBenchmark() {
    }

    /**
     * The cost of one empty event.
     *
     * @param wallNs wall time, nanoseconds
     * @param cpuNs  CPU time of the stepping thread, nanoseconds
     */
    public record Cost(double wallNs, double cpuNs) {
    }

    /**
     * @param pending events held in the schedule (at least 1)
     * @param warmUp  events stepped untimed, so that the rounds time compiled code (at least 1)
     * @return the floor, ready for timed rounds
     */
    public static BareMasonBenchmark prepare(int pending, long warmUp) {
        if (pending < 1 || warmUp < 1) {
            throw new IllegalArgumentException("pending and warm-up events must be at least 1");
        }
        double[] delays = new double[DELAYS];
        SplittableRandom random = new SplittableRandom(1);
        for (int i = 0; i < DELAYS; i++) {
            delays[i] = -Math.log(1 - random.nextDouble());
        }
        BareMasonBenchmark floor = new BareMasonBenchmark();
        floor.state.start();
        for (int i = 0; i < pending; i++) {
            floor.state.schedule.scheduleOnce(delays[i % DELAYS] * (i + 1) / pending, new Empty(delays, i & (DELAYS - 1)));
        }
        floor.step(warmUp);
        return floor;
    }

    /**
     * Times {@code events} empty events (at least 1).
     *
     * @return the cost of one of them
     */
    public Cost round(long events) {
        if (events < 1) {
            throw new IllegalArgumentException("events must be at least 1");
        }
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        step(events);
        return new Cost((System.nanoTime() - start) / (double) events,
                (threads.getCurrentThreadCpuTime() - cpuStart) / (double) events);
    }

    private void step(long events) {
        for (long i = 0; i < events; i++) {
            state.schedule.step(state);
        }
    }

    /** A simulation that holds nothing but its schedule. */
    private static final class Floor extends SimState {
        private static final long serialVersionUID = 1L;

        Floor() {
            super(1, new CountingSchedule());
        }
    }

    /** An event that only reschedules itself. */
    private static final class Empty implements Steppable {
        private static final long serialVersionUID = 1L;
        private final double[] delays;
        private int next;

        Empty(double[] delays, int first) {
            this.delays = delays;
            this.next = first;
        }

        @Override
        public void step(SimState state) {
            next = (next + 1) & (DELAYS - 1);
            state.schedule.scheduleOnce(state.schedule.getTime() + delays[next], this);
        }
    }
}

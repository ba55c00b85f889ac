package org.loyaltylab.experiment;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.loyaltylab.model.CountingSchedule;
import sim.engine.Schedule;
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
 * schedule therefore always holds {@code pending} events. After a warm-up of one round, three
 * rounds of {@code events} steps are timed, in wall time and in the thread's CPU time (which other
 * processes on a loaded machine disturb much less), and the medians are reported.
 */
public final class BareMasonBenchmark {
    private static final int DELAYS = 4096;
    private static final int ROUNDS = 3;

    private BareMasonBenchmark() {
    }

    /**
     * The cost of one empty event.
     *
     * @param wallNs median wall time, nanoseconds
     * @param cpuNs  median CPU time of the stepping thread, nanoseconds
     */
    public record Cost(double wallNs, double cpuNs) {
    }

    /**
     * @param pending events held in the schedule (at least 1)
     * @param events  events stepped in each timed round (at least 1)
     * @return the median cost of one empty event
     */
    public static Cost measure(int pending, long events) {
        if (pending < 1 || events < 1) {
            throw new IllegalArgumentException("pending and events must be at least 1");
        }
        double[] delays = new double[DELAYS];
        SplittableRandom random = new SplittableRandom(1);
        for (int i = 0; i < DELAYS; i++) {
            delays[i] = -Math.log(1 - random.nextDouble());
        }
        SimState state = new Floor();
        state.start();
        Schedule schedule = state.schedule;
        for (int i = 0; i < pending; i++) {
            schedule.scheduleOnce(delays[i % DELAYS] * (i + 1) / pending, new Empty(delays, i & (DELAYS - 1)));
        }
        step(state, events);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] wall = new double[ROUNDS];
        double[] cpu = new double[ROUNDS];
        for (int r = 0; r < ROUNDS; r++) {
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            step(state, events);
            wall[r] = (System.nanoTime() - start) / (double) events;
            cpu[r] = (threads.getCurrentThreadCpuTime() - cpuStart) / (double) events;
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        return new Cost(wall[ROUNDS / 2], cpu[ROUNDS / 2]);
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

    private static void step(SimState state, long events) {
        for (long i = 0; i < events; i++) {
            state.schedule.step(state);
        }
    }
}

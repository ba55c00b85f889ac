package org.loyaltylab.model;

import java.util.Arrays;
import org.loyaltylab.model.customer.CustomerEvents;
import org.loyaltylab.model.customer.ScheduledTimes;
import sim.engine.Schedule;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Customer events the way a MASON user would first schedule them ({@link CustomerScheduling#MASON_AGENTS}):
 * one Steppable per customer, put on MASON's schedule with {@code scheduleOnce} each time the
 * customer's next event is set. MASON cannot take an event back, so a customer whose event moves
 * or who leaves leaves the old event on the schedule; when stepped it sees that the customer's
 * pending time is no longer its own and does nothing (it is not counted as a model event). Events
 * after the horizon are remembered but not scheduled, as in the calendar. A due event runs the very
 * same customer event as the calendar would ({@code LoyaltyModel.customerEvent}), so the same
 * decisions and draws follow; only the order of events due at the very same instant may differ
 * (MASON shuffles them, the calendar takes the smaller id first).
 */
final class MasonCustomerAgents implements CustomerEvents {
    private final LoyaltyModel model;
    private final ScheduledTimes times;
    private final Schedule schedule;
    private final double horizon;
    private Agent[] agents = new Agent[0];
    private int size;

    MasonCustomerAgents(LoyaltyModel model, ScheduledTimes times, Schedule schedule, double horizon) {
        this.model = model;
        this.times = times;
        this.schedule = schedule;
        this.horizon = horizon;
    }

    @Override
    public void set(int id, double time) {
        if (Double.isNaN(times.scheduledTime(id))) {
            size++;
        }
        times.setScheduledTime(id, time);
        if (time <= horizon) {
            schedule.scheduleOnce(time, agent(id));
        }
    }

    @Override
    public void remove(int id) {
        if (!Double.isNaN(times.scheduledTime(id))) {
            times.setScheduledTime(id, Double.NaN);
            size--;
        }
    }

    @Override
    public int size() {
        return size;
    }

    private Agent agent(int id) {
        if (id >= agents.length) {
            agents = Arrays.copyOf(agents, Math.max(id + 1, agents.length + (agents.length >> 1) + 16));
        }
        Agent a = agents[id];
        if (a == null) {
            a = new Agent(id);
            agents[id] = a;
        }
        return a;
    }

    /** One customer on MASON's schedule. */
    private final class Agent implements Steppable {
        private static final long serialVersionUID = 1L;
        private final int id;

        Agent(int id) {
            this.id = id;
        }

        @Override
        public void step(SimState state) {
            double now = state.schedule.getTime();
            if (times.scheduledTime(id) == now) {
                model.counters().events++;
                model.customerEvent(id, now);
            }
        }
    }
}

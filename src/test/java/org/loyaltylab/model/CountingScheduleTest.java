package org.loyaltylab.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import sim.engine.SimState;

/** The work set with {@code beforeEachStep} runs before the schedule pulls its next event. */
class CountingScheduleTest {
    @Test
    void beforeEachStepRunsBeforeTheEventsOfEveryStep() {
        CountingSchedule schedule = new CountingSchedule();
        SimState state = new SimState(1) {
            private static final long serialVersionUID = 1L;
        };
        List<String> log = new ArrayList<>();
        schedule.beforeEachStep(s -> log.add("before, next at " + schedule.nextTime()));
        schedule.scheduleOnce(1.5, s -> log.add("event at " + schedule.getTime()));
        schedule.scheduleOnce(2.5, s -> log.add("event at " + schedule.getTime()));
        while (schedule.step(state)) {
            // every event
        }
        assertEquals(List.of("before, next at 1.5", "event at 1.5", "before, next at 2.5", "event at 2.5",
                "before, next at Infinity"), log);
        assertEquals(2, schedule.pendingMax());
    }
}

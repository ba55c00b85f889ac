package org.loyaltylab.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.loyaltylab.model.param.Parameters;

/** The parallel runner: results in task order and equal whatever the threads; failures come out unchanged. */
class ParallelRunnerTest {
    @Test
    void resultsAreInTaskOrderWhateverTheThreadsAndTheFinishingOrder() throws InterruptedException {
        List<Integer> tasks = IntStream.range(0, 40).boxed().toList();
        for (int threads : new int[] {1, 2, 5}) {
            List<Integer> done = Collections.synchronizedList(new ArrayList<>());
            List<Integer> squares = new ParallelRunner(threads, "test").map(tasks, t -> {
                Thread.sleep((40 - t) % 7);
                return t * t;
            }, done::add);
            assertEquals(tasks.stream().map(t -> t * t).toList(), squares, threads + " threads");
            assertEquals(40, done.size(), "every result announced once");
        }
    }

    @Test
    void replicationsGiveIdenticalResultsWithOneAndTwoThreads() {
        List<ArmPlan> arms = List.of(
                new ArmPlan("defensive", small().with("policies.handling", "defensive")),
                new ArmPlan("kind", small().with("policies.handling", "kind")));
        List<RunResult> one = new ReplicationRunner(arms, 7, 60, 1).run(1, 3, r -> { });
        List<RunResult> two = new ReplicationRunner(arms, 7, 60, 2).run(1, 3, r -> { });
        assertEquals(6, one.size());
        for (int i = 0; i < one.size(); i++) {
            RunResult a = one.get(i);
            RunResult b = two.get(i);
            assertEquals(List.of(a.arm(), a.replication(), a.seed()), List.of(b.arm(), b.replication(), b.seed()));
            assertEquals(a.summary(), b.summary(), "run " + i);
            assertEquals(a.observations().size(), b.observations().size());
            assertEquals(a.events(), b.events());
        }
        assertEquals(List.of("defensive", "kind", "defensive", "kind", "defensive", "kind"),
                one.stream().map(RunResult::arm).toList(), "ordered by replication, then arm");
    }

    @Test
    void theFirstFailureComesOutUnchanged() {
        List<Integer> tasks = List.of(1, 2, 3, 4);
        IllegalStateException bug = new IllegalStateException("boom");
        for (int threads : new int[] {1, 2}) {
            ParallelRunner runner = new ParallelRunner(threads, "test");
            assertSame(bug, assertThrows(IllegalStateException.class, () -> runner.map(tasks, t -> {
                if (t == 3) {
                    throw bug;
                }
                return t;
            }, r -> { })));
            SQLException store = new SQLException("disk full");
            assertSame(store, assertThrows(SQLException.class, () -> runner.<Integer, Integer, SQLException>map(tasks,
                    t -> {
                        if (t >= 2) {
                            throw store;
                        }
                        return t;
                    }, r -> { })));
            StackOverflowError error = new StackOverflowError();
            assertSame(error, assertThrows(StackOverflowError.class, () -> runner.map(tasks, t -> {
                throw error;
            }, r -> { })));
        }
    }

    private static Parameters small() {
        return Parameters.defaults().with("customers.initial_count", 800).with("contact_centre.agents", 1)
                .with("market.marketing_acquisitions_per_day", 0.5);
    }
}

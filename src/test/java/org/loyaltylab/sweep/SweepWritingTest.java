package org.loyaltylab.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loyaltylab.experiment.ExperimentLoader;
import org.loyaltylab.experiment.ExperimentSpec;
import org.loyaltylab.experiment.Simulation;
import org.loyaltylab.testing.Slow;

/**
 * A sweep writes each arm's heatmaps while the next arm runs, and the rest of its tables and charts
 * on all its threads at the end: the files are the same bytes at 1 and 2 threads.
 */
@Slow
class SweepWritingTest {
    /** Two numeric factors, so that the grid has heatmaps: 4 points x 2 arms x 2 replications. */
    private static final String GRID = SweepTest.SWEEP.replace("    policies.training: [none, basic]",
            "    agents.training_level_basic: {min: 0.2, max: 0.9, steps: 2}").replace("steps: 3", "steps: 2")
            .replace("days: 200", "days: 100");

    @Test
    void tablesAndChartsAreTheSameBytesAtOneAndTwoThreads(@TempDir Path tmp) throws IOException {
        Path file = Files.writeString(tmp.resolve("grid.yaml"), GRID);
        assertEquals(0, SweepTest.cli("sweep", file.toString(), "--out", tmp.resolve("one").toString(), "--threads", "1"));
        assertEquals(0, SweepTest.cli("sweep", file.toString(), "--out", tmp.resolve("two").toString(), "--threads", "2"));
        List<Path> files = outputs(tmp.resolve("one"));
        assertEquals(4 + 6 * 2, files.size(), "4 tables and 6 heatmaps as PNG and SVG: " + files);
        assertEquals(files, outputs(tmp.resolve("two")));
        for (Path f : files) {
            assertArrayEquals(Files.readAllBytes(tmp.resolve("one").resolve(f)),
                    Files.readAllBytes(tmp.resolve("two").resolve(f)), f.toString());
        }
    }

    @Test
    void eachArmButTheLastIsHeardWhenItsRunsAreAllStoredAndBeforeTheNextArmRuns(@TempDir Path tmp) throws Exception {
        ExperimentSpec experiment = ExperimentLoader.load(Files.writeString(tmp.resolve("grid.yaml"), GRID));
        SweepSpec sweep = SweepSpec.of(experiment);
        var points = sweep.buildPoints();
        SweepRunner runner = new SweepRunner(points, experiment.plans(), sweep, experiment.seed(), 20,
                Simulation.MODEL);
        List<String> heard = new ArrayList<>();
        try (SweepStore store = SweepStore.open(tmp.resolve("sweep.db"), "test")) {
            int executed = runner.run(runner.tasks(1, 1), store, 1, n -> { }, arm -> heard.add(arm + ": "
                    + store.rows().stream().filter(r -> r.arm() == arm).count() + " of its runs, "
                    + store.rows().stream().filter(r -> r.arm() != arm).count() + " others"));
            assertEquals(16, executed);
        }
        assertEquals(List.of("0: 8 of its runs, 0 others"), heard, "one thread runs arm by arm");
    }

    /** @return the CSV, PNG and SVG files under {@code dir}, relative to it, sorted (PDFs carry a date) */
    private static List<Path> outputs(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.toString().matches(".*\\.(csv|png|svg)")).map(dir::relativize).sorted().toList();
        }
    }
}

package org.loyaltylab.output.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The reproduce command names the run's seed, horizon, replications and overrides, and no folder of the machine. */
class ReproduceCommandTest {

    @Test
    void dropsTheOutputFolderThreadsAndPrecisionAndStatesTheRunsFigures() {
        String recorded = "loyaltylab run /tmp/x/kind.yaml --out /tmp/junit123/out --threads 2 --quiet --precision 0.01 "
                + "--max-replications 50 --set customers.initial_count=5000 --seed 9 --warmup 90 --no-charts";
        assertEquals("./loyaltylab run /tmp/x/kind.yaml --seed 7 --days 365 --replications 12 "
                        + "--set customers.initial_count=5000 --warmup 90 --no-charts",
                ReproduceCommand.of(recorded, "/tmp/x/kind.yaml", 7, 365, 12));
    }

    @Test
    void givesTheExperimentFileRelativeToTheProjectFolder() {
        String inside = Path.of("experiments", "kind-vs-defensive.yaml").toAbsolutePath().toString();
        assertEquals("./loyaltylab run experiments/kind-vs-defensive.yaml --seed 1 --days 730 --replications 20",
                ReproduceCommand.of("loyaltylab run " + inside + " --out=/tmp/a", inside, 1, 730, 20));
    }

    @Test
    void otherCommandsLoseOnlyTheirFolderAndThreads() {
        assertEquals("./loyaltylab calibrate calibration/tarp.yaml --budget 40 --seed 3",
                ReproduceCommand.withoutLocalOptions(List.of("./loyaltylab", "calibrate", "calibration/tarp.yaml",
                        "--out", "/tmp/c", "--budget", "40", "--threads=4", "--resume", "--seed", "3")));
    }
}

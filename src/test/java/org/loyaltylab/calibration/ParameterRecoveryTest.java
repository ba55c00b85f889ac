package org.loyaltylab.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loyaltylab.testing.Slow;

/**
 * Identifiability: targets simulated from known parameters (with the calibration's own seeds)
 * are fitted back, both in the figures (within tolerance) and in the parameters.
 */
@Slow
class ParameterRecoveryTest {
    private static final double COMPLAINT_BASE = -4.0;
    private static final double REPURCHASE_BASE = 0.5;

    @Test
    void targetsSimulatedFromKnownParametersAreFittedBack(@TempDir Path tmp) throws Exception {
        Path file = CalibrationFiles.write(tmp, "{value: 0.5, tolerance: 0.5}", "{value: 0.5, tolerance: 0.5}", 60);
        CalibrationSpec draft = CalibrationLoader.load(file);
        double[] truth = {COMPLAINT_BASE, REPURCHASE_BASE};
        double[] figures = new double[2];
        try (CalibrationStore store = CalibrationStore.open(tmp.resolve("truth.db"), "truth")) {
            double[][] f = new MomentSimulator(draft, store, 2).figures(1, truth);
            for (double[] replication : f) {
                figures[0] += replication[0] / f.length;
                figures[1] += replication[1] / f.length;
            }
        }
        file = CalibrationFiles.write(tmp, String.format(Locale.ROOT, "{value: %.6f, tolerance: 0.01}", figures[0]),
                String.format(Locale.ROOT, "{value: %.6f, tolerance: 0.03}", figures[1]), 60);
        CalibrationSpec spec = CalibrationLoader.load(file);

        CalibrationResult r = Calibration.run(spec, tmp.resolve("fit.db"), 2, spec.experiment().seed(), e -> { });

        List<Target> targets = spec.targets();
        for (int t = 0; t < targets.size(); t++) {
            assertTrue(targets.get(t).matches(r.best().mean(t)), targets.get(t).name() + ": " + r.best().mean(t)
                    + " against " + targets.get(t).value());
        }
        assertEquals(COMPLAINT_BASE, r.best().parameters()[0], 0.25, "complaint base");
        assertEquals(REPURCHASE_BASE, r.best().parameters()[1], 0.6, "repurchase base");
        assertTrue(Files.exists(tmp.resolve("fit.db")));
    }
}

package org.loyaltylab.calibration;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.loyaltylab.experiment.Sha256;

/**
 * Runs a calibration against its crash-safe store: {@link Calibrator} on the store's
 * evaluations, timed in wall and CPU time.
 */
public final class Calibration {
    private Calibration() {
    }

    /**
     * @param store   the store file (created, or resumed)
     * @param threads threads for the replications
     * @param seed    the optimiser's seed
     * @param done    told of each evaluation
     * @return what the calibration found
     */
    public static CalibrationResult run(CalibrationSpec spec, Path store, int threads, long seed,
                                        Consumer<Evaluation> done) throws SQLException {
        long wall = System.nanoTime();
        double cpu = processCpuSeconds();
        try (CalibrationStore s = CalibrationStore.open(store, fingerprint(spec, seed))) {
            Calibrator c = new Calibrator(spec, s, threads, seed, done);
            List<Evaluation> evaluations = c.run();
            return new CalibrationResult(spec, evaluations, Calibrator.best(evaluations), c.executed(),
                    (System.nanoTime() - wall) / 1e9, processCpuSeconds() - cpu);
        }
    }

    /**
     * @return what identifies a calibration's evaluations: priors, targets, the simulated arm's
     *         parameters other than the fitted ones (so re-basing their defaults keeps the store),
     *         horizon, replications, seeds (not the budget: a larger one extends a run)
     */
    static String fingerprint(CalibrationSpec spec, long seed) {
        StringBuilder b = new StringBuilder();
        b.append(spec.priors()).append('\n').append(spec.targets()).append('\n')
                .append(simulated(spec)).append('\n')
                .append(spec.experiment().days()).append(' ').append(spec.experiment().replications()).append(' ')
                .append(spec.experiment().seed()).append(' ').append(seed);
        return Sha256.hex(b.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** @return the simulated arm's parameters without the fitted ones, which every evaluation sets */
    private static Map<String, Object> simulated(CalibrationSpec spec) {
        Map<String, Object> values = new TreeMap<>(spec.experiment().arms().get(0).parameters().asMap());
        spec.priors().forEach(p -> values.remove(p.key()));
        return values;
    }

    private static double processCpuSeconds() {
        java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() / 1e9 : Double.NaN;
    }
}

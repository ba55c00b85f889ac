package org.loyaltylab.sweep;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.loyaltylab.experiment.Arm;
import org.loyaltylab.experiment.ExperimentSpec;
import org.loyaltylab.experiment.Sha256;

/**
 * Identifies a sweep, or a {@code run --worlds}, by everything that determines its results, so
 * stores of different runs never mix.
 */
public final class SweepFingerprint {
    private SweepFingerprint() {
    }

    /** @return the fingerprint (SHA-256, hex) of the sweep {@code points} of {@code experiment} */
    public static String of(ExperimentSpec experiment, SweepSpec sweep, List<Map<String, Object>> points) {
        StringBuilder b = experiment(experiment);
        b.append('|').append(sweep.design()).append('|').append(sweep.replications()).append('|')
                .append(sweep.metrics()).append('|').append(points);
        return Sha256.hex(b.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** @return the fingerprint (SHA-256, hex) of {@code replications} runs of each arm in each of {@code worlds} */
    public static String ofWorlds(ExperimentSpec experiment, int replications, WorldDesign worlds) {
        StringBuilder b = experiment(experiment);
        b.append("|worlds|").append(replications).append('|').append(worlds.keys()).append('|').append(worlds.worlds());
        return Sha256.hex(b.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static StringBuilder experiment(ExperimentSpec experiment) {
        StringBuilder b = new StringBuilder();
        b.append(experiment.name()).append('|').append(experiment.seed()).append('|').append(experiment.days());
        for (Arm a : experiment.arms()) {
            b.append('|').append(a.name()).append('=').append(a.parameters().asMap());
        }
        return b;
    }
}

package org.loyaltylab.sweep;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.loyaltylab.experiment.Arm;
import org.loyaltylab.experiment.ExperimentSpec;
import org.loyaltylab.experiment.Sha256;

/** Identifies a sweep by everything that determines its results, so stores of different sweeps never mix. */
public final class SweepFingerprint {
    private SweepFingerprint() {
    }

    /** @return the fingerprint (SHA-256, hex) of the sweep {@code points} of {@code experiment} */
    public static String of(ExperimentSpec experiment, SweepSpec sweep, List<Map<String, Object>> points) {
        StringBuilder b = new StringBuilder();
        b.append(experiment.name()).append('|').append(experiment.seed()).append('|').append(experiment.days());
        for (Arm a : experiment.arms()) {
            b.append('|').append(a.name()).append('=').append(a.parameters().asMap());
        }
        b.append('|').append(sweep.design()).append('|').append(sweep.replications()).append('|')
                .append(sweep.metrics()).append('|').append(points);
        return Sha256.hex(b.toString().getBytes(StandardCharsets.UTF_8));
    }
}

package org.loyaltylab.cli;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.loyaltylab.experiment.Arm;
import org.loyaltylab.experiment.ExperimentSpec;
import org.loyaltylab.sweep.SweepSpec;

/** Identifies a sweep by everything that determines its results, so stores of different sweeps never mix. */
final class SweepFingerprint {
    private SweepFingerprint() {
    }

    static String of(ExperimentSpec experiment, SweepSpec sweep, List<Map<String, Object>> points) {
        StringBuilder b = new StringBuilder();
        b.append(experiment.name()).append('|').append(experiment.seed()).append('|').append(experiment.days());
        for (Arm a : experiment.arms()) {
            b.append('|').append(a.name()).append('=').append(a.parameters().asMap());
        }
        b.append('|').append(sweep.design()).append('|').append(sweep.replications()).append('|')
                .append(sweep.metrics()).append('|').append(points);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(b.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

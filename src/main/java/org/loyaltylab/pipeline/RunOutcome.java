package org.loyaltylab.pipeline;

import java.nio.file.Path;
import org.loyaltylab.analysis.ArmSamples;
import org.loyaltylab.output.manifest.RunManifest;

/**
 * What a {@code run} produced, for the command to print.
 *
 * @param manifest what was written to {@code run.json}
 * @param samples  the runs by arm
 * @param report   the report's path, or null when charts were not drawn
 */
public record RunOutcome(RunManifest manifest, ArmSamples samples, Path report) {
}

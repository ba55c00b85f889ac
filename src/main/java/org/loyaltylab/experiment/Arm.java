package org.loyaltylab.experiment;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.loyaltylab.model.param.Parameters;

/**
 * One arm of an experiment: a name, what it changes from the experiment's base parameters,
 * and the resulting parameters.
 *
 * @param name        unique within the experiment
 * @param description what the arm stands for (may be empty)
 * @param baseline    whether comparisons are made against this arm
 * @param overrides   the arm's own parameter values (canonical), in file order
 * @param parameters  base parameters with the overrides applied
 */
public record Arm(String name, String description, boolean baseline, Map<String, Object> overrides,
                  Parameters parameters) {

    /** Copies the overrides. */
    public Arm {
        overrides = Collections.unmodifiableMap(new LinkedHashMap<>(overrides));
    }
}

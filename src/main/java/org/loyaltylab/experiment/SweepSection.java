package org.loyaltylab.experiment;

import java.util.Map;

/**
 * The raw {@code sweep:} section of an experiment file, kept with its line numbers so that the
 * sweep command can report errors where they are.
 *
 * @param values the section's YAML content (maps, lists, scalars)
 * @param lines  the 1-based line of each dotted key path inside the section
 * @param line   the line of the section itself
 */
public record SweepSection(Map<String, Object> values, Map<String, Integer> lines, int line) {

    /** @return the line of a dotted key path inside the section, or the section's line */
    public int lineOf(String path) {
        return lines.getOrDefault(path, line);
    }
}

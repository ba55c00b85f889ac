package org.loyaltylab.sweep;

import java.util.List;

/**
 * One swept parameter: a numeric range (for sampling designs and grids) or a list of levels
 * (numbers or policy names, used by grids and mapped from the unit interval by sampling
 * designs).
 *
 * @param key    the parameter key
 * @param min    the lower end of a numeric range (NaN when levels are given)
 * @param max    the upper end of a numeric range (NaN when levels are given)
 * @param steps  grid points over the range (at least 2; ignored for sampling designs)
 * @param levels the levels, empty for a numeric range
 * @param integer whether values must be whole numbers
 */
public record Factor(String key, double min, double max, int steps, List<Object> levels, boolean integer) {

    /** Checks the definition. */
    public Factor {
        levels = List.copyOf(levels);
        if (levels.isEmpty() && !(min <= max)) {
            throw new IllegalArgumentException("range of " + key + " must have min <= max");
        }
    }

    /** @return true if the factor is a list of levels */
    public boolean categorical() {
        return !levels.isEmpty();
    }

    /** @return the grid values: the levels, or {@code steps} evenly spaced values over the range */
    public List<Object> gridValues() {
        if (categorical()) {
            return levels;
        }
        int n = Math.max(2, steps);
        Object[] values = new Object[n];
        for (int i = 0; i < n; i++) {
            values[i] = fromUnit(i / (double) (n - 1));
        }
        return List.of(values);
    }

    /** @return the value at position {@code u} in [0, 1] of the range, or the level it falls in */
    public Object fromUnit(double u) {
        if (categorical()) {
            int i = Math.min(levels.size() - 1, (int) Math.floor(u * levels.size()));
            return levels.get(i);
        }
        double v = min + u * (max - min);
        if (integer) {
            return (int) Math.round(v);
        }
        return v;
    }
}

package org.loyaltylab.model.param;

/**
 * What we believe about an uncertain parameter before any run: a range within its allowed
 * range, uniform or log-uniform, and why the range is what it is. Immutable.
 *
 * @param key         the parameter's registry key
 * @param lower       the smallest plausible value
 * @param upper       the largest plausible value
 * @param logUniform  whether the logarithm, not the value, is uniform over the range
 * @param reason      one line: why this range
 */
public record Prior(String key, double lower, double upper, boolean logUniform, String reason) {

    /** Checks the range against the parameter's definition. */
    public Prior {
        ParameterDef def = ParameterRegistry.require(key);
        if (def.type() == ParameterType.CHOICE) {
            throw new IllegalStateException("prior of " + key + ": a choice has no range");
        }
        if (!(lower < upper && lower >= def.min() && upper <= def.max())) {
            throw new IllegalStateException("prior of " + key + " [" + lower + ", " + upper
                    + "] is not a range inside " + def.allowedText());
        }
        if (logUniform && lower <= 0) {
            throw new IllegalStateException("log-uniform prior of " + key + " must be positive");
        }
    }

    static Prior uniform(String key, double lower, double upper, String reason) {
        return new Prior(key, lower, upper, false, reason);
    }

    static Prior logUniform(String key, double lower, double upper, String reason) {
        return new Prior(key, lower, upper, true, reason);
    }

    /**
     * @param u a point of the unit interval [0, 1)
     * @return the value at quantile {@code u} of the prior: a Double, or an Integer for an integer
     *         parameter (each whole value in the range equally likely)
     */
    public Object fromUnit(double u) {
        if (ParameterRegistry.require(key).type() == ParameterType.INTEGER) {
            long values = Math.round(upper) - Math.round(lower) + 1;
            return (int) Math.min(Math.round(upper), Math.round(lower) + (long) Math.floor(u * values));
        }
        if (logUniform) {
            return Math.exp(Math.log(lower) + u * (Math.log(upper) - Math.log(lower)));
        }
        return lower + u * (upper - lower);
    }

    /**
     * @param v a value of the parameter
     * @return its quantile in the prior, the inverse of {@link #fromUnit} for a real parameter
     *         (log scale for a log-uniform prior); below 0 or above 1 outside the range
     */
    public double toUnit(double v) {
        return logUniform ? (Math.log(v) - Math.log(lower)) / (Math.log(upper) - Math.log(lower))
                : (v - lower) / (upper - lower);
    }

    /** @return the range in words, e.g. "0.05 to 0.25 (log-uniform)" */
    public String rangeText() {
        return trim(lower) + " to " + trim(upper) + (logUniform ? " (log-uniform)" : "");
    }

    private static String trim(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}

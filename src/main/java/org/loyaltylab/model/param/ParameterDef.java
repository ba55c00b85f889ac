package org.loyaltylab.model.param;

import java.util.List;
import java.util.Locale;

/**
 * The definition of one model parameter: its key, type, unit, default, allowed range or names,
 * meaning and the source that motivates it. Immutable.
 */
public final class ParameterDef {
    private final String key;
    private final ParameterType type;
    private final String unit;
    private final Object defaultValue;
    private final double min;
    private final double max;
    private final List<String> choices;
    private final String meaning;
    private final String source;

    private ParameterDef(String key, ParameterType type, String unit, Object defaultValue, double min,
                         double max, List<String> choices, String meaning, String source) {
        this.key = key;
        this.type = type;
        this.unit = unit;
        this.defaultValue = defaultValue;
        this.min = min;
        this.max = max;
        this.choices = List.copyOf(choices);
        this.meaning = meaning;
        this.source = source;
        Object checked = coerce(defaultValue);
        if (!checked.equals(defaultValue)) {
            throw new IllegalStateException("default of " + key + " is not canonical");
        }
    }

    /** A real-valued parameter. */
    static ParameterDef real(String key, String unit, double dflt, double min, double max,
                             String meaning, String source) {
        return new ParameterDef(key, ParameterType.REAL, unit, dflt, min, max, List.of(), meaning, source);
    }

    /** An integer parameter. */
    static ParameterDef integer(String key, String unit, int dflt, int min, int max,
                                String meaning, String source) {
        return new ParameterDef(key, ParameterType.INTEGER, unit, dflt, min, max, List.of(), meaning, source);
    }

    /** A parameter whose value is one of a list of names. */
    static ParameterDef choice(String key, String dflt, List<String> choices, String meaning, String source) {
        return new ParameterDef(key, ParameterType.CHOICE, "-", dflt, Double.NaN, Double.NaN, choices,
                meaning, source);
    }

    /** @return the dotted key, e.g. {@code customers.initial_count} */
    public String key() {
        return key;
    }

    /** @return the area, the key's first segment */
    public String area() {
        return key.substring(0, key.indexOf('.'));
    }

    /** @return the value type */
    public ParameterType type() {
        return type;
    }

    /** @return the unit, "-" when dimensionless */
    public String unit() {
        return unit;
    }

    /** @return the default value: an Integer, Double or String */
    public Object defaultValue() {
        return defaultValue;
    }

    /** @return the smallest allowed value (NaN for choices) */
    public double min() {
        return min;
    }

    /** @return the largest allowed value (NaN for choices) */
    public double max() {
        return max;
    }

    /** @return the allowed names (empty unless a choice) */
    public List<String> choices() {
        return choices;
    }

    /** @return the one-line meaning */
    public String meaning() {
        return meaning;
    }

    /** @return the article, study or assumption behind the parameter and its default (docs/REFERENCES.md) */
    public String source() {
        return source;
    }

    /** @return the allowed values in words, e.g. "a number in [0, 1]" or "one of: kind, defensive" */
    public String allowedText() {
        switch (type) {
            case CHOICE:
                return "one of: " + String.join(", ", choices);
            case INTEGER:
                return "an integer in [" + format(min) + ", " + format(max) + "]";
            default:
                return "a number in [" + format(min) + ", " + format(max) + "]";
        }
    }

    /**
     * Converts a raw value (a number, a string or a boolean as parsed from a file or command line)
     * to this parameter's canonical value and checks its range.
     *
     * @param raw the raw value
     * @return an Integer, Double or String
     * @throws InvalidParameterException if the type is wrong or the value out of range
     */
    public Object coerce(Object raw) {
        switch (type) {
            case CHOICE:
                String name = raw instanceof Boolean ? ((Boolean) raw ? "on" : "off") : String.valueOf(raw);
                if (!(raw instanceof String || raw instanceof Boolean) || !choices.contains(name)) {
                    throw invalid("'" + raw + "' is not an allowed value");
                }
                return name;
            case INTEGER:
                double whole = number(raw);
                if (whole != Math.rint(whole)) {
                    throw invalid("'" + raw + "' is not a whole number");
                }
                checkRange(whole, raw);
                return (int) whole;
            default:
                double value = number(raw);
                checkRange(value, raw);
                return value;
        }
    }

    private double number(Object raw) {
        if (raw instanceof Number) {
            return ((Number) raw).doubleValue();
        }
        if (raw instanceof String) {
            try {
                return Double.parseDouble(((String) raw).trim());
            } catch (NumberFormatException e) {
                throw invalid("'" + raw + "' is not a number");
            }
        }
        throw invalid("'" + raw + "' is not a number");
    }

    private void checkRange(double value, Object raw) {
        if (Double.isNaN(value) || value < min || value > max) {
            throw invalid("'" + raw + "' is out of range");
        }
    }

    private InvalidParameterException invalid(String problem) {
        return new InvalidParameterException(key, problem, allowedText());
    }

    private static String format(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.format(Locale.ROOT, "%d", (long) v);
        }
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}

package org.loyaltylab.model.param;

import java.util.Collections;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * An immutable, fully resolved set of parameter values: every key of the registry has a value.
 * Start from {@link #defaults()} and override with {@link #with(String, Object)}. The model reads
 * values in force through {@link #real} and {@link #integer}: a parameter that carries a mechanism
 * switched off ({@link ParameterRegistry#mechanisms()}) reads as 0 there, while {@link #asMap()}
 * keeps the values as set.
 */
public final class Parameters {
    private final Map<String, Object> values;
    private final Set<String> switchedOff;

    private Parameters(Map<String, Object> values) {
        this.values = Collections.unmodifiableMap(values);
        Set<String> off = new HashSet<>();
        for (ParameterDef mechanism : ParameterRegistry.mechanisms()) {
            if ("off".equals(values.get(mechanism.key()))) {
                ParameterRegistry.carriers(mechanism).forEach(c -> off.add(c.key()));
            }
        }
        this.switchedOff = off;
    }

    /** @return every parameter at its documented default */
    public static Parameters defaults() {
        Map<String, Object> map = new TreeMap<>();
        for (ParameterDef def : ParameterRegistry.all()) {
            map.put(def.key(), def.defaultValue());
        }
        return new Parameters(map);
    }

    /**
     * @param key a registered key
     * @param raw the new value, converted and range-checked by the parameter's definition
     * @return a copy with that value
     * @throws InvalidParameterException if the key is unknown or the value invalid
     */
    public Parameters with(String key, Object raw) {
        ParameterDef def = ParameterRegistry.require(key);
        Map<String, Object> map = new TreeMap<>(values);
        map.put(key, def.coerce(raw));
        return new Parameters(map);
    }

    /** @return a copy with every entry of {@code overrides} applied in order */
    public Parameters withAll(Map<String, ?> overrides) {
        Parameters result = this;
        for (Map.Entry<String, ?> e : overrides.entrySet()) {
            result = result.with(e.getKey(), e.getValue());
        }
        return result;
    }

    /** @return a real-valued parameter in force (integers widen): 0 if its mechanism is off */
    public double real(ParameterDef def) {
        return switchedOff.contains(def.key()) ? 0 : ((Number) values.get(def.key())).doubleValue();
    }

    /** @return an integer parameter in force: 0 if its mechanism is off */
    public int integer(ParameterDef def) {
        return switchedOff.contains(def.key()) ? 0 : (Integer) values.get(def.key());
    }

    /** @return a choice parameter's name */
    public String choice(ParameterDef def) {
        return (String) values.get(def.key());
    }

    /** @return every key and value, sorted by key */
    public Map<String, Object> asMap() {
        return values;
    }

    /** @return the entries that differ from the defaults, sorted by key */
    public Map<String, Object> differencesFromDefaults() {
        Map<String, Object> diff = new TreeMap<>();
        for (ParameterDef def : ParameterRegistry.all()) {
            Object v = values.get(def.key());
            if (!v.equals(def.defaultValue())) {
                diff.put(def.key(), v);
            }
        }
        return diff;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Parameters && ((Parameters) o).values.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return values.toString();
    }
}

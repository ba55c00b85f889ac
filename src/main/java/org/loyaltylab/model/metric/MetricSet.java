package org.loyaltylab.model.metric;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The figures of one table, in column order: the registry {@link SeriesMetrics} and
 * {@link SummaryMetrics} fill one each while their constants are initialised, so the order of
 * declaration is the order of the columns and keys are checked to be unique.
 */
public final class MetricSet {
    private final String description;
    private final List<Metric> metrics = new ArrayList<>();
    private final Map<String, Metric> byKey = new LinkedHashMap<>();

    /** @param description what one figure of the set is, e.g. "summary figure" */
    MetricSet(String description) {
        this.description = description;
    }

    /** Adds the next column. */
    Metric add(String key, String unit, Kind kind, Aggregation aggregation, String meaning) {
        Metric m = new Metric(this, metrics.size(), key, unit, kind, aggregation, meaning);
        if (byKey.putIfAbsent(key, m) != null) {
            throw new IllegalStateException("duplicate metric " + key);
        }
        metrics.add(m);
        return m;
    }

    /** Adds one column per constant of {@code type}, in declaration order. */
    <E extends Enum<E>> Map<E, Metric> addPer(Class<E> type, Function<E, String> key, String unit, Kind kind,
                                              Aggregation aggregation, Function<E, String> meaning) {
        Map<E, Metric> out = new EnumMap<>(type);
        for (E e : type.getEnumConstants()) {
            out.put(e, add(key.apply(e), unit, kind, aggregation, meaning.apply(e)));
        }
        return Collections.unmodifiableMap(out);
    }

    /** @return what one figure of the set is, e.g. "summary figure" */
    public String description() {
        return description;
    }

    /** @return every figure, in column order */
    public List<Metric> all() {
        return Collections.unmodifiableList(metrics);
    }

    /** @return the keys, in column order */
    public List<String> keys() {
        return List.copyOf(byKey.keySet());
    }

    /** @return the number of figures */
    public int size() {
        return metrics.size();
    }

    /** @return whether {@code m} is a figure registered in this set */
    public boolean contains(Metric m) {
        return m.set() == this && m.index() >= 0 && m.index() < metrics.size() && metrics.get(m.index()).equals(m);
    }

    /** @return the figure with column name {@code key}, if there is one */
    public Optional<Metric> find(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    /**
     * @param key a column name, e.g. from an experiment file
     * @return the figure with that key
     * @throws UnknownMetricException naming the allowed keys
     */
    public Metric parse(String key) {
        return find(key).orElseThrow(() -> new UnknownMetricException(key, this));
    }
}

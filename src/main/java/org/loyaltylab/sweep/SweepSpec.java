package org.loyaltylab.sweep;

import static org.loyaltylab.model.metric.SummaryMetrics.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.loyaltylab.experiment.ExperimentFileException;
import org.loyaltylab.experiment.ExperimentSpec;
import org.loyaltylab.experiment.SweepSection;
import org.loyaltylab.model.customer.ExitReason;
import org.loyaltylab.model.metric.Metric;
import org.loyaltylab.model.metric.SummaryMetrics;
import org.loyaltylab.model.metric.UnknownMetricException;
import org.loyaltylab.model.param.InvalidParameterException;
import org.loyaltylab.model.param.ParameterDef;
import org.loyaltylab.model.param.ParameterRegistry;
import org.loyaltylab.model.param.ParameterType;

/**
 * The sweep section of an experiment file, checked: design, factors, points, replications
 * per point and arm, and the metrics to collect. Every point runs every arm of the experiment,
 * so arms (for instance kind and defensive handling) are compared point by point with common
 * random numbers.
 *
 * @param design       the design
 * @param factors      the swept parameters
 * @param points       sampling designs: the number of points (Saltelli: base rows N)
 * @param replications replications per point and arm
 * @param figures      the summary figures collected
 * @param seed         the design's seed (Latin hypercube)
 */
public record SweepSpec(DesignKind design, List<Factor> factors, int points, int replications, List<Metric> figures,
                        long seed) {
    /** Default metrics when the file names none. */
    public static final List<Metric> DEFAULT_METRICS = List.of(RETENTION, ACTIVE_CUSTOMERS, PROFIT, REVENUE, COST,
            MEAN_LOYALTY, DEFENSIVE_SHARE, RESOLUTION_RATE, MEAN_WAIT_MINUTES, AGENTS_QUIT,
            churned(ExitReason.INDIFFERENCE), churned(ExitReason.POOR_HANDLING), churned(ExitReason.UNRESOLVED),
            churned(ExitReason.COMPETITOR), churned(ExitReason.NATURAL));
    private static final List<String> KEYS = List.of("design", "points", "replications", "metrics", "factors");
    private static final List<String> DESIGNS = List.of("grid", "latin-hypercube", "sobol", "saltelli");

    /** @return the keys of the collected figures, as the tables name them */
    public List<String> metrics() {
        return figures.stream().map(Metric::key).toList();
    }

    /** @return the points of the design, in a fixed order */
    public List<Map<String, Object>> buildPoints() {
        return Design.points(design, factors, points, seed);
    }

    /** @return a copy with another number of replications per point and arm */
    public SweepSpec withReplications(int n) {
        return new SweepSpec(design, factors, points, n, figures, seed);
    }

    /**
     * Reads and checks the sweep section of an experiment.
     *
     * @throws ExperimentFileException naming file, line, key and allowed values
     */
    public static SweepSpec of(ExperimentSpec experiment) {
        SweepSection s = experiment.sweep();
        String file = String.valueOf(experiment.file());
        if (s == null) {
            throw new ExperimentFileException(file, 0, "sweep", "the file has no sweep section",
                    "a sweep: mapping with " + String.join(", ", KEYS));
        }
        Map<String, Object> v = s.values();
        for (String key : v.keySet()) {
            if (!KEYS.contains(key)) {
                throw new ExperimentFileException(file, s.lineOf(key), "sweep." + key, "unknown key",
                        String.join(", ", KEYS));
            }
        }
        String designName = String.valueOf(v.getOrDefault("design", "grid"));
        if (!DESIGNS.contains(designName)) {
            throw new ExperimentFileException(file, s.lineOf("design"), "sweep.design",
                    "'" + designName + "' is not a design", String.join(", ", DESIGNS));
        }
        DesignKind design = DesignKind.valueOf(designName.toUpperCase(Locale.ROOT).replace('-', '_'));
        int points = whole(v, "points", 64, 1, 1_000_000, file, s);
        int replications = whole(v, "replications", 3, 1, 100_000, file, s);
        List<Metric> metrics = metrics(v, file, s);
        List<Factor> factors = factors(v, file, s);
        if (design != DesignKind.GRID && factors.stream().anyMatch(f -> f.categorical() && f.levels().size() < 2)) {
            throw new ExperimentFileException(file, s.lineOf("factors"), "sweep.factors",
                    "a list factor needs at least two levels", "two or more levels");
        }
        return new SweepSpec(design, factors, points, replications, metrics, experiment.seed());
    }

    private static int whole(Map<String, Object> v, String key, int dflt, int min, int max, String file, SweepSection s) {
        Object raw = v.get(key);
        if (raw == null) {
            return dflt;
        }
        if (!(raw instanceof Long) || (Long) raw < min || (Long) raw > max) {
            throw new ExperimentFileException(file, s.lineOf(key), "sweep." + key, "'" + raw + "' is not allowed",
                    "a whole number in [" + min + ", " + max + "]");
        }
        return ((Long) raw).intValue();
    }

    private static List<Metric> metrics(Map<String, Object> v, String file, SweepSection s) {
        Object raw = v.get("metrics");
        if (raw == null) {
            return DEFAULT_METRICS;
        }
        if (!(raw instanceof List) || ((List<?>) raw).isEmpty()) {
            throw new ExperimentFileException(file, s.lineOf("metrics"), "sweep.metrics", "expected a list of metric names",
                    String.join(", ", SummaryMetrics.ALL.keys()));
        }
        List<Metric> out = new ArrayList<>();
        List<?> list = (List<?>) raw;
        for (int i = 0; i < list.size(); i++) {
            try {
                out.add(SummaryMetrics.ALL.parse(String.valueOf(list.get(i))));
            } catch (UnknownMetricException ex) {
                throw new ExperimentFileException(file, s.lineOf("metrics[" + i + "]"), "sweep.metrics",
                        ex.getMessage(), ex.allowed());
            }
        }
        return out;
    }

    private static List<Factor> factors(Map<String, Object> v, String file, SweepSection s) {
        Object raw = v.get("factors");
        if (!(raw instanceof Map) || ((Map<?, ?>) raw).isEmpty()) {
            throw new ExperimentFileException(file, s.lineOf("factors"), "sweep.factors", "missing or empty",
                    "a mapping from parameter key to {min, max, steps} or a list of levels");
        }
        List<Factor> out = new ArrayList<>();
        for (Map.Entry<?, ?> e : ((Map<?, ?>) raw).entrySet()) {
            String key = String.valueOf(e.getKey());
            String path = "factors." + key;
            int line = s.lineOf(path);
            ParameterDef def;
            try {
                def = ParameterRegistry.require(key);
            } catch (InvalidParameterException ex) {
                throw new ExperimentFileException(file, line, "sweep." + path, ex.getMessage(), ex.allowed());
            }
            try {
                out.add(factor(def, e.getValue()));
            } catch (InvalidParameterException ex) {
                throw new ExperimentFileException(file, line, "sweep." + path, ex.getMessage(), ex.allowed());
            }
        }
        return out;
    }

    private static Factor factor(ParameterDef def, Object spec) {
        if (spec instanceof List) {
            List<Object> levels = new ArrayList<>();
            for (Object level : (List<?>) spec) {
                levels.add(def.coerce(level));
            }
            if (levels.isEmpty()) {
                throw new InvalidParameterException(def.key(), "no levels", def.allowedText());
            }
            return new Factor(def.key(), Double.NaN, Double.NaN, 0, levels, def.type() == ParameterType.INTEGER);
        }
        if (spec instanceof Map && def.type() != ParameterType.CHOICE) {
            Map<?, ?> m = (Map<?, ?>) spec;
            Object min = m.get("min");
            Object max = m.get("max");
            Object steps = m.get("steps");
            if (min == null || max == null) {
                throw new InvalidParameterException(def.key(), "a range needs min and max",
                        "{min: a, max: b, steps: n} with a, b " + def.allowedText());
            }
            double lo = ((Number) def.coerce(min)).doubleValue();
            double hi = ((Number) def.coerce(max)).doubleValue();
            if (lo > hi) {
                throw new InvalidParameterException(def.key(), "min is above max", "min <= max");
            }
            int n = steps instanceof Long ? ((Long) steps).intValue() : 5;
            if (n < 2 || n > 1000) {
                throw new InvalidParameterException(def.key(), "'" + steps + "' steps", "a whole number in [2, 1000]");
            }
            return new Factor(def.key(), lo, hi, n, List.of(), def.type() == ParameterType.INTEGER);
        }
        throw new InvalidParameterException(def.key(), "expected a list of levels or {min, max, steps}",
                def.type() == ParameterType.CHOICE ? def.allowedText() + " (as a list)" : "{min, max, steps} or a list");
    }
}

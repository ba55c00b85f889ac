package org.loyaltylab.sweep;

import static org.loyaltylab.model.metric.SummaryMetrics.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.loyaltylab.experiment.ExperimentFileException;
import org.loyaltylab.experiment.ExperimentSpec;
import org.loyaltylab.experiment.Problems;
import org.loyaltylab.experiment.SweepSection;
import org.loyaltylab.experiment.UnreadableScalar;
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
    private static final List<String> RANGE_KEYS = List.of("min", "max", "steps");

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

    /** @return the number of points {@link #buildPoints} builds, without building them */
    public long size() {
        return Design.count(design, factors, points);
    }

    /**
     * Reads and checks the sweep section of an experiment.
     *
     * @throws ExperimentFileException the first problem by line, naming file, line, key and allowed values
     */
    public static SweepSpec of(ExperimentSpec experiment) {
        String file = String.valueOf(experiment.file());
        if (experiment.sweep() == null) {
            throw new ExperimentFileException(file, 0, "sweep", "the file has no sweep section",
                    "a sweep: mapping with " + String.join(", ", KEYS));
        }
        Problems problems = new Problems(file);
        SweepSpec spec = read(experiment.sweep(), experiment.seed(), problems);
        problems.throwFirst();
        return spec;
    }

    /**
     * Checks a sweep section, recording every problem (one per key, factor or metric).
     *
     * @param s        the section
     * @param seed     the experiment's master seed
     * @param problems collects the problems, named after the experiment file
     * @return the sweep, or null if a problem was found
     */
    public static SweepSpec read(SweepSection s, long seed, Problems problems) {
        int before = problems.count();
        Map<String, Object> v = s.values();
        for (String key : v.keySet()) {
            if (!KEYS.contains(key)) {
                problems.add(s.lineOf(key), "sweep." + key, "unknown key '" + key + "'", String.join(", ", KEYS));
            }
        }
        String designName = String.valueOf(v.getOrDefault("design", "grid"));
        if (!DESIGNS.contains(designName)) {
            problems.add(s.lineOf("design"), "sweep.design", "'" + designName + "' is not a design",
                    String.join(", ", DESIGNS));
            designName = "grid";
        }
        DesignKind design = DesignKind.valueOf(designName.toUpperCase(Locale.ROOT).replace('-', '_'));
        int points = whole(v, "points", 64, 1, Design.MAX_POINTS, s, problems);
        int replications = whole(v, "replications", 3, 1, ExperimentSpec.MAX_REPLICATIONS, s, problems);
        List<Metric> metrics = metrics(v, s, problems);
        List<Factor> factors = factors(v, s, problems);
        if (design != DesignKind.GRID && factors.stream().anyMatch(f -> f.categorical() && f.levels().size() < 2)) {
            problems.add(s.lineOf("factors"), "sweep.factors", "a list factor needs at least two levels",
                    "two or more levels");
        }
        long size = Design.count(design, factors, points);
        if (problems.count() == before && size > Design.MAX_POINTS) {
            String key = design == DesignKind.GRID ? "factors" : "points";
            problems.add(s.lineOf(key), "sweep." + key,
                    String.format(Locale.ROOT, "the %s design has %,d points", designName, size),
                    String.format(Locale.ROOT, "at most %,d points: fewer factors, steps, levels or points",
                            Design.MAX_POINTS));
        }
        return problems.count() == before ? new SweepSpec(design, factors, points, replications, metrics, seed) : null;
    }

    private static int whole(Map<String, Object> v, String key, int dflt, int min, int max, SweepSection s,
                             Problems problems) {
        Object raw = v.get(key);
        if (raw == null) {
            return dflt;
        }
        if (!(raw instanceof Long) || (Long) raw < min || (Long) raw > max) {
            problems.add(s.lineOf(key), "sweep." + key, raw instanceof UnreadableScalar
                    ? ((UnreadableScalar) raw).problem() : "'" + raw + "' is not allowed",
                    "a whole number in [" + min + ", " + max + "]");
            return dflt;
        }
        return ((Long) raw).intValue();
    }

    private static List<Metric> metrics(Map<String, Object> v, SweepSection s, Problems problems) {
        Object raw = v.get("metrics");
        if (raw == null) {
            return DEFAULT_METRICS;
        }
        if (!(raw instanceof List) || ((List<?>) raw).isEmpty()) {
            problems.add(s.lineOf("metrics"), "sweep.metrics", "expected a list of metric names",
                    String.join(", ", SummaryMetrics.ALL.keys()));
            return DEFAULT_METRICS;
        }
        List<Metric> out = new ArrayList<>();
        List<?> list = (List<?>) raw;
        for (int i = 0; i < list.size(); i++) {
            Metric metric;
            try {
                metric = SummaryMetrics.ALL.parse(String.valueOf(list.get(i)));
            } catch (UnknownMetricException ex) {
                problems.add(s.lineOf("metrics[" + i + "]"), "sweep.metrics", ex.getMessage(), ex.allowed());
                continue;
            }
            if (out.contains(metric)) {
                problems.add(s.lineOf("metrics[" + i + "]"), "sweep.metrics", "'" + metric.key() + "' is listed twice",
                        "each metric once");
            } else {
                out.add(metric);
            }
        }
        return out;
    }

    private static List<Factor> factors(Map<String, Object> v, SweepSection s, Problems problems) {
        Object raw = v.get("factors");
        if (!(raw instanceof Map) || ((Map<?, ?>) raw).isEmpty()) {
            problems.add(s.lineOf("factors"), "sweep.factors", "missing or empty",
                    "a mapping from parameter key to {min, max, steps} or a list of levels");
            return List.of();
        }
        List<Factor> out = new ArrayList<>();
        for (Map.Entry<?, ?> e : ((Map<?, ?>) raw).entrySet()) {
            String key = String.valueOf(e.getKey());
            String path = "factors." + key;
            if (e.getValue() instanceof Map && !rangeKeysKnown((Map<?, ?>) e.getValue(), path, s, problems)) {
                continue;
            }
            try {
                out.add(factor(ParameterRegistry.require(key), e.getValue()));
            } catch (InvalidParameterException ex) {
                problems.add(s.lineOf(path), "sweep." + path, ex.getMessage(), ex.allowed());
            }
        }
        return out;
    }

    /** @return true if a range names only min, max and steps; each other key is recorded */
    private static boolean rangeKeysKnown(Map<?, ?> range, String path, SweepSection s, Problems problems) {
        boolean known = true;
        for (Object key : range.keySet()) {
            if (!RANGE_KEYS.contains(String.valueOf(key))) {
                problems.add(s.lineOf(path + "." + key), "sweep." + path + "." + key, "unknown key '" + key + "'",
                        String.join(", ", RANGE_KEYS));
                known = false;
            }
        }
        return known;
    }

    private static Factor factor(ParameterDef def, Object spec) {
        if (spec instanceof List) {
            List<Object> levels = new ArrayList<>();
            for (Object level : (List<?>) spec) {
                levels.add(value(def, level));
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
            Object steps = m.containsKey("steps") ? m.get("steps") : (Object) 5L;
            if (min == null || max == null) {
                throw new InvalidParameterException(def.key(), "a range needs min and max",
                        "{min: a, max: b, steps: n} with a, b " + def.allowedText());
            }
            double lo = ((Number) value(def, min)).doubleValue();
            double hi = ((Number) value(def, max)).doubleValue();
            if (lo > hi) {
                throw new InvalidParameterException(def.key(), "min is above max", "min <= max");
            }
            if (!(steps instanceof Long) || (Long) steps < 2 || (Long) steps > 1000) {
                throw new InvalidParameterException(def.key(), steps instanceof UnreadableScalar
                        ? "steps: " + ((UnreadableScalar) steps).problem() : "'" + steps + "' steps",
                        "steps: a whole number in [2, 1000]");
            }
            return new Factor(def.key(), lo, hi, ((Long) steps).intValue(), List.of(),
                    def.type() == ParameterType.INTEGER);
        }
        throw new InvalidParameterException(def.key(), "expected a list of levels or {min, max, steps}",
                def.type() == ParameterType.CHOICE ? def.allowedText() + " (as a list)" : "{min, max, steps} or a list");
    }

    /** @return a level or range end as the parameter's canonical value; words are not numbers */
    private static Object value(ParameterDef def, Object raw) {
        if (raw instanceof UnreadableScalar) {
            throw new InvalidParameterException(def.key(), ((UnreadableScalar) raw).problem(), def.allowedText());
        }
        if (def.type() != ParameterType.CHOICE && (raw instanceof String || raw == null)) {
            throw new InvalidParameterException(def.key(), "'" + raw + "' is not a number", def.allowedText());
        }
        return def.coerce(raw);
    }
}

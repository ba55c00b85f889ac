package org.loyaltylab.calibration;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.loyaltylab.experiment.ExperimentLoader;
import org.loyaltylab.experiment.ExperimentSpec;
import org.loyaltylab.model.failure.FailureOutcome;
import org.loyaltylab.model.failure.ProblemSize;
import org.loyaltylab.model.param.InvalidParameterException;
import org.loyaltylab.model.param.ParameterDef;
import org.loyaltylab.model.param.ParameterRegistry;
import org.loyaltylab.model.param.ParameterType;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads a calibration file and the targets file it names, strictly: every problem (an unknown
 * observable, a tolerance or standard error not above 0, an unknown parameter, a prior outside
 * the parameter's range...) stops the reading with the file, line, key and what is allowed.
 *
 * <p>Calibration file: {@code name}, {@code description}, {@code targets} (a path relative to
 * the file), {@code experiment} (likewise; its first arm is the model simulated), optional
 * {@code days}, {@code replications}, {@code seed} (overriding the experiment's), {@code budget}
 * (evaluations, default 200), {@code set} (parameter overrides, e.g. {@code customers.initial_count:
 * 20000}) and {@code fit} (parameter key to {@code {min, max}}).
 *
 * <p>Targets file: {@code targets}, a list; each with {@code name}, {@code observable}
 * ({@link Observable}), optional {@code problem_size}, {@code outcome} (for bought-again shares),
 * {@code value} in [0, 1], {@code tolerance} and/or {@code standard_error} (above 0; one given,
 * the other is taken as its double or half) and {@code source}.
 */
public final class CalibrationLoader {
    private static final List<String> TOP = List.of("name", "description", "targets", "experiment", "days",
            "replications", "seed", "budget", "set", "fit");
    private static final List<String> TARGET_KEYS = List.of("name", "observable", "problem_size", "outcome", "value",
            "tolerance", "standard_error", "source");
    private static final int DEFAULT_BUDGET = 200;

    private CalibrationLoader() {
    }

    /**
     * @return the calibration
     * @throws org.loyaltylab.experiment.ExperimentFileException the first problem of either file
     */
    public static CalibrationSpec load(Path file) {
        YamlReader y = YamlReader.of(file);
        Node root = YamlReader.root(file);
        Map<String, Node> top = y.mapping(root, "", TOP, List.of("name", "targets", "experiment", "fit"));
        String name = y.text(top.get("name"), "name");
        if (!name.matches("[a-z0-9][a-z0-9-]{0,63}")) {
            throw y.error(top.get("name"), "name", "'" + name + "' is not a valid name",
                    "lower-case letters, digits and dashes, at most 64 characters");
        }
        Path dir = file.toAbsolutePath().getParent();
        Path targetsFile = dir.resolve(y.text(top.get("targets"), "targets")).normalize();
        ExperimentSpec experiment = ExperimentLoader.load(dir.resolve(y.text(top.get("experiment"), "experiment"))
                .normalize());
        if (top.containsKey("days")) {
            experiment = experiment.withDays(y.whole(top.get("days"), "days", 1, 36_500));
        }
        if (top.containsKey("replications")) {
            experiment = experiment.withReplications(y.whole(top.get("replications"), "replications", 2, 1000));
        }
        if (top.containsKey("seed")) {
            experiment = experiment.withSeed(y.whole(top.get("seed"), "seed", 0, Integer.MAX_VALUE));
        }
        if (top.containsKey("set")) {
            experiment = overrides(y, top.get("set"), experiment);
        }
        int budget = top.containsKey("budget") ? y.whole(top.get("budget"), "budget", 1, 100_000) : DEFAULT_BUDGET;
        List<Prior> priors = priors(y, top.get("fit"));
        return new CalibrationSpec(name, file, targetsFile, priors, targets(targetsFile), experiment, budget);
    }

    private static ExperimentSpec overrides(YamlReader y, Node node, ExperimentSpec experiment) {
        List<String> keys = ParameterRegistry.all().stream().map(ParameterDef::key).toList();
        ExperimentSpec out = experiment;
        for (Map.Entry<String, Node> e : y.mapping(node, "set", keys, List.of()).entrySet()) {
            ParameterDef def = ParameterRegistry.require(e.getKey());
            String where = "set." + e.getKey();
            Object value = switch (def.type()) {
                case CHOICE -> y.choice(e.getValue(), where, def.choices());
                case INTEGER -> y.whole(e.getValue(), where, (int) def.min(), (int) def.max());
                default -> y.number(e.getValue(), where, def.min(), false, def.max());
            };
            try {
                out = out.withOverride(e.getKey(), value);
            } catch (InvalidParameterException ex) {
                throw y.error(e.getValue(), where, ex.getMessage(), def.allowedText());
            }
        }
        return out;
    }

    private static List<Prior> priors(YamlReader y, Node node) {
        List<String> reals = ParameterRegistry.all().stream().filter(d -> d.type() == ParameterType.REAL)
                .map(ParameterDef::key).toList();
        List<Prior> priors = new ArrayList<>();
        for (Map.Entry<String, Node> e : y.mapping(node, "fit", reals, List.of()).entrySet()) {
            ParameterDef def = ParameterRegistry.require(e.getKey());
            String where = "fit." + e.getKey();
            Map<String, Node> range = y.mapping(e.getValue(), where, List.of("min", "max"), List.of("min", "max"));
            double min = y.number(range.get("min"), where + ".min", def.min(), false, def.max());
            double max = y.number(range.get("max"), where + ".max", def.min(), false, def.max());
            if (max <= min) {
                throw y.error(range.get("max"), where + ".max", "the range is empty (max <= min)", "max above min");
            }
            priors.add(new Prior(e.getKey(), min, max));
        }
        if (priors.isEmpty()) {
            throw y.error(node, "fit", "no parameter to fit", "real parameters, each with {min, max}");
        }
        return priors;
    }

    /** @return the targets of a targets file */
    public static List<Target> targets(Path file) {
        YamlReader y = YamlReader.of(file);
        Map<String, Node> top = y.mapping(YamlReader.root(file), "", List.of("targets"), List.of("targets"));
        List<Target> targets = new ArrayList<>();
        Set<String> names = new HashSet<>();
        List<Node> items = y.list(top.get("targets"), "targets", "a list of targets");
        for (int i = 0; i < items.size(); i++) {
            Target t = target(y, items.get(i), "targets[" + (i + 1) + "]");
            if (!names.add(t.name())) {
                throw y.error(items.get(i), "targets[" + (i + 1) + "].name", "duplicate target name '" + t.name() + "'",
                        "a name not used by another target");
            }
            targets.add(t);
        }
        return targets;
    }

    private static Target target(YamlReader y, Node node, String where) {
        Map<String, Node> m = y.mapping(node, where, TARGET_KEYS, List.of("name", "observable", "value", "source"));
        String name = y.text(m.get("name"), where + ".name");
        Observable observable = Observable.of(y.choice(m.get("observable"), where + ".observable", Observable.labels()));
        ProblemSize size = m.containsKey("problem_size") ? Arrays.stream(ProblemSize.values())
                .filter(s -> s.label().equals(y.choice(m.get("problem_size"), where + ".problem_size",
                        Arrays.stream(ProblemSize.values()).map(ProblemSize::label).toList())))
                .findFirst().orElseThrow() : null;
        FailureOutcome outcome = null;
        List<String> outcomes = Arrays.stream(FailureOutcome.values()).map(FailureOutcome::label).toList();
        if (observable.needsOutcome()) {
            if (!m.containsKey("outcome")) {
                throw y.error(node, where + ".outcome", "missing (" + observable.label() + " needs an outcome)",
                        "one of: " + String.join(", ", outcomes));
            }
            String label = y.choice(m.get("outcome"), where + ".outcome", outcomes);
            outcome = Arrays.stream(FailureOutcome.values()).filter(o -> o.label().equals(label)).findFirst()
                    .orElseThrow();
        } else if (m.containsKey("outcome")) {
            throw y.error(m.get("outcome"), where + ".outcome", observable.label() + " takes no outcome",
                    "no outcome key for " + observable.label());
        }
        double value = y.number(m.get("value"), where + ".value", 0, false, 1);
        if (!m.containsKey("tolerance") && !m.containsKey("standard_error")) {
            throw y.error(node, where + ".tolerance", "missing (give a tolerance or a standard error)",
                    "tolerance and/or standard_error, each above 0");
        }
        double tolerance = m.containsKey("tolerance") ? y.number(m.get("tolerance"), where + ".tolerance", 0, true, 1)
                : Double.NaN;
        double se = m.containsKey("standard_error")
                ? y.number(m.get("standard_error"), where + ".standard_error", 0, true, 1) : tolerance / 2;
        return new Target(name, observable, size, outcome, value, se, Double.isNaN(tolerance) ? 2 * se : tolerance,
                y.text(m.get("source"), where + ".source"));
    }
}

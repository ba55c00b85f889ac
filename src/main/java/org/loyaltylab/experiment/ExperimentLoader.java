package org.loyaltylab.experiment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.loyaltylab.model.param.InvalidParameterException;
import org.loyaltylab.model.param.ParameterDef;
import org.loyaltylab.model.param.ParameterRegistry;
import org.loyaltylab.model.param.ParameterType;
import org.loyaltylab.model.param.Parameters;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads experiment files (YAML, through {@link StrictYaml}) into {@link ExperimentSpec}s. Every
 * problem is reported with its file, line, key, what was given and what is allowed: unknown
 * keys, duplicate keys (at every level), wrong types, values out of range, names too long for
 * the file system, missing or empty sections. {@link #read} collects every problem of a file
 * (one per key); {@link #load} stops with the first.
 */
public final class ExperimentLoader {
    /**
     * The longest experiment or arm name. Names become folder and file names
     * ({@code results/NAME}, {@code charts/heatmap-METRIC-ARM-minus-ARM.svg} and its temporary
     * file), which file systems limit to 255 bytes.
     */
    public static final int MAX_NAME_LENGTH = 64;
    private static final List<String> TOP_KEYS =
            List.of("name", "description", "days", "warmup_days", "replications", "seed", "centre", "parameters", "arms",
                    "contrasts", "sweep");
    private static final List<String> ARM_KEYS = List.of("name", "description", "baseline", "parameters");
    private static final String NAME_PATTERN = "[a-z0-9][a-z0-9-]*";
    private static final String NAME_ALLOWED = "lower-case letters, digits and dashes, at most " + MAX_NAME_LENGTH
            + " characters";

    private final String file;
    private final Problems problems;

    /**
     * What {@link #read} found.
     *
     * @param spec  the experiment, or null if the file has a problem
     * @param sweep the sweep section (to be checked by the sweep package), or null if there is
     *              none or it could not be read
     */
    public record Reading(ExperimentSpec spec, SweepSection sweep) {
    }

    private ExperimentLoader(Problems problems) {
        this.file = problems.file();
        this.problems = problems;
    }

    /**
     * @param path the experiment file
     * @return the experiment
     * @throws ExperimentFileException the first problem by line, located in the file
     */
    public static ExperimentSpec load(Path path) {
        Problems problems = new Problems(path.toString());
        Reading reading = read(path, problems);
        problems.throwFirst();
        return reading.spec();
    }

    /**
     * Reads an experiment file, recording every problem found (one per key) instead of stopping
     * at the first.
     *
     * @param path     the experiment file
     * @param problems collects the problems; named after the file (the experiment is returned
     *                 only if this file adds none)
     * @return the experiment (null if a problem was found) and the raw sweep section
     */
    public static Reading read(Path path, Problems problems) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            problems.add(0, null, "file not found", null);
            return new Reading(null, null);
        } catch (IOException e) {
            problems.add(0, null, "cannot read file: " + e.getMessage(), null);
            return new Reading(null, null);
        }
        int before = problems.count();
        Node root = StrictYaml.read(bytes, problems);
        if (problems.count() > before) {
            return new Reading(null, null);
        }
        return new ExperimentLoader(problems).parse(root, path, before);
    }

    /**
     * Parses a command-line override {@code key=value}; the value is read as a YAML scalar.
     *
     * @return the key and canonical value
     * @throws ExperimentFileException naming the {@code --set} argument
     */
    public static Map.Entry<String, Object> parseOverride(String argument) {
        Problems problems = new Problems("--set " + argument);
        ExperimentLoader loader = new ExperimentLoader(problems);
        int eq = argument.indexOf('=');
        if (eq <= 0) {
            throw new ExperimentFileException(problems.file(), 0, null, "expected key=value", null);
        }
        String key = argument.substring(0, eq).trim();
        Node node = StrictYaml.read(argument.substring(eq + 1).getBytes(StandardCharsets.UTF_8), problems);
        problems.throwFirst();
        if (node == null) {
            throw new ExperimentFileException(problems.file(), 0, key, "no value", null);
        }
        return Map.entry(key, loader.coerce(key, key, node));
    }

    /** @param before the number of problems recorded before this file was read */
    private Reading parse(Node root, Path path, int before) {
        if (root == null) {
            problems.add(1, null, "the file is empty", "a mapping with keys " + String.join(", ", TOP_KEYS));
            return new Reading(null, null);
        }
        if (!(root instanceof MappingNode)) {
            problems.add(line(root), null, "expected a mapping of keys to values", "keys " + String.join(", ", TOP_KEYS));
            return new Reading(null, null);
        }
        Map<String, NodeTuple> top = mapping(root, "(top level)", TOP_KEYS);
        String name = attempt(() -> name(top, "name", root));
        String description = attempt(() -> text(top, "description", root).trim());
        Long days = attempt(() -> whole(top, "days", 730, 1, ExperimentSpec.MAX_DAYS));
        Long warmup = attempt(() -> warmup(top, days));
        Long replications = attempt(() -> whole(top, "replications", 10, 1, ExperimentSpec.MAX_REPLICATIONS));
        Long seed = attempt(() -> whole(top, "seed", 1, Long.MIN_VALUE, Long.MAX_VALUE));
        Map<String, Object> baseOverrides = top.containsKey("parameters")
                ? attempt(() -> parameters(top.get("parameters").getValueNode(), "parameters")) : Map.of();
        Map<String, Object> explicit = baseOverrides == null ? Map.of() : baseOverrides;
        CentreDerivation centre = top.containsKey("centre")
                ? attempt(() -> centre(top.get("centre").getValueNode(), explicit)) : null;
        if (centre != null) {
            Map<String, Object> merged = new LinkedHashMap<>(centre.values());
            merged.putAll(explicit);
            baseOverrides = merged;
        }
        Parameters base = Parameters.defaults().withAll(baseOverrides == null ? Map.of() : baseOverrides);
        List<Arm> arms = attempt(() -> arms(top.get("arms"), root, base));
        List<Contrast> contrasts = top.containsKey("contrasts") && arms != null
                ? ContrastReader.read(top.get("contrasts").getValueNode(), arms.stream().map(Arm::name).toList(),
                problems) : List.of();
        SweepSection sweep = top.containsKey("sweep") ? attempt(() -> sweep(top.get("sweep").getValueNode())) : null;
        ExperimentSpec spec = problems.count() == before ? new ExperimentSpec(name, description, path, days.intValue(),
                replications.intValue(), seed, base, baseOverrides, arms, sweep, contrasts, centre) : null;
        if (spec != null && warmup > 0) {
            spec = spec.withOverride(ParameterRegistry.WARMUP.key(), warmup.intValue());
        }
        return new Reading(spec, sweep);
    }

    /** Runs one check; a problem it throws is recorded and null returned, so that the next check runs. */
    private <T> T attempt(Supplier<T> check) {
        try {
            return check.get();
        } catch (ExperimentFileException e) {
            problems.add(e);
            return null;
        }
    }

    private String name(Map<String, NodeTuple> m, String key, Node parent) {
        String name = text(m, "name", parent);
        Node value = m.get("name").getValueNode();
        if (!name.matches(NAME_PATTERN)) {
            throw error(value, key, "'" + name + "' is not a valid name", NAME_ALLOWED + ", e.g. kind-vs-defensive");
        }
        if (name.length() > MAX_NAME_LENGTH) {
            throw error(value, key, "the name has " + name.length() + " characters, too long for file and folder names",
                    NAME_ALLOWED);
        }
        return name;
    }

    private List<Arm> arms(NodeTuple entry, Node root, Parameters base) {
        if (entry == null) {
            throw error(root, "arms", "missing", "a list of at least one arm, each with a name");
        }
        Node node = entry.getValueNode();
        if (!(node instanceof SequenceNode) || ((SequenceNode) node).getValue().isEmpty()) {
            throw error(node, "arms", node instanceof SequenceNode ? "no arms" : "not a list",
                    "a list of at least one arm, each with a name");
        }
        List<Arm> arms = new ArrayList<>();
        Set<String> names = new HashSet<>();
        int baselines = 0;
        List<Node> items = ((SequenceNode) node).getValue();
        for (int i = 0; i < items.size(); i++) {
            String where = "arms[" + (i + 1) + "]";
            Node item = items.get(i);
            Arm arm = attempt(() -> arm(item, where, base, names));
            if (arm == null) {
                continue;
            }
            if (arm.baseline() && ++baselines > 1) {
                problems.add(error(valueOf(item, "baseline"), where + ".baseline", "a second baseline arm",
                        "at most one arm with baseline: true"));
            }
            arms.add(arm);
        }
        return arms;
    }

    /** @return the value of the first entry with this key in a mapping already read */
    private static Node valueOf(Node mapping, String key) {
        return ((MappingNode) mapping).getValue().stream()
                .filter(t -> t.getKeyNode() instanceof ScalarNode && ((ScalarNode) t.getKeyNode()).getValue().equals(key))
                .findFirst().orElseThrow().getValueNode();
    }

    /** @return the arm, or null when a problem was recorded; its name joins the names already used */
    private Arm arm(Node item, String where, Parameters base, Set<String> names) {
        Map<String, NodeTuple> m = mapping(item, where, ARM_KEYS);
        String name = m.containsKey("name") ? attempt(() -> name(m, where + ".name", item)) : null;
        if (!m.containsKey("name")) {
            problems.add(error(item, where + ".name", "missing", "a unique name: " + NAME_ALLOWED));
        } else if (name != null && !names.add(name)) {
            problems.add(error(m.get("name").getValueNode(), where + ".name", "duplicate arm name '" + name + "'",
                    "a name not used by another arm"));
            name = null;
        }
        String description = m.containsKey("description") ? attempt(() -> text(m, "description", item).trim()) : "";
        Boolean baseline = m.containsKey("baseline")
                ? attempt(() -> flag(m.get("baseline").getValueNode(), where + ".baseline")) : Boolean.FALSE;
        Map<String, Object> overrides = m.containsKey("parameters")
                ? attempt(() -> parameters(m.get("parameters").getValueNode(), where + ".parameters")) : Map.of();
        if (name == null || description == null || baseline == null || overrides == null) {
            return null;
        }
        return new Arm(name, description, baseline, overrides, base.withAll(overrides));
    }

    /** @return the valid parameter values; each invalid one is recorded as a problem */
    private Map<String, Object> parameters(Node node, String where) {
        Map<String, Object> values = new LinkedHashMap<>();
        if (node instanceof ScalarNode && ((ScalarNode) node).getTag().equals(Tag.NULL)) {
            return values;
        }
        Map<String, NodeTuple> areas = mapping(node, where, ParameterRegistry.areas());
        for (Map.Entry<String, NodeTuple> area : areas.entrySet()) {
            String areaWhere = where + "." + area.getKey();
            List<String> keys = ParameterRegistry.all().stream().filter(d -> d.area().equals(area.getKey()))
                    .map(d -> d.key().substring(d.area().length() + 1)).toList();
            Map<String, NodeTuple> entries = attempt(() -> mapping(area.getValue().getValueNode(), areaWhere, keys));
            for (Map.Entry<String, NodeTuple> e : entries == null ? Map.<String, NodeTuple>of().entrySet()
                    : entries.entrySet()) {
                String key = area.getKey() + "." + e.getKey();
                Object value = attempt(() -> coerce(key, areaWhere + "." + e.getKey(), e.getValue().getValueNode()));
                if (value != null) {
                    values.put(key, value);
                }
            }
        }
        return values;
    }

    /** @return the canonical value of parameter {@code key}, which the file names {@code where} */
    private Object coerce(String key, String where, Node node) {
        ParameterDef def;
        try {
            def = ParameterRegistry.require(key);
        } catch (InvalidParameterException e) {
            throw error(node, where, e.getMessage(), e.allowed());
        }
        Object raw = node instanceof ScalarNode ? StrictYaml.value((ScalarNode) node) : null;
        if (raw == null) {
            throw error(node, where, node instanceof ScalarNode ? "missing value" : "expected a single value, not a "
                    + (node instanceof SequenceNode ? "list" : "mapping"), def.allowedText());
        }
        if (raw instanceof UnreadableScalar) {
            throw error(node, where, ((UnreadableScalar) raw).problem(), def.allowedText());
        }
        if (def.type() != ParameterType.CHOICE && raw instanceof String) {
            throw error(node, where, "'" + raw + "' is not a number", def.allowedText());
        }
        try {
            return def.coerce(raw);
        } catch (InvalidParameterException e) {
            throw error(node, where, e.getMessage(), e.allowed());
        }
    }

    /**
     * @return the parameters the {@code centre:} section implies, with a warning for each explicit base
     *         parameter that overrides one; null when the section has a problem (recorded)
     */
    private CentreDerivation centre(Node node, Map<String, Object> explicit) {
        Centre c = CentreReader.read(node, problems);
        if (c == null) {
            return null;
        }
        try {
            return CentreDerivation.derive(c, Parameters.defaults().withAll(explicit)).withConflicts(explicit);
        } catch (InvalidParameterException e) {
            String stated = CentreDerivation.statedKey(e.key(), c);
            throw error(valueOf(node, stated), "centre." + stated, "gives " + e.key() + " " + e.getMessage(),
                    e.allowed());
        }
    }

    private SweepSection sweep(Node node) {
        if (!(node instanceof MappingNode)) {
            throw error(node, "sweep", "not a mapping", "a mapping with design, factors, replications, metrics");
        }
        Map<String, Integer> lines = new LinkedHashMap<>();
        @SuppressWarnings("unchecked")
        Map<String, Object> map = (Map<String, Object>) plain(node, "", lines);
        return new SweepSection(map, lines, line(node));
    }

    /**
     * The section as maps, lists and scalars, with the line of each key (of each value where it
     * has no key); a key given twice in a mapping is a problem.
     */
    private Object plain(Node node, String path, Map<String, Integer> lines) {
        lines.putIfAbsent(path, line(node));
        if (node instanceof ScalarNode) {
            return StrictYaml.value((ScalarNode) node);
        }
        if (node instanceof SequenceNode) {
            List<Object> list = new ArrayList<>();
            List<Node> items = ((SequenceNode) node).getValue();
            for (int i = 0; i < items.size(); i++) {
                list.add(plain(items.get(i), path + "[" + i + "]", lines));
            }
            return list;
        }
        Map<String, Object> map = new LinkedHashMap<>();
        for (NodeTuple t : ((MappingNode) node).getValue()) {
            String key = attempt(() -> keyOf(t));
            String child = path.isEmpty() ? key : path + "." + key;
            if (key == null) {
                continue;
            }
            if (map.containsKey(key)) {
                problems.add(error(t.getKeyNode(), "sweep." + child, "duplicate key '" + key + "'", "each key once"));
                continue;
            }
            lines.put(child, line(t.getKeyNode()));
            map.put(key, plain(t.getValueNode(), child, lines));
        }
        return map;
    }

    /**
     * A mapping's entries by key. Unknown and duplicate keys are recorded as problems and left
     * out; a node that is not a mapping is thrown.
     */
    private Map<String, NodeTuple> mapping(Node node, String where, List<String> allowed) {
        if (!(node instanceof MappingNode)) {
            throw error(node, where, "expected a mapping of keys to values", "keys " + String.join(", ", allowed));
        }
        Map<String, NodeTuple> out = new LinkedHashMap<>();
        for (NodeTuple t : ((MappingNode) node).getValue()) {
            String key = attempt(() -> keyOf(t));
            if (key == null) {
                continue;
            }
            String full = where.startsWith("(") ? key : where + "." + key;
            if (!allowed.contains(key)) {
                problems.add(error(t.getKeyNode(), full, "unknown key '" + key + "'", String.join(", ", allowed)));
            } else if (out.containsKey(key)) {
                problems.add(error(t.getKeyNode(), full, "duplicate key '" + key + "' (first on line "
                        + line(out.get(key).getKeyNode()) + ")", "each key once"));
            } else {
                out.put(key, t);
            }
        }
        return out;
    }

    private String keyOf(NodeTuple t) {
        Node k = t.getKeyNode();
        if (!(k instanceof ScalarNode)) {
            throw error(k, null, "a key must be a plain name, not a " + (k instanceof SequenceNode ? "list" : "mapping"),
                    "names such as days or arms");
        }
        return ((ScalarNode) k).getValue();
    }

    private String text(Map<String, NodeTuple> m, String key, Node parent) {
        NodeTuple t = m.get(key);
        if (t == null) {
            throw error(parent, key, "missing", "a non-empty text");
        }
        Node v = t.getValueNode();
        if (!(v instanceof ScalarNode) || ((ScalarNode) v).getTag().equals(Tag.NULL)
                || ((ScalarNode) v).getValue().isBlank()) {
            throw error(v, key, "expected a non-empty text", "a non-empty text");
        }
        return ((ScalarNode) v).getValue();
    }

    private long whole(Map<String, NodeTuple> m, String key, long dflt, long min, long max) {
        NodeTuple t = m.get(key);
        if (t == null) {
            return dflt;
        }
        Node v = t.getValueNode();
        String allowed = "a whole number in [" + min + ", " + max + "]";
        Object raw = v instanceof ScalarNode ? StrictYaml.value((ScalarNode) v) : null;
        if (raw instanceof UnreadableScalar) {
            throw error(v, key, ((UnreadableScalar) raw).problem(), allowed);
        }
        if (!(raw instanceof Long)) {
            throw error(v, key, written(v) + " is not a whole number",
                    allowed);
        }
        long n = (Long) raw;
        if (n < min || n > max) {
            throw error(v, key, "'" + n + "' is out of range", allowed);
        }
        return n;
    }

    /** @return {@code warmup_days}, 0 if absent, checked to be shorter than the horizon when that was readable */
    private long warmup(Map<String, NodeTuple> top, Long days) {
        long max = days == null ? ExperimentSpec.MAX_DAYS - 1 : days - 1;
        long w = whole(top, "warmup_days", 0, 0, ExperimentSpec.MAX_DAYS - 1);
        if (w > max) {
            throw error(top.get("warmup_days").getValueNode(), "warmup_days", "'" + w
                    + "' is not shorter than the horizon (days: " + days + ")", "a whole number in [0, " + max + "]");
        }
        return w;
    }

    private boolean flag(Node v, String key) {
        Object raw = v instanceof ScalarNode ? StrictYaml.value((ScalarNode) v) : null;
        if (raw instanceof UnreadableScalar) {
            throw error(v, key, ((UnreadableScalar) raw).problem(), "true, false");
        }
        if (!(raw instanceof Boolean)) {
            throw error(v, key, written(v) + " is not true or false",
                    "true, false");
        }
        return (Boolean) raw;
    }

    /** @return a value as the file writes it, in quotes; "no value", "a list" or "a mapping" for those */
    private static String written(Node v) {
        if (v instanceof ScalarNode) {
            return ((ScalarNode) v).getTag().equals(Tag.NULL) ? "no value" : "'" + ((ScalarNode) v).getValue() + "'";
        }
        return v instanceof SequenceNode ? "a list" : "a mapping";
    }

    private static int line(Node node) {
        return node == null ? 0 : node.getStartMark().getLine() + 1;
    }

    private ExperimentFileException error(Node node, String key, String problem, String allowed) {
        return new ExperimentFileException(file, line(node), key, problem, allowed);
    }
}

package org.loyaltylab.experiment;

import java.io.IOException;
import java.io.Reader;
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
import org.loyaltylab.model.param.InvalidParameterException;
import org.loyaltylab.model.param.ParameterDef;
import org.loyaltylab.model.param.ParameterRegistry;
import org.loyaltylab.model.param.Parameters;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads experiment files (YAML) into {@link ExperimentSpec}s. Works on SnakeYAML's node tree,
 * so every problem is reported with its file, line, key and the allowed values: unknown keys,
 * wrong types, values out of range, duplicate keys, missing or empty sections.
 */
public final class ExperimentLoader {
    private static final List<String> TOP_KEYS =
            List.of("name", "description", "days", "replications", "seed", "parameters", "arms", "sweep");
    private static final List<String> ARM_KEYS = List.of("name", "description", "baseline", "parameters");
    private static final String NAME_PATTERN = "[a-z0-9][a-z0-9-]*";

    private final String file;

    private ExperimentLoader(String file) {
        this.file = file;
    }

    /**
     * @param path the experiment file
     * @return the experiment
     * @throws ExperimentFileException on any problem, located in the file
     */
    public static ExperimentSpec load(Path path) {
        ExperimentLoader loader = new ExperimentLoader(path.toString());
        String text;
        try {
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ExperimentFileException(path.toString(), 0, null, "file not found", null);
        } catch (IOException e) {
            throw new ExperimentFileException(path.toString(), 0, null, "cannot read file: " + e.getMessage(), null);
        }
        return loader.parse(text, path);
    }

    /**
     * Parses a command-line override {@code key=value}; the value is read as a YAML scalar.
     *
     * @return the key and canonical value
     * @throws ExperimentFileException naming the {@code --set} argument
     */
    public static Map.Entry<String, Object> parseOverride(String argument) {
        ExperimentLoader loader = new ExperimentLoader("--set " + argument);
        int eq = argument.indexOf('=');
        if (eq <= 0) {
            throw new ExperimentFileException("--set " + argument, 0, null, "expected key=value", null);
        }
        String key = argument.substring(0, eq).trim();
        Node node;
        try {
            node = yaml().compose(new java.io.StringReader(argument.substring(eq + 1)));
        } catch (YAMLException e) {
            throw new ExperimentFileException("--set " + argument, 0, key, "not a value", null);
        }
        Object raw = node instanceof ScalarNode ? loader.scalar((ScalarNode) node) : null;
        return Map.entry(key, loader.coerce(key, raw, node));
    }

    private static Yaml yaml() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        return new Yaml(new SafeConstructor(options));
    }

    private ExperimentSpec parse(String text, Path path) {
        Node root;
        try (Reader reader = new java.io.StringReader(text)) {
            root = yaml().compose(reader);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() != null ? e.getProblemMark().getLine() + 1 : 0;
            throw new ExperimentFileException(file, line, null, "invalid YAML: " + e.getProblem(), null);
        } catch (YAMLException | IOException e) {
            throw new ExperimentFileException(file, 0, null, "invalid YAML: " + e.getMessage(), null);
        }
        if (root == null) {
            throw new ExperimentFileException(file, 1, null, "the file is empty", "a mapping with keys " + TOP_KEYS);
        }
        Map<String, NodeTuple> top = mapping(root, "(top level)", TOP_KEYS);
        String name = text(top, "name", root, true);
        if (!name.matches(NAME_PATTERN)) {
            throw error(top.get("name").getValueNode(), "name", "'" + name + "' is not a valid name",
                    "lower-case letters, digits and dashes, e.g. kind-vs-defensive");
        }
        String description = text(top, "description", root, true).trim();
        int days = (int) whole(top, "days", 730, 1, 36_500);
        int replications = (int) whole(top, "replications", 10, 1, 100_000);
        long seed = whole(top, "seed", 1, Long.MIN_VALUE, Long.MAX_VALUE);
        Map<String, Object> baseOverrides = top.containsKey("parameters")
                ? parameters(top.get("parameters").getValueNode(), "parameters") : Map.of();
        Parameters base = Parameters.defaults().withAll(baseOverrides);
        if (!top.containsKey("arms")) {
            throw error(root, "arms", "missing", "a list of at least one arm, each with a name");
        }
        List<Arm> arms = arms(top.get("arms").getValueNode(), base);
        SweepSection sweep = top.containsKey("sweep") ? sweep(top.get("sweep").getValueNode()) : null;
        return new ExperimentSpec(name, description, path, days, replications, seed, base, baseOverrides, arms, sweep);
    }

    private List<Arm> arms(Node node, Parameters base) {
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
            Map<String, NodeTuple> m = mapping(item, where, ARM_KEYS);
            if (!m.containsKey("name")) {
                throw error(item, where + ".name", "missing", "a unique name of lower-case letters, digits and dashes");
            }
            String name = text(m, "name", item, true);
            if (!name.matches(NAME_PATTERN)) {
                throw error(m.get("name").getValueNode(), where + ".name", "'" + name + "' is not a valid name",
                        "lower-case letters, digits and dashes");
            }
            if (!names.add(name)) {
                throw error(m.get("name").getValueNode(), where + ".name", "duplicate arm name '" + name + "'",
                        "a name not used by another arm");
            }
            String description = m.containsKey("description") ? text(m, "description", item, false).trim() : "";
            boolean baseline = m.containsKey("baseline") && flag(m.get("baseline").getValueNode(), where + ".baseline");
            if (baseline && ++baselines > 1) {
                throw error(m.get("baseline").getValueNode(), where + ".baseline", "a second baseline arm",
                        "at most one arm with baseline: true");
            }
            Map<String, Object> overrides = m.containsKey("parameters")
                    ? parameters(m.get("parameters").getValueNode(), where + ".parameters") : Map.of();
            arms.add(new Arm(name, description, baseline, overrides, base.withAll(overrides)));
        }
        return arms;
    }

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
            Map<String, NodeTuple> entries = mapping(area.getValue().getValueNode(), areaWhere, keys);
            for (Map.Entry<String, NodeTuple> e : entries.entrySet()) {
                String key = area.getKey() + "." + e.getKey();
                Node value = e.getValue().getValueNode();
                Object raw = value instanceof ScalarNode ? scalar((ScalarNode) value) : null;
                values.put(key, coerce(key, raw, value));
            }
        }
        return values;
    }

    private Object coerce(String key, Object raw, Node node) {
        ParameterDef def;
        try {
            def = ParameterRegistry.require(key);
        } catch (InvalidParameterException e) {
            throw error(node, key, e.getMessage(), e.allowed());
        }
        if (raw == null) {
            throw error(node, key, node instanceof ScalarNode ? "missing value" : "expected a single value, not a "
                    + (node instanceof SequenceNode ? "list" : "mapping"), def.allowedText());
        }
        if (def.type() != org.loyaltylab.model.param.ParameterType.CHOICE && raw instanceof String) {
            throw error(node, key, "'" + raw + "' is not a number", def.allowedText());
        }
        try {
            return def.coerce(raw);
        } catch (InvalidParameterException e) {
            throw error(node, key, e.getMessage(), e.allowed());
        }
    }

    private SweepSection sweep(Node node) {
        Map<String, Integer> lines = new LinkedHashMap<>();
        Object values = plain(node, "", lines);
        if (!(values instanceof Map)) {
            throw error(node, "sweep", "not a mapping", "a mapping with design, factors, replications, metrics");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> map = (Map<String, Object>) values;
        return new SweepSection(map, lines, line(node));
    }

    private Object plain(Node node, String path, Map<String, Integer> lines) {
        lines.put(path, line(node));
        if (node instanceof ScalarNode) {
            return scalar((ScalarNode) node);
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
            String key = keyOf(t);
            String child = path.isEmpty() ? key : path + "." + key;
            lines.put(child, line(t.getKeyNode()));
            map.put(key, plain(t.getValueNode(), child, lines));
        }
        return map;
    }

    /** A mapping's entries by key, checking that every key is allowed and none repeats. */
    private Map<String, NodeTuple> mapping(Node node, String where, List<String> allowed) {
        if (!(node instanceof MappingNode)) {
            throw error(node, where, "expected a mapping of keys to values", "keys " + String.join(", ", allowed));
        }
        Map<String, NodeTuple> out = new LinkedHashMap<>();
        for (NodeTuple t : ((MappingNode) node).getValue()) {
            String key = keyOf(t);
            String full = where.startsWith("(") ? key : where + "." + key;
            if (!allowed.contains(key)) {
                throw error(t.getKeyNode(), full, "unknown key '" + key + "'", String.join(", ", allowed));
            }
            if (out.put(key, t) != null) {
                throw error(t.getKeyNode(), full, "duplicate key '" + key + "'", "each key once");
            }
        }
        return out;
    }

    private String keyOf(NodeTuple t) {
        Node k = t.getKeyNode();
        if (!(k instanceof ScalarNode)) {
            throw error(k, null, "a key must be a plain name", null);
        }
        return ((ScalarNode) k).getValue();
    }

    private String text(Map<String, NodeTuple> m, String key, Node parent, boolean required) {
        NodeTuple t = m.get(key);
        if (t == null) {
            throw error(parent, key, "missing", required ? "a non-empty text" : null);
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
        String allowed = min == Long.MIN_VALUE ? "a whole number" : "a whole number in [" + min + ", " + max + "]";
        Object raw = v instanceof ScalarNode ? scalar((ScalarNode) v) : null;
        if (!(raw instanceof Long)) {
            throw error(v, key, "'" + (raw == null ? "?" : raw) + "' is not a whole number", allowed);
        }
        long n = (Long) raw;
        if (n < min || n > max) {
            throw error(v, key, "'" + n + "' is out of range", allowed);
        }
        return n;
    }

    private boolean flag(Node v, String key) {
        Object raw = v instanceof ScalarNode ? scalar((ScalarNode) v) : null;
        if (!(raw instanceof Boolean)) {
            throw error(v, key, "'" + raw + "' is not true or false", "true, false");
        }
        return (Boolean) raw;
    }

    /** @return a scalar as Long, Double, Boolean, String, or null for YAML null */
    private Object scalar(ScalarNode node) {
        String v = node.getValue();
        Tag tag = node.getTag();
        try {
            if (tag.equals(Tag.INT)) {
                return Long.parseLong(v.replace("_", "").replace("+", ""));
            }
            if (tag.equals(Tag.FLOAT)) {
                return Double.parseDouble(v.replace("_", ""));
            }
        } catch (NumberFormatException e) {
            throw error(node, null, "'" + v + "' is not a number this tool reads", "decimal numbers");
        }
        if (tag.equals(Tag.BOOL)) {
            String lower = v.toLowerCase(java.util.Locale.ROOT);
            return lower.equals("true") || lower.equals("yes") || lower.equals("on") || lower.equals("y");
        }
        if (tag.equals(Tag.NULL)) {
            return null;
        }
        return v;
    }

    private static int line(Node node) {
        return node == null ? 0 : node.getStartMark().getLine() + 1;
    }

    private ExperimentFileException error(Node node, String key, String problem, String allowed) {
        return new ExperimentFileException(file, line(node), key, problem, allowed);
    }
}

package org.loyaltylab.calibration;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.loyaltylab.experiment.ExperimentFileException;
import org.loyaltylab.experiment.Problems;
import org.loyaltylab.experiment.StrictYaml;
import org.loyaltylab.experiment.UnreadableScalar;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Strict reading of one calibration or targets file (through {@link StrictYaml}): mappings with
 * known keys only and each key once, typed scalars; every problem is thrown as an
 * {@link ExperimentFileException} naming the file, line, key and what is allowed (exit code 2).
 */
final class YamlReader {
    private final String file;

    private YamlReader(String file) {
        this.file = file;
    }

    /** @return the file's root node, read by the strict reader */
    static Node root(Path path) {
        Problems problems = new Problems(path.toString());
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new ExperimentFileException(path.toString(), 0, null, "file not found", null);
        } catch (IOException e) {
            throw new ExperimentFileException(path.toString(), 0, null, "cannot read file: " + e.getMessage(), null);
        }
        Node root = StrictYaml.read(bytes, problems);
        problems.throwFirst();
        if (root == null) {
            throw new ExperimentFileException(path.toString(), 1, null, "the file is empty", "a mapping of keys");
        }
        return root;
    }

    /** @return a reader whose errors name {@code path} */
    static YamlReader of(Path path) {
        return new YamlReader(path.toString());
    }

    /** @return the entries of a mapping by key; an unknown or repeated key is a problem */
    Map<String, Node> mapping(Node node, String where, List<String> allowed, List<String> required) {
        if (!(node instanceof MappingNode m)) {
            throw error(node, where, "expected a mapping of keys to values", "keys " + String.join(", ", allowed));
        }
        Map<String, Node> out = new LinkedHashMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        for (NodeTuple t : m.getValue()) {
            String key = t.getKeyNode() instanceof ScalarNode k ? k.getValue() : null;
            String full = where.isEmpty() ? key : where + "." + key;
            if (key == null) {
                throw error(t.getKeyNode(), where, "a key must be a plain name", String.join(", ", allowed));
            }
            if (!allowed.contains(key)) {
                throw error(t.getKeyNode(), full, "unknown key '" + key + "'", String.join(", ", allowed));
            }
            if (out.containsKey(key)) {
                throw error(t.getKeyNode(), full, "duplicate key '" + key + "' (first on line " + lines.get(key) + ")",
                        "each key once");
            }
            out.put(key, t.getValueNode());
            lines.put(key, line(t.getKeyNode()));
        }
        for (String key : required) {
            if (!out.containsKey(key)) {
                throw error(node, where.isEmpty() ? key : where + "." + key, "missing", "keys " + String.join(", ", required)
                        + " are required");
            }
        }
        return out;
    }

    /** @return the items of a non-empty list */
    List<Node> list(Node node, String where, String allowed) {
        if (!(node instanceof SequenceNode s) || s.getValue().isEmpty()) {
            throw error(node, where, node instanceof SequenceNode ? "an empty list" : "not a list", allowed);
        }
        return s.getValue();
    }

    /** @return a non-empty text */
    String text(Node node, String where) {
        Object v = node instanceof ScalarNode s ? StrictYaml.value(s) : null;
        if (!(v instanceof String text) || text.isBlank()) {
            throw error(node, where, written(node) + " is not a text", "a non-empty text");
        }
        return text.trim();
    }

    /** @return one of {@code allowed} */
    String choice(Node node, String where, List<String> allowed) {
        Object v = node instanceof ScalarNode s ? StrictYaml.value(s) : null;
        if (!(v instanceof String text) || !allowed.contains(text)) {
            throw error(node, where, written(node) + " is not allowed here", "one of: " + String.join(", ", allowed));
        }
        return text;
    }

    /** @return a number in [min, max]; {@code minOpen} excludes min itself */
    double number(Node node, String where, double min, boolean minOpen, double max) {
        String allowed = "a number " + (minOpen ? "above " + plain(min) + " and at most " + plain(max)
                : "in [" + plain(min) + ", " + plain(max) + "]");
        Object v = node instanceof ScalarNode s ? StrictYaml.value(s) : null;
        if (v instanceof UnreadableScalar u) {
            throw error(node, where, u.problem(), allowed);
        }
        if (!(v instanceof Number n)) {
            throw error(node, where, written(node) + " is not a number", allowed);
        }
        double d = n.doubleValue();
        if (d < min || d > max || (minOpen && d == min)) {
            throw error(node, where, "'" + ((ScalarNode) node).getValue() + "' is out of range", allowed);
        }
        return d;
    }

    /** @return a whole number in [min, max] */
    int whole(Node node, String where, int min, int max) {
        Object v = node instanceof ScalarNode s ? StrictYaml.value(s) : null;
        String allowed = "a whole number in [" + min + ", " + max + "]";
        if (!(v instanceof Long n)) {
            throw error(node, where, written(node) + " is not a whole number", allowed);
        }
        if (n < min || n > max) {
            throw error(node, where, "'" + n + "' is out of range", allowed);
        }
        return n.intValue();
    }

    /** @return a problem located at {@code node} */
    ExperimentFileException error(Node node, String key, String problem, String allowed) {
        return new ExperimentFileException(file, line(node), key, problem, allowed);
    }

    private static String plain(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }

    private static String written(Node v) {
        if (v instanceof ScalarNode s) {
            return s.getValue().isEmpty() ? "no value" : "'" + s.getValue() + "'";
        }
        return v instanceof SequenceNode ? "a list" : "a mapping";
    }

    private static int line(Node node) {
        return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }
}

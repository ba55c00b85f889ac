package org.loyaltylab.experiment;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads an experiment file's {@code contrasts:} section: a list of pairs
 * ({@code {name: n, arm: a, against: b}}) and interactions
 * ({@code {name: n, interaction: [[a, b], [c, d]]}}, meaning (a - b) - (c - d)). Every problem
 * (wrong shape, unknown or missing key, unknown arm, an arm against itself, a name or contrast
 * given twice) is recorded with its line, key and what is allowed.
 */
final class ContrastReader {
    private static final String SHAPE = "a list of {name: N, arm: A, against: B} or {name: N, interaction: [[A, B], [C, D]]}";
    private static final List<String> KEYS = List.of("name", "arm", "against", "interaction");

    private final Problems problems;
    private final List<String> arms;

    private ContrastReader(Problems problems, List<String> arms) {
        this.problems = problems;
        this.arms = arms;
    }

    /**
     * @param node     the section's value
     * @param arms     the names of the experiment's arms
     * @param problems collects the problems
     * @return the contrasts read without a problem, in file order
     */
    static List<Contrast> read(Node node, List<String> arms, Problems problems) {
        ContrastReader reader = new ContrastReader(problems, arms);
        if (!(node instanceof SequenceNode) || ((SequenceNode) node).getValue().isEmpty()) {
            reader.problem(node, "contrasts", node instanceof SequenceNode ? "no contrasts" : "not a list", SHAPE);
            return List.of();
        }
        List<Contrast> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        Set<String> definitions = new HashSet<>();
        List<Node> items = ((SequenceNode) node).getValue();
        for (int i = 0; i < items.size(); i++) {
            String where = "contrasts[" + (i + 1) + "]";
            Contrast c = reader.contrast(items.get(i), where);
            if (c == null) {
                continue;
            }
            if (!names.add(c.name())) {
                reader.problem(items.get(i), where + ".name", "duplicate contrast name '" + c.name() + "'",
                        "a name not used by another contrast");
            } else if (!definitions.add(c.definition())) {
                reader.problem(items.get(i), where, "the contrast " + c.definition() + " is asked twice",
                        "each contrast once");
            } else {
                out.add(c);
            }
        }
        return out;
    }

    private Contrast contrast(Node item, String where) {
        if (!(item instanceof MappingNode)) {
            problem(item, where, "expected a mapping", SHAPE);
            return null;
        }
        String name = null;
        Node arm = null;
        Node against = null;
        Node interaction = null;
        Set<String> seen = new HashSet<>();
        for (NodeTuple t : ((MappingNode) item).getValue()) {
            String key = t.getKeyNode() instanceof ScalarNode ? ((ScalarNode) t.getKeyNode()).getValue() : "?";
            if (!KEYS.contains(key)) {
                problem(t.getKeyNode(), where + "." + key, "unknown key '" + key + "'", String.join(", ", KEYS));
                return null;
            }
            if (!seen.add(key)) {
                problem(t.getKeyNode(), where + "." + key, "duplicate key '" + key + "'", "each key once");
                return null;
            }
            Node v = t.getValueNode();
            switch (key) {
                case "name" -> name = scalar(v, where + ".name", "a name such as kind-gap-widens");
                case "arm" -> arm = v;
                case "against" -> against = v;
                default -> interaction = v;
            }
        }
        if (name == null) {
            if (!seen.contains("name")) {
                problem(item, where + ".name", "missing", "a name such as kind-gap-widens");
            }
            return null;
        }
        if (interaction != null) {
            if (arm != null || against != null) {
                problem(item, where, "both a pair (arm, against) and an interaction", SHAPE);
                return null;
            }
            return interaction(name, interaction, where + ".interaction");
        }
        if (arm == null || against == null) {
            problem(item, where + (arm == null ? ".arm" : ".against"), "missing", SHAPE);
            return null;
        }
        List<String> pair = arms(List.of(arm, against), List.of(where + ".arm", where + ".against"));
        return pair == null ? null : new Contrast(name, pair.get(0), pair.get(1), null, null);
    }

    private Contrast interaction(String name, Node node, String where) {
        String shape = "two pairs of arms, [[A, B], [C, D]], meaning (A - B) - (C - D)";
        if (!(node instanceof SequenceNode) || ((SequenceNode) node).getValue().size() != 2) {
            problem(node, where, "not two pairs of arms", shape);
            return null;
        }
        List<Node> nodes = new ArrayList<>();
        List<String> wheres = new ArrayList<>();
        for (int p = 0; p < 2; p++) {
            Node pair = ((SequenceNode) node).getValue().get(p);
            if (!(pair instanceof SequenceNode) || ((SequenceNode) pair).getValue().size() != 2) {
                problem(pair, where + "[" + (p + 1) + "]", "not a pair of arms", shape);
                return null;
            }
            for (int a = 0; a < 2; a++) {
                nodes.add(((SequenceNode) pair).getValue().get(a));
                wheres.add(where + "[" + (p + 1) + "][" + (a + 1) + "]");
            }
        }
        List<String> n = arms(nodes, wheres);
        if (n == null) {
            return null;
        }
        if (n.get(0).equals(n.get(2)) && n.get(1).equals(n.get(3))) {
            problem(node, where, "the two pairs are the same", shape);
            return null;
        }
        return new Contrast(name, n.get(0), n.get(1), n.get(2), n.get(3));
    }

    /** @return the arm names, pairwise distinct (0-1, 2-3), or null when a problem was recorded */
    private List<String> arms(List<Node> nodes, List<String> wheres) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            String allowed = "an arm of this file: " + String.join(", ", arms);
            String a = scalar(nodes.get(i), wheres.get(i), allowed);
            if (a == null) {
                return null;
            }
            if (!arms.contains(a)) {
                problem(nodes.get(i), wheres.get(i), "unknown arm '" + a + "'", allowed);
                return null;
            }
            if (i % 2 == 1 && a.equals(names.get(i - 1))) {
                problem(nodes.get(i), wheres.get(i), "the arm '" + a + "' against itself", "another arm");
                return null;
            }
            names.add(a);
        }
        return names;
    }

    private String scalar(Node v, String where, String allowed) {
        if (!(v instanceof ScalarNode) || ((ScalarNode) v).getValue().isBlank()) {
            problem(v, where, "expected a name", allowed);
            return null;
        }
        return ((ScalarNode) v).getValue();
    }

    private void problem(Node node, String key, String problem, String allowed) {
        problems.add(node == null ? 0 : node.getStartMark().getLine() + 1, key, problem, allowed);
    }
}

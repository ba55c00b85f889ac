package org.loyaltylab.experiment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.loyaltylab.model.param.ParameterRegistry;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads an experiment file's {@code centre:} section into a {@link Centre}. Every problem (not a
 * mapping, an unknown, duplicate or missing key, a value that is not a number, out of range, both
 * wage bases or neither, an unknown currency) is recorded with its line, key and what is allowed.
 */
final class CentreReader {
    private static final String CUSTOMERS = "customers";
    private static final String CONTACTS = "contacts_per_day";
    private static final String HANDLE = "handle_minutes";
    private static final String AGENTS = "agents";
    private static final String MARGIN = "margin_per_customer_per_year";
    private static final String CURRENCY = "currency";
    private static final List<String> KEYS = List.of(CUSTOMERS, CONTACTS, HANDLE, AGENTS,
            Centre.WageBasis.HOUR.key(), Centre.WageBasis.YEAR.key(), MARGIN, CURRENCY);
    private static final List<String> REQUIRED = List.of(CUSTOMERS, CONTACTS, HANDLE, AGENTS, MARGIN);

    private final Problems problems;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();
    private boolean failed;

    private CentreReader(Problems problems) {
        this.problems = problems;
    }

    /**
     * @param node     the section's value
     * @param problems collects the problems
     * @return the centre, or null when a problem was recorded
     */
    static Centre read(Node node, Problems problems) {
        return new CentreReader(problems).centre(node);
    }

    private Centre centre(Node node) {
        if (!(node instanceof MappingNode)) {
            problem(node, "centre", "expected a mapping of keys to values", "keys " + String.join(", ", KEYS));
            return null;
        }
        for (NodeTuple t : ((MappingNode) node).getValue()) {
            String key = t.getKeyNode() instanceof ScalarNode ? ((ScalarNode) t.getKeyNode()).getValue() : "?";
            if (!KEYS.contains(key)) {
                problem(t.getKeyNode(), "centre." + key, "unknown key '" + key + "'", String.join(", ", KEYS));
            } else if (entries.putIfAbsent(key, t) != null) {
                problem(t.getKeyNode(), "centre." + key, "duplicate key '" + key + "'", "each key once");
            }
        }
        for (String key : REQUIRED) {
            if (!entries.containsKey(key)) {
                problem(node, "centre." + key, "missing", what(key));
            }
        }
        Centre.WageBasis basis = basis(node);
        double customers = number(CUSTOMERS, 1, ParameterRegistry.INITIAL_CUSTOMERS.max(), true);
        double contacts = number(CONTACTS, Double.MIN_VALUE, 1e9, false);
        double handle = number(HANDLE, 0.1, 600, false);
        double agents = number(AGENTS, 1, ParameterRegistry.AGENTS.max(), true);
        double wage = basis == null ? 0 : number(basis.key(), 0, 1e9, false);
        double margin = number(MARGIN, 0, 1e9, false);
        String currency = currency();
        if (failed) {
            return null;
        }
        return new Centre((int) customers, contacts, handle, (int) agents, wage, basis, margin, currency);
    }

    /** @return the wage basis: exactly one of the two wage keys must be given */
    private Centre.WageBasis basis(Node node) {
        boolean hour = entries.containsKey(Centre.WageBasis.HOUR.key());
        boolean year = entries.containsKey(Centre.WageBasis.YEAR.key());
        String allowed = "one of " + Centre.WageBasis.HOUR.key() + " (cost of an agent per hour) or "
                + Centre.WageBasis.YEAR.key() + " (cost of an agent position per year)";
        if (hour == year) {
            problem(hour ? entries.get(Centre.WageBasis.YEAR.key()).getKeyNode() : node, "centre.agent_wage",
                    hour ? "both a wage per hour and a wage per year" : "missing", allowed);
            return null;
        }
        return hour ? Centre.WageBasis.HOUR : Centre.WageBasis.YEAR;
    }

    /** @return the value of {@code key}, checked to lie in [min, max]; 0 on a problem (recorded) */
    private double number(String key, double min, double max, boolean whole) {
        NodeTuple t = entries.get(key);
        if (t == null) {
            return 0;
        }
        Node v = t.getValueNode();
        Object raw = v instanceof ScalarNode ? StrictYaml.value((ScalarNode) v) : null;
        String allowed = what(key);
        if (raw instanceof UnreadableScalar) {
            problem(v, "centre." + key, ((UnreadableScalar) raw).problem(), allowed);
            return 0;
        }
        if (!(raw instanceof Long || raw instanceof Double) || (whole && !(raw instanceof Long))) {
            String given = v instanceof ScalarNode ? "'" + ((ScalarNode) v).getValue() + "'" : "a list or mapping";
            problem(v, "centre." + key, given + " is not a " + (whole ? "whole number" : "number"), allowed);
            return 0;
        }
        double x = ((Number) raw).doubleValue();
        if (x < min || x > max) {
            problem(v, "centre." + key, "'" + ((ScalarNode) v).getValue() + "' is out of range", allowed);
            return 0;
        }
        return x;
    }

    private String currency() {
        NodeTuple t = entries.get(CURRENCY);
        List<String> allowed = ParameterRegistry.CURRENCY.choices();
        if (t == null) {
            return (String) ParameterRegistry.CURRENCY.defaultValue();
        }
        Node v = t.getValueNode();
        String given = v instanceof ScalarNode ? ((ScalarNode) v).getValue() : "";
        if (!allowed.contains(given)) {
            String upper = given.toUpperCase(Locale.ROOT);
            problem(v, "centre." + CURRENCY, "unknown currency '" + given + "'" + (allowed.contains(upper)
                    ? " (write it in capitals: " + upper + ")" : ""), String.join(", ", allowed));
            return null;
        }
        return given;
    }

    private static String what(String key) {
        return switch (key) {
            case CUSTOMERS -> "a whole number of customers in [1, " + (int) ParameterRegistry.INITIAL_CUSTOMERS.max() + "]";
            case CONTACTS -> "contacts a day, a number above 0";
            case HANDLE -> "average handle time in minutes, above 0.1 and at most 600";
            case AGENTS -> "a whole number of agents on the phones at the same time, at least 1";
            case MARGIN -> "gross margin a customer brings in a year, 0 or more";
            default -> "an amount of money, 0 or more";
        };
    }

    private void problem(Node node, String key, String problem, String allowed) {
        failed = true;
        problems.add(node == null ? 0 : node.getStartMark().getLine() + 1, key, problem, allowed);
    }
}

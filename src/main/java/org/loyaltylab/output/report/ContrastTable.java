package org.loyaltylab.output.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.loyaltylab.output.charts.Table;

/**
 * The contrasts of {@code comparison.csv}, each with its rows by metric: the declared contrasts
 * (rows with an empty arm) when the experiment declares any, else every arm against the baseline.
 */
final class ContrastTable {
    /**
     * One contrast.
     *
     * @param name       its name
     * @param definition what it subtracts from what, e.g. "kind - defensive"
     * @param byMetric   its row of each metric
     */
    record Entry(String name, String definition, Map<String, CSVRecord> byMetric) {
        /** @return the row of {@code metric}, or null */
        CSVRecord row(String metric) {
            return byMetric.get(metric);
        }
    }

    private ContrastTable() {
    }

    /** @return whether the table holds declared contrasts (rows without an arm) */
    static boolean declared(Table comparison) {
        return comparison != null && comparison.has("contrast")
                && comparison.rows().stream().anyMatch(r -> Table.text(r, "arm").isEmpty());
    }

    /** @return the contrasts in file order; empty without a comparison table */
    static List<Entry> of(Table comparison) {
        if (comparison == null || !comparison.has("contrast")) {
            return List.of();
        }
        boolean declared = declared(comparison);
        Map<String, Entry> out = new LinkedHashMap<>();
        for (CSVRecord r : comparison.rows()) {
            String name = Table.text(r, "contrast");
            if (name.isEmpty() || Table.text(r, "arm").isEmpty() != declared) {
                continue;
            }
            out.computeIfAbsent(name, n -> new Entry(n, Table.text(r, "contrast_definition"), new LinkedHashMap<>()))
                    .byMetric().put(Table.text(r, "metric"), r);
        }
        return new ArrayList<>(out.values());
    }
}

package org.loyaltylab.output.charts;

import org.apache.commons.csv.CSVRecord;
import org.loyaltylab.model.metric.Metric;

/**
 * Each arm's mean and 95 % interval of a summary metric of the registry, read back from a results directory:
 * from {@code summary.csv} (one row per replication) where it has the metric, else from the
 * arm's row of {@code comparison.csv}.
 */
public final class ArmEstimates {
    private final Table summary;
    private final Table comparison;

    /**
     * @param summary    summary.csv, or null if absent
     * @param comparison comparison.csv, or null if absent
     */
    public ArmEstimates(Table summary, Table comparison) {
        this.summary = summary;
        this.comparison = comparison;
    }

    /** @return true if neither table is present */
    public boolean isEmpty() {
        return summary == null && comparison == null;
    }

    /** @return an arm's mean and band of a metric, or null if neither table has a mean for it */
    public Band of(String arm, Metric metric) {
        String column = metric.key();
        if (summary != null && summary.has(column)) {
            double[] v = summary.rows().stream().filter(r -> Table.text(r, "arm").equals(arm))
                    .mapToDouble(r -> Table.number(r, column)).toArray();
            Band band = Band.of(v);
            if (band.n() > 0) {
                return band;
            }
        }
        CSVRecord r = comparisonRow(arm, metric);
        if (r != null && !Double.isNaN(Table.number(r, "mean"))) {
            return Band.filled(Table.number(r, "mean"), Table.number(r, "ci_low"), Table.number(r, "ci_high"),
                    (int) Table.number(r, "n"));
        }
        return null;
    }

    /** @return the arm's row of comparison.csv for a metric, or null */
    public CSVRecord comparisonRow(String arm, Metric metric) {
        if (comparison == null) {
            return null;
        }
        for (CSVRecord r : comparison.rows()) {
            if (Table.text(r, "arm").equals(arm) && Table.text(r, "metric").equals(metric.key())) {
                return r;
            }
        }
        return null;
    }
}

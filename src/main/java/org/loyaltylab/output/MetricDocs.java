package org.loyaltylab.output;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.loyaltylab.model.metric.Metric;
import org.loyaltylab.model.metric.MetricSet;
import org.loyaltylab.model.metric.SeriesMetrics;
import org.loyaltylab.model.metric.SummaryMetrics;

/**
 * Renders the metric registry for people: an aligned terminal table, CSV, or the markdown
 * tables embedded in README.md (one per table a run writes). All three come from the registry
 * alone, in column order.
 */
public final class MetricDocs {
    /** A documented table: the file name and its figures. */
    private record Table(String file, MetricSet metrics) {
    }

    private static final List<Table> TABLES = List.of(new Table(ExperimentTables.TIMESERIES, SeriesMetrics.ALL),
            new Table(ExperimentTables.SUMMARY, SummaryMetrics.ALL));
    private static final String[] HEADER = {"file", "key", "unit", "kind", "aggregation", "meaning"};

    private MetricDocs() {
    }

    /** @return the registry rendered in {@code format} */
    public static String render(DocFormat format) {
        return switch (format) {
            case CSV -> csv();
            case MARKDOWN -> markdown();
            case TABLE -> table();
        };
    }

    private static List<String[]> rows(Table t) {
        List<String[]> rows = new ArrayList<>();
        for (Metric m : t.metrics().all()) {
            rows.add(new String[] {t.file(), m.key(), m.unit(), m.kind().label(), m.aggregation().label(), m.meaning()});
        }
        return rows;
    }

    private static String csv() {
        StringBuilder b = new StringBuilder(String.join(",", HEADER)).append('\n');
        for (Table t : TABLES) {
            for (String[] r : rows(t)) {
                b.append(CsvCells.line((Object[]) r)).append('\n');
            }
        }
        return b.toString();
    }

    private static String table() {
        int[] width = new int[HEADER.length - 1];
        for (Table t : TABLES) {
            for (String[] r : rows(t)) {
                for (int c = 1; c < width.length; c++) {
                    width[c] = Math.max(width[c], r[c].length());
                }
            }
        }
        String format = String.format(Locale.ROOT, "  %%-%ds  %%-%ds  %%-%ds  %%-%ds  %%s%%n", width[1], width[2],
                width[3], width[4]);
        StringBuilder b = new StringBuilder();
        for (Table t : TABLES) {
            b.append(b.length() == 0 ? "" : "\n").append(t.file()).append('\n');
            for (String[] r : rows(t)) {
                b.append(String.format(Locale.ROOT, format, r[1], r[2], r[3], r[4], r[5]));
            }
        }
        return b.toString();
    }

    private static String markdown() {
        StringBuilder b = new StringBuilder();
        for (Table t : TABLES) {
            b.append(b.length() == 0 ? "" : "\n").append("#### `").append(t.file()).append("`\n\n");
            b.append("| column | unit | kind | aggregation | meaning |\n|---|---|---|---|---|\n");
            for (String[] r : rows(t)) {
                b.append("| `").append(r[1]).append("` | ").append(r[2]).append(" | ").append(r[3]).append(" | ")
                        .append(r[4]).append(" | ").append(r[5]).append(" |\n");
            }
        }
        return b.toString();
    }
}

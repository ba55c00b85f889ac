package org.loyaltylab.output;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.loyaltylab.model.param.ParameterDef;
import org.loyaltylab.model.param.ParameterPriors;
import org.loyaltylab.model.param.ParameterRegistry;
import org.loyaltylab.model.param.Prior;

/**
 * Renders the parameter registry for people: an aligned terminal table, CSV, or the markdown
 * table embedded in docs/MODEL.md (grouped by area). All three come from the registry alone; the
 * terminal table and the CSV add each uncertain parameter's prior ({@link ParameterPriors}).
 */
public final class ParameterDocs {
    private static final String[] HEADER = {"key", "unit", "default", "allowed", "meaning", "source", "prior"};

    private ParameterDocs() {
    }

    /** @return the registry rendered in {@code format} */
    public static String render(DocFormat format) {
        switch (format) {
            case CSV:
                return csv();
            case MARKDOWN:
                return markdown();
            default:
                return table();
        }
    }

    private static List<String[]> rows() {
        List<String[]> rows = new ArrayList<>();
        for (ParameterDef d : ParameterRegistry.all()) {
            rows.add(new String[] {d.key(), d.unit(), String.valueOf(d.defaultValue()), d.allowedText(), d.meaning(),
                d.source(), ParameterPriors.find(d.key()).map(Prior::rangeText).orElse("")});
        }
        return rows;
    }

    private static String csv() {
        StringBuilder b = new StringBuilder(String.join(",", HEADER)).append('\n');
        for (String[] r : rows()) {
            b.append(CsvCells.line((Object[]) r)).append('\n');
        }
        return b.toString();
    }

    private static String table() {
        List<String[]> rows = rows();
        int[] width = new int[4];
        for (String[] r : rows) {
            for (int c = 0; c < 4; c++) {
                width[c] = Math.max(width[c], r[c].length());
            }
        }
        StringBuilder b = new StringBuilder();
        String area = "";
        for (String[] r : rows) {
            String a = r[0].substring(0, r[0].indexOf('.'));
            if (!a.equals(area)) {
                area = a;
                b.append('\n').append(a.toUpperCase(Locale.ROOT)).append('\n');
            }
            b.append(String.format(Locale.ROOT, "  %-" + width[0] + "s  %-" + width[1] + "s  %-" + width[2] + "s  %-"
                    + width[3] + "s  %s [%s]%s%n", r[0], r[1], r[2], r[3], r[4], r[5],
                    r[6].isEmpty() ? "" : " prior: " + r[6]));
        }
        return b.substring(1);
    }

    private static String markdown() {
        StringBuilder b = new StringBuilder();
        String area = "";
        for (String[] r : rows()) {
            String a = r[0].substring(0, r[0].indexOf('.'));
            if (!a.equals(area)) {
                area = a;
                b.append(b.length() == 0 ? "" : "\n").append("#### ").append(a).append("\n\n");
                b.append("| key | unit | default | allowed | meaning | source |\n");
                b.append("|---|---|---|---|---|---|\n");
            }
            b.append("| `").append(r[0]).append("` | ").append(r[1]).append(" | ").append(r[2]).append(" | ")
                    .append(r[3]).append(" | ").append(r[4]).append(" | ").append(r[5]).append(" |\n");
        }
        return b.toString();
    }
}

package org.loyaltylab.output;

import java.util.List;
import java.util.Map;

/**
 * A minimal JSON writer for manifests: maps (in their iteration order), lists, strings,
 * numbers (whole ones exactly, others as in the tables, non-finite ones as null), booleans and null,
 * pretty-printed with two-space indentation.
 */
public final class Json {
    private Json() {
    }

    /** @return {@code value} as JSON text */
    public static String write(Object value) {
        StringBuilder b = new StringBuilder();
        append(b, value, 0);
        return b.append('\n').toString();
    }

    private static void append(StringBuilder b, Object v, int indent) {
        if (v == null) {
            b.append("null");
        } else if (v instanceof Map) {
            Map<?, ?> map = (Map<?, ?>) v;
            if (map.isEmpty()) {
                b.append("{}");
                return;
            }
            b.append("{\n");
            int i = 0;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                pad(b, indent + 1);
                string(b, String.valueOf(e.getKey()));
                b.append(": ");
                append(b, e.getValue(), indent + 1);
                b.append(++i < map.size() ? ",\n" : "\n");
            }
            pad(b, indent);
            b.append('}');
        } else if (v instanceof List) {
            List<?> list = (List<?>) v;
            if (list.isEmpty()) {
                b.append("[]");
                return;
            }
            b.append("[\n");
            for (int i = 0; i < list.size(); i++) {
                pad(b, indent + 1);
                append(b, list.get(i), indent + 1);
                b.append(i + 1 < list.size() ? ",\n" : "\n");
            }
            pad(b, indent);
            b.append(']');
        } else if (v instanceof Long || v instanceof Integer) {
            b.append(v);
        } else if (v instanceof Number) {
            double d = ((Number) v).doubleValue();
            b.append(Double.isFinite(d) ? CsvCells.number(d) : "null");
        } else if (v instanceof Boolean) {
            b.append(v);
        } else {
            string(b, v.toString());
        }
    }

    private static void string(StringBuilder b, String s) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"':
                    b.append("\\\"");
                    break;
                case '\\':
                    b.append("\\\\");
                    break;
                case '\n':
                    b.append("\\n");
                    break;
                case '\t':
                    b.append("\\t");
                    break;
                default:
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
            }
        }
        b.append('"');
    }

    private static void pad(StringBuilder b, int indent) {
        b.append("  ".repeat(indent));
    }
}

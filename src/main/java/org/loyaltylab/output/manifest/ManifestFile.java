package org.loyaltylab.output.manifest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.loyaltylab.output.CsvCells;
import org.loyaltylab.output.Json;
import org.loyaltylab.output.io.AtomicFiles;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The one place manifests ({@code run.json}, {@code sweep.json}) are written and read: JSON
 * written atomically by {@link Json}, read back (JSON is YAML) by SnakeYAML's safe loader. Free
 * values (parameter maps, lists) are held as the file holds them: whole numbers as {@code Long},
 * others as {@code Double} rounded as written, non-finite numbers as null, so that what is
 * written reads back equal.
 */
public final class ManifestFile {
    private final Map<?, ?> fields;

    private ManifestFile(Map<?, ?> fields) {
        this.fields = fields;
    }

    /** @return the version of this tool, from the jar manifest ("dev" when run from classes) */
    public static String toolVersion() {
        String v = ManifestFile.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    /** @return the fields every manifest opens with, in order: tool, version, command, experiment */
    static Map<String, Object> opening(String version, String command, String experiment) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("tool", "loyaltylab");
        m.put("version", version);
        m.put("command", command);
        m.put("experiment", experiment);
        return m;
    }

    /** Writes {@code fields}, in their order, to {@code file} atomically. */
    static void write(Path file, Map<String, Object> fields) throws IOException {
        AtomicFiles.writeString(file, Json.write(fields));
    }

    /**
     * @return the top-level fields of {@code file}
     * @throws IOException if it cannot be read or is not a JSON object
     */
    static ManifestFile read(Path file) throws IOException {
        Object parsed;
        try {
            parsed = new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(file, StandardCharsets.UTF_8));
        } catch (org.yaml.snakeyaml.error.YAMLException e) {
            throw new IOException(file + " is not a manifest: " + e.getMessage(), e);
        }
        if (!(parsed instanceof Map<?, ?> m)) {
            throw new IOException(file + " is not a manifest (not a JSON object)");
        }
        return new ManifestFile(m);
    }

    /** @return whether the field is present and not null */
    boolean has(String key) {
        return fields.get(key) != null;
    }

    /** @return the field as text, or null when absent */
    String text(String key) {
        Object o = fields.get(key);
        return o == null ? null : String.valueOf(o);
    }

    /** @return the field as a whole number, 0 when absent or not a number */
    long whole(String key) {
        Object o = fields.get(key);
        if (o instanceof Number n) {
            return n.longValue();
        }
        try {
            return o == null ? 0 : Long.parseLong(String.valueOf(o).trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** @return the field as a number, NaN when absent (or written as null) */
    double number(String key) {
        return fields.get(key) instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    /** @return the field as a boolean, false when absent */
    boolean flag(String key) {
        return Boolean.TRUE.equals(fields.get(key));
    }

    /** @return the field as a list of texts, empty when absent */
    List<String> texts(String key) {
        List<String> out = new ArrayList<>();
        if (fields.get(key) instanceof List<?> list) {
            list.forEach(o -> out.add(o == null ? "" : String.valueOf(o)));
        }
        return out;
    }

    /** @return the field as a map, as written; empty when absent */
    Map<String, Object> map(String key) {
        return fields.get(key) instanceof Map<?, ?> m ? asWritten(m) : Map.of();
    }

    /** @return each object of a list field, as a manifest of its own; empty when absent */
    List<ManifestFile> objects(String key) {
        List<ManifestFile> out = new ArrayList<>();
        if (fields.get(key) instanceof List<?> list) {
            for (Object o : list) {
                if (o instanceof Map<?, ?> m) {
                    out.add(new ManifestFile(m));
                }
            }
        }
        return out;
    }

    /** @return a nested object field, or null when absent */
    ManifestFile object(String key) {
        return fields.get(key) instanceof Map<?, ?> m ? new ManifestFile(m) : null;
    }

    /** @return a copy of {@code map} with its values as the file holds them, in the same order, unmodifiable */
    static Map<String, Object> asWritten(Map<?, ?> map) {
        Map<String, Object> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put(String.valueOf(k), asWritten(v)));
        return Collections.unmodifiableMap(out);
    }

    private static Object asWritten(Object v) {
        if (v instanceof Number n) {
            String written = CsvCells.number(n.doubleValue());
            if (v instanceof Long || v instanceof Integer) {
                return n.longValue();
            }
            return written.isEmpty() ? null : written.contains(".") ? (Object) Double.valueOf(written)
                    : (Object) Long.valueOf(written);
        }
        if (v instanceof Map<?, ?> m) {
            return asWritten(m);
        }
        if (v instanceof List<?> list) {
            return list.stream().map(ManifestFile::asWritten).toList();
        }
        return v == null || v instanceof Boolean ? v : String.valueOf(v);
    }
}

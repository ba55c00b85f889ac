package org.loyaltylab.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Reads one top-level field of a JSON manifest (JSON is read as YAML by SnakeYAML). */
final class ManifestField {
    private ManifestField() {
    }

    static String read(Path manifest, String key) throws IOException {
        Object parsed = new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(manifest));
        if (!(parsed instanceof Map) || ((Map<?, ?>) parsed).get(key) == null) {
            throw new UsageException(manifest + " has no " + key);
        }
        return String.valueOf(((Map<?, ?>) parsed).get(key));
    }
}

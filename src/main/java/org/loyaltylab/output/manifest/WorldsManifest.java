package org.loyaltylab.output.manifest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The manifest of a {@code run --worlds}, {@code worlds.json}: the experiment, where the worlds
 * came from and which parameters they vary (with their priors), how many worlds and replications
 * ran, and the findings in words.
 *
 * @param version        the tool's version
 * @param command        the command line
 * @param experiment     the experiment's name
 * @param experimentFile the experiment file, or null
 * @param masterSeed     the master seed (replication seeds and the hypercube)
 * @param days           the horizon, days
 * @param source         where the worlds came from, in words
 * @param varied         the varied parameters, key to their prior in words (or "from file")
 * @param worlds         the number of worlds
 * @param replications   replications per world and arm
 * @param baselineArm    the arm the others are compared with
 * @param arms           the arm names
 * @param findings       the findings in words
 * @param threads        worker threads
 * @param wallSeconds    wall-clock time, s
 * @param eventsProcessed model events of every run
 */
public record WorldsManifest(String version, String command, String experiment, String experimentFile,
                             long masterSeed, int days, String source, Map<String, String> varied, int worlds,
                             int replications, String baselineArm, List<String> arms, List<String> findings,
                             int threads, double wallSeconds, long eventsProcessed) {
    /** The manifest's file name in a results folder. */
    public static final String FILE = "worlds.json";

    /** Immutable copies. */
    public WorldsManifest {
        varied = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(varied));
        arms = List.copyOf(arms);
        findings = List.copyOf(findings);
    }

    /** Writes {@code dir/worlds.json} atomically, with the fields in their documented order. */
    public void write(Path dir) throws IOException {
        Map<String, Object> m = ManifestFile.opening(version, command, experiment);
        m.put("experiment_file", experimentFile);
        m.put("master_seed", masterSeed);
        m.put("days", days);
        m.put("worlds_source", source);
        m.put("varied_parameters", new LinkedHashMap<>(varied));
        m.put("worlds", worlds);
        m.put("replications", replications);
        m.put("baseline_arm", baselineArm);
        m.put("arms", arms);
        m.put("findings", findings);
        m.put("threads", threads);
        m.put("wall_seconds", wallSeconds);
        m.put("events_processed", eventsProcessed);
        ManifestFile.write(dir.resolve(FILE), m);
    }
}

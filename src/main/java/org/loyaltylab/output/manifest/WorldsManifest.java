package org.loyaltylab.output.manifest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The manifest of a {@code run --worlds}, {@code worlds.json}: the experiment, where the worlds
 * came from and which parameters they vary (with their priors), how many worlds and replications
 * ran, this shard's runs, and the findings in words. Written last, so a folder without it is an
 * unfinished run; {@code merge} reads the shards' manifests to rebuild the worlds they ran.
 *
 * @param version         the tool's version
 * @param command         the command line
 * @param experiment      the experiment's name
 * @param experimentFile  the experiment file, relative to the results folder, or null
 * @param masterSeed      the master seed (replication seeds and the hypercube)
 * @param days            the horizon, days
 * @param design          latin-hypercube, saltelli or file
 * @param worldsRequested the {@code --worlds} given, or null
 * @param worldsFrom      the {@code --worlds-from} file relative to the results folder, or null
 * @param source          where the worlds came from, in words
 * @param varied          the varied parameters, key to their prior in words (or "from file")
 * @param worlds          the number of worlds
 * @param replications    replications per world and arm
 * @param baselineArm     the arm the others are compared with
 * @param arms            the arm names
 * @param findings        the findings in words (none in the manifest of one shard of several)
 * @param shard           this shard, 1 to shards
 * @param shards          the number of shards
 * @param runsStored      the runs in the store when the run ended
 * @param runsExecutedNow the runs simulated by this invocation (the others were resumed)
 * @param threads         worker threads
 * @param wallSeconds     wall-clock time, s
 * @param eventsProcessed model events of every stored run
 */
public record WorldsManifest(String version, String command, String experiment, String experimentFile,
                             long masterSeed, int days, String design, Integer worldsRequested, String worldsFrom,
                             String source, Map<String, String> varied, int worlds, int replications,
                             String baselineArm, List<String> arms, List<String> findings, int shard, int shards,
                             int runsStored, int runsExecutedNow, int threads, double wallSeconds,
                             long eventsProcessed) {
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
        m.put("worlds_design", design);
        m.put("worlds_requested", worldsRequested);
        m.put("worlds_from", worldsFrom);
        m.put("worlds_source", source);
        m.put("varied_parameters", new LinkedHashMap<>(varied));
        m.put("worlds", worlds);
        m.put("replications", replications);
        m.put("baseline_arm", baselineArm);
        m.put("arms", arms);
        m.put("findings", findings);
        m.put("shard", shard + "/" + shards);
        m.put("runs_stored", runsStored);
        m.put("runs_executed_now", runsExecutedNow);
        m.put("threads", threads);
        m.put("wall_seconds", wallSeconds);
        m.put("events_processed", eventsProcessed);
        ManifestFile.write(dir.resolve(FILE), m);
    }

    /**
     * Reads {@code dir/worlds.json}; a field missing reads as null, 0 or empty.
     *
     * @throws IOException if the file is missing, unreadable or not a JSON object
     */
    public static WorldsManifest read(Path dir) throws IOException {
        ManifestFile f = ManifestFile.read(dir.resolve(FILE));
        String[] shard = String.valueOf(f.text("shard")).split("/");
        boolean sharded = shard.length == 2 && shard[0].matches("\\d+") && shard[1].matches("\\d+");
        Map<String, String> varied = new LinkedHashMap<>();
        f.map("varied_parameters").forEach((k, v) -> varied.put(k, String.valueOf(v)));
        return new WorldsManifest(f.text("version"), f.text("command"), f.text("experiment"),
                f.text("experiment_file"), f.whole("master_seed"), (int) f.whole("days"), f.text("worlds_design"),
                f.has("worlds_requested") ? (int) f.whole("worlds_requested") : null, f.text("worlds_from"),
                f.text("worlds_source"), varied, (int) f.whole("worlds"), (int) f.whole("replications"),
                f.text("baseline_arm"), f.texts("arms"), f.texts("findings"),
                sharded ? Integer.parseInt(shard[0]) : 1, sharded ? Integer.parseInt(shard[1]) : 1,
                (int) f.whole("runs_stored"), (int) f.whole("runs_executed_now"), (int) f.whole("threads"),
                f.number("wall_seconds"), f.whole("events_processed"));
    }
}

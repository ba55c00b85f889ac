package org.loyaltylab.output.manifest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The manifest of a {@code sweep} (or of one shard of it), {@code sweep.json}: the experiment
 * and design it ran, the shard, and how many runs are stored and were run now. {@code merge}
 * reads it to rebuild the sweep its shards come from.
 *
 * @param version         the tool's version
 * @param command         the command line
 * @param experiment      the experiment's name
 * @param experimentFile  the experiment file, relative to the sweep folder (earlier builds recorded it as
 *                        given on the command line)
 * @param design          the design's name (grid, latin-hypercube, sobol, saltelli)
 * @param factors         the swept parameter keys
 * @param points          the design's points
 * @param arms            the arm names
 * @param replications    replications per point and arm
 * @param metrics         the metrics collected
 * @param masterSeed      the master seed
 * @param days            the horizon, days
 * @param shard           this shard, 1 to {@code shards}
 * @param shards          the number of shards
 * @param runsInShard     runs in this shard
 * @param runsStored      runs in the store
 * @param runsExecutedNow runs executed by this command
 * @param threads         worker threads
 * @param wallSeconds     wall-clock time, s
 * @param secondsPerRun   thread-seconds per run executed now, or null when none was
 */
public record SweepManifest(String version, String command, String experiment, String experimentFile,
                            String design, List<String> factors, int points, List<String> arms, int replications,
                            List<String> metrics, long masterSeed, int days, int shard, int shards, int runsInShard,
                            int runsStored, int runsExecutedNow, int threads, double wallSeconds,
                            Double secondsPerRun) {
    /** The manifest's file name in a sweep folder. */
    public static final String FILE = "sweep.json";

    /** Immutable copies. */
    public SweepManifest {
        factors = List.copyOf(factors);
        arms = List.copyOf(arms);
        metrics = List.copyOf(metrics);
    }

    /** Writes {@code dir/sweep.json} atomically, with the fields in their documented order. */
    public void write(Path dir) throws IOException {
        Map<String, Object> m = ManifestFile.opening(version, command, experiment);
        m.put("experiment_file", experimentFile);
        m.put("design", design);
        m.put("factors", factors);
        m.put("points", points);
        m.put("arms", arms);
        m.put("replications", replications);
        m.put("metrics", metrics);
        m.put("master_seed", masterSeed);
        m.put("days", days);
        m.put("shard", shard + "/" + shards);
        m.put("runs_in_shard", runsInShard);
        m.put("runs_stored", runsStored);
        m.put("runs_executed_now", runsExecutedNow);
        m.put("threads", threads);
        m.put("wall_seconds", wallSeconds);
        m.put("seconds_per_run", secondsPerRun);
        ManifestFile.write(dir.resolve(FILE), m);
    }

    /**
     * Reads {@code dir/sweep.json}; a field missing from an older manifest reads as null, 0 or empty.
     *
     * @throws IOException if the file is missing, unreadable or not a JSON object
     */
    public static SweepManifest read(Path dir) throws IOException {
        ManifestFile f = ManifestFile.read(dir.resolve(FILE));
        String[] shard = String.valueOf(f.text("shard")).split("/");
        boolean sharded = shard.length == 2 && shard[0].matches("\\d+") && shard[1].matches("\\d+");
        return new SweepManifest(f.text("version"), f.text("command"), f.text("experiment"),
                f.text("experiment_file"), f.text("design"), f.texts("factors"), (int) f.whole("points"),
                f.texts("arms"), (int) f.whole("replications"), f.texts("metrics"), f.whole("master_seed"),
                (int) f.whole("days"), sharded ? Integer.parseInt(shard[0]) : 1, sharded ? Integer.parseInt(shard[1]) : 1,
                (int) f.whole("runs_in_shard"), (int) f.whole("runs_stored"), (int) f.whole("runs_executed_now"),
                (int) f.whole("threads"), f.number("wall_seconds"),
                f.has("seconds_per_run") ? f.number("seconds_per_run") : null);
    }
}

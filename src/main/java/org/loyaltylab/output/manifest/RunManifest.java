package org.loyaltylab.output.manifest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.loyaltylab.model.param.ParameterRegistry;

/**
 * The manifest of a {@code run}, {@code run.json}: what was run (experiment, file and its
 * SHA-256, seed, horizon, arms and their parameters), how (command, version, threads, precision
 * target), and what came out (findings, time, events). Written last, read by {@code report}.
 *
 * @param version          the tool's version
 * @param command          the command line that reproduces the run
 * @param experiment       the experiment's name
 * @param description      the question it asks
 * @param experimentFile   the experiment file, or null
 * @param experimentSha256 the file's SHA-256 (hex), or null
 * @param masterSeed       the master seed
 * @param days             the horizon, days
 * @param replications     replications per arm
 * @param threads          worker threads
 * @param precision        the precision target and what was achieved, or null without {@code --precision}
 * @param baselineArm      the arm comparisons are made against
 * @param arms             the arms, in experiment order
 * @param findings         the findings in words
 * @param wallSeconds      wall-clock time of the simulation, s
 * @param eventsProcessed  model events of every run
 * @param centre           the manager's centre as stated and the parameters derived from it (see
 *                         {@code CentreDerivation}), or empty when the experiment states none
 */
public record RunManifest(String version, String command, String experiment, String description,
                          String experimentFile, String experimentSha256, long masterSeed, int days, int replications,
                          int threads, Precision precision, String baselineArm, List<Arm> arms, List<String> findings,
                          double wallSeconds, long eventsProcessed, Map<String, Object> centre) {
    /** The manifest's file name in a results folder. */
    public static final String FILE = "run.json";

    /**
     * What {@code --precision} aimed at and reached.
     *
     * @param headlineMetric the metric whose confidence interval is controlled
     * @param target         the target relative half-width
     * @param achieved       the worst relative half-width over the arms (NaN when not finite)
     * @param replications   replications run
     * @param reached        whether the target was met
     */
    public record Precision(String headlineMetric, double target, double achieved, int replications,
                            boolean reached) {
    }

    /**
     * One arm as run.
     *
     * @param name                the arm's name
     * @param description         what it stands for
     * @param baseline            whether it is the baseline
     * @param differsFromDefaults the parameters that differ from the defaults, key to value
     * @param parameters          every parameter, key to value
     */
    public record Arm(String name, String description, boolean baseline, Map<String, Object> differsFromDefaults,
                      Map<String, Object> parameters) {
        /** Holds the maps as the file holds them. */
        public Arm {
            differsFromDefaults = ManifestFile.asWritten(differsFromDefaults);
            parameters = ManifestFile.asWritten(parameters);
        }
    }

    /** Immutable copies. */
    public RunManifest {
        arms = List.copyOf(arms);
        findings = List.copyOf(findings);
        centre = centre == null ? Map.of() : ManifestFile.asWritten(centre);
    }

    /** Writes {@code dir/run.json} atomically, with the fields in their documented order. */
    public void write(Path dir) throws IOException {
        Map<String, Object> m = ManifestFile.opening(version, command, experiment);
        m.put("description", description);
        m.put("experiment_file", experimentFile);
        m.put("experiment_sha256", experimentSha256);
        m.put("master_seed", masterSeed);
        m.put("days", days);
        if (warmupDays() > 0) {
            m.put("warmup_days", warmupDays()); // absent without a warm-up, as in manifests from before it
        }
        m.put("replications", replications);
        m.put("threads", threads);
        m.put("precision", precision == null ? null : precisionFields());
        m.put("baseline_arm", baselineArm);
        List<Object> armFields = new ArrayList<>();
        for (Arm a : arms) {
            Map<String, Object> arm = new LinkedHashMap<>();
            arm.put("name", a.name());
            arm.put("description", a.description());
            arm.put("baseline", a.baseline());
            arm.put("differs_from_defaults", a.differsFromDefaults());
            arm.put("parameters", a.parameters());
            armFields.add(arm);
        }
        m.put("arms", armFields);
        m.put("findings", findings);
        m.put("wall_seconds", wallSeconds);
        m.put("events_processed", eventsProcessed);
        if (!centre.isEmpty()) {
            m.put("centre", centre);
        }
        ManifestFile.write(dir.resolve(FILE), m);
    }

    /**
     * @return the days at the start of each run left out of the statistics: the baseline arm's
     *         {@code simulation.warmup_days}, 0 when absent (a manifest from before the warm-up)
     */
    public int warmupDays() {
        return arms.stream().filter(Arm::baseline).findFirst().or(() -> arms.stream().findFirst())
                .map(a -> a.parameters().get(ParameterRegistry.WARMUP.key()))
                .map(v -> v instanceof Number n ? n.intValue() : Integer.parseInt(String.valueOf(v))).orElse(0);
    }

    private Map<String, Object> precisionFields() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("headline_metric", precision.headlineMetric());
        p.put("target_relative_half_width", precision.target());
        p.put("achieved_relative_half_width", precision.achieved());
        p.put("replications", precision.replications());
        p.put("reached", precision.reached());
        return p;
    }

    /**
     * Reads {@code dir/run.json}; a field missing from an older manifest reads as null, 0 or empty.
     *
     * @throws IOException if the file is missing, unreadable or not a JSON object
     */
    public static RunManifest read(Path dir) throws IOException {
        ManifestFile f = ManifestFile.read(dir.resolve(FILE));
        List<Arm> arms = new ArrayList<>();
        for (ManifestFile a : f.objects("arms")) {
            arms.add(new Arm(a.text("name"), a.text("description"), a.flag("baseline"), a.map("differs_from_defaults"),
                    a.map("parameters")));
        }
        ManifestFile p = f.object("precision");
        Precision precision = p == null ? null : new Precision(p.text("headline_metric"),
                p.number("target_relative_half_width"), p.number("achieved_relative_half_width"),
                (int) p.whole("replications"), p.flag("reached"));
        return new RunManifest(f.text("version"), f.text("command"), f.text("experiment"), f.text("description"),
                f.text("experiment_file"), f.text("experiment_sha256"), f.whole("master_seed"), (int) f.whole("days"),
                (int) f.whole("replications"), (int) f.whole("threads"), precision, f.text("baseline_arm"), arms,
                f.texts("findings"), f.number("wall_seconds"), f.whole("events_processed"), f.map("centre"));
    }
}

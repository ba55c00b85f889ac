package org.loyaltylab.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.loyaltylab.BadInputException;
import org.loyaltylab.experiment.ExperimentLoader;
import org.loyaltylab.experiment.ExperimentSpec;
import org.loyaltylab.output.manifest.WorldsManifest;
import org.loyaltylab.sweep.SweepFingerprint;
import org.loyaltylab.sweep.SweepStore;
import org.loyaltylab.sweep.WorldDesign;

/**
 * {@code merge} of the shards of a {@code run --worlds --shard I/N}: checks that every folder is
 * a finished shard of the same worlds (manifests, then store fingerprints), rebuilds the
 * experiment and the worlds from the first shard's manifest (the experiment file relative to the
 * shard, the {@code --set} overrides given to {@code merge}), combines the stores and writes the
 * tables, report and manifest an unsharded run writes (see {@link WorldsAnalysis}). The merged
 * folder is swapped in at the end ({@link OutputFolder}), so a failed merge leaves nothing.
 */
public final class WorldsMerge {
    private WorldsMerge() {
    }

    /** @return whether {@code shard} is the folder of a worlds run (it holds a worlds store) */
    public static boolean isWorlds(Path shard) {
        return Files.exists(shard.resolve(WorldsPipeline.STORE));
    }

    /**
     * @param shards    the shards' folders
     * @param out       the merged folder
     * @param overrides the {@code --set} overrides the shards were run with
     * @param arguments the command line, for the manifest
     * @return the number of runs merged
     * @throws BadInputException if a folder is not a finished worlds shard, the shards come from
     *                           different runs, or runs are missing
     */
    public static int merge(List<Path> shards, Path out, List<Map.Entry<String, Object>> overrides,
                            List<String> arguments) throws IOException, SQLException {
        long start = System.nanoTime();
        List<WorldsManifest> manifests = new ArrayList<>();
        for (Path shard : shards) {
            if (!isWorlds(shard) || !Files.exists(shard.resolve(WorldsManifest.FILE))) {
                throw new BadInputException(shard + " is not a finished worlds shard (no " + WorldsPipeline.STORE
                        + " or no " + WorldsManifest.FILE + ": a worlds run writes its manifest last)");
            }
            manifests.add(WorldsManifest.read(shard));
        }
        WorldsManifest first = manifests.get(0);
        if (first.experimentFile() == null) {
            throw new BadInputException(shards.get(0).resolve(WorldsManifest.FILE) + " names no experiment file");
        }
        for (int i = 1; i < shards.size(); i++) {
            if (!sameRun(first, manifests.get(i))) {
                throw new BadInputException("shards come from different worlds runs: " + shards.get(i) + " does not "
                        + "run the experiment, worlds, arms, seed, days or replications of " + shards.get(0));
            }
        }
        ExperimentSpec spec = ExperimentLoader.load(SweepPipeline.experimentFile(shards.get(0),
                first.experimentFile()));
        for (Map.Entry<String, Object> kv : overrides) {
            spec = spec.withOverride(kv.getKey(), kv.getValue());
        }
        spec = spec.withDays(first.days()).withSeed(first.masterSeed());
        Path from = first.worldsFrom() == null ? null : shards.get(0).resolve(first.worldsFrom()).normalize();
        WorldsSettings settings = new WorldsSettings(out, 1, first.worldsRequested(), from,
                "saltelli".equals(first.design()), first.replications(), false, 1, 1, null, arguments);
        WorldDesign design = WorldsPipeline.design(spec, settings);
        String fingerprint = SweepFingerprint.ofWorlds(spec, settings.replications(), design);
        for (Path shard : shards) {
            try {
                SweepStore.open(shard.resolve(WorldsPipeline.STORE), fingerprint).close();
            } catch (BadInputException e) {
                throw new BadInputException("shards come from different worlds runs (or other --set overrides): "
                        + e.getMessage());
            }
        }
        OutputFolder folder = OutputFolder.begin("--out", out, WorldsPipeline::written);
        try {
            List<SweepStore.Row> rows;
            try (SweepStore merged = SweepStore.open(folder.dir().resolve(WorldsPipeline.STORE), fingerprint)) {
                for (Path shard : shards) {
                    try (SweepStore part = SweepStore.open(shard.resolve(WorldsPipeline.STORE), fingerprint)) {
                        for (SweepStore.Row r : part.rows()) {
                            merged.put(r);
                        }
                    }
                }
                rows = merged.rows();
            }
            new WorldsAnalysis(spec, settings, design, rows, List.of()).write(folder.dir(), start, 0);
            folder.commit();
            return rows.size();
        } finally {
            folder.abandon();
        }
    }

    private static boolean sameRun(WorldsManifest a, WorldsManifest b) {
        return Objects.equals(a.experiment(), b.experiment()) && Objects.equals(a.design(), b.design())
                && Objects.equals(a.worldsRequested(), b.worldsRequested()) && a.worlds() == b.worlds()
                && a.arms().equals(b.arms()) && a.replications() == b.replications()
                && a.masterSeed() == b.masterSeed() && a.days() == b.days() && a.shards() == b.shards();
    }
}

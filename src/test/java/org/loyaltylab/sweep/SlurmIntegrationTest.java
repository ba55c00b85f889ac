package org.loyaltylab.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loyaltylab.testing.Slow;

/**
 * The SLURM path on a real single-node cluster started on this machine (Debian slurm-wlm and
 * munge, as root): a sweep, and a worlds run, are submitted as an array job of 3 shards plus a
 * dependent merge job, and the merged tables must equal an unsharded local run's, row for row. Skipped with a
 * message when SLURM is not installed or the test does not run as root; .ci/run installs it.
 */
@Slow
class SlurmIntegrationTest {
    /** One cluster for both submissions: starting one just after stopping another can take minutes. */
    @Test
    void arrayJobsAndMergesEqualALocalSweepAndALocalWorldsRun(@TempDir Path tmp) throws Exception {
        Assumptions.assumeTrue(new File("/usr/sbin/slurmctld").exists(),
                "slurm-wlm not installed (apt-get install slurm-wlm munge): SLURM test skipped");
        Assumptions.assumeTrue("root".equals(System.getProperty("user.name")), "not root: SLURM test skipped");
        Path file = SweepTest.write(tmp);
        Path launcher = tmp.resolve("loyaltylab.sh");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Files.writeString(launcher, "#!/usr/bin/env bash\nexec '" + java + "' -cp '" + System.getProperty("java.class.path")
                + "' org.loyaltylab.cli.LoyaltyLab \"$@\"\n");
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path scripts = Path.of("scripts/slurm").toAbsolutePath();
        Path sweep = tmp.resolve("slurm-sweep");
        Path worlds = tmp.resolve("slurm-worlds");
        try {
            assertEquals(0, run(tmp, List.of(scripts.resolve("local-cluster.sh").toString(), "start"), launcher, 120));
            assertEquals(0, run(tmp, List.of(scripts.resolve("submit.sh").toString(), file.toString(), sweep.toString(),
                    "3"), launcher, 60));
            assertEquals(0, run(tmp, List.of(scripts.resolve("submit-worlds.sh").toString(), file.toString(),
                    worlds.toString(), "3", "4"), launcher, 60));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(360);
            while (System.nanoTime() < deadline && !(Files.exists(sweep.resolve("merged/runs.csv"))
                    && Files.exists(worlds.resolve("merged/worlds.json")))) {
                Thread.sleep(500);
            }
            while (System.nanoTime() < deadline && run(tmp, List.of("bash", "-c", "test -z \"$(squeue -h)\""),
                    launcher, 10) != 0) {
                Thread.sleep(500);
            }
        } finally {
            run(tmp, List.of(scripts.resolve("local-cluster.sh").toString(), "stop"), launcher, 30);
        }
        assertTrue(Files.exists(sweep.resolve("merged/runs.csv")), "the sweep's merge job wrote the tables");
        assertTrue(Files.exists(worlds.resolve("merged/worlds.json")), "the worlds' merge job wrote the tables");
        assertEquals(0, SweepTest.cli("sweep", file.toString(), "--out", tmp.resolve("local").toString()));
        assertEquals(SweepTest.tables(tmp.resolve("local")), SweepTest.tables(sweep.resolve("merged")));
        assertEquals(0, SweepTest.cli("run", file.toString(), "--worlds", "4", "--out",
                tmp.resolve("local-worlds").toString()));
        for (String table : List.of("worlds.csv", "robustness.csv")) {
            assertEquals(Files.readString(tmp.resolve("local-worlds").resolve(table)),
                    Files.readString(worlds.resolve("merged").resolve(table)), table);
        }
    }

    private static int run(Path dir, List<String> command, Path launcher, int seconds) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("LOYALTYLAB", launcher.toString());
        Process p = pb.start();
        if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return -1;
        }
        return p.exitValue();
    }
}

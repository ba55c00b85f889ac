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
    @Test
    void arrayJobAndMergeEqualALocalSweep(@TempDir Path tmp) throws Exception {
        Path file = SweepTest.write(tmp);
        Path out = onCluster(tmp, "submit.sh", List.of(file.toString(), tmp.resolve("slurm").toString(), "3"),
                "runs.csv");
        assertEquals(0, SweepTest.cli("sweep", file.toString(), "--out", tmp.resolve("local").toString()));
        assertEquals(SweepTest.tables(tmp.resolve("local")), SweepTest.tables(out));
    }

    @Test
    void worldsArrayJobAndMergeEqualALocalWorldsRun(@TempDir Path tmp) throws Exception {
        Path file = SweepTest.write(tmp);
        Path out = onCluster(tmp, "submit-worlds.sh", List.of(file.toString(), tmp.resolve("slurm").toString(), "3",
                "4"), "worlds.csv");
        assertEquals(0, SweepTest.cli("run", file.toString(), "--worlds", "4", "--out",
                tmp.resolve("local").toString()));
        for (String table : List.of("worlds.csv", "robustness.csv")) {
            assertEquals(Files.readString(tmp.resolve("local").resolve(table)), Files.readString(out.resolve(table)),
                    table);
        }
    }

    /**
     * Starts the cluster, submits with {@code script} and waits for the merge job.
     *
     * @return the merged folder
     */
    private static Path onCluster(Path tmp, String script, List<String> arguments, String merged) throws Exception {
        Assumptions.assumeTrue(new File("/usr/sbin/slurmctld").exists(),
                "slurm-wlm not installed (apt-get install slurm-wlm munge): SLURM test skipped");
        Assumptions.assumeTrue("root".equals(System.getProperty("user.name")), "not root: SLURM test skipped");
        Path launcher = tmp.resolve("loyaltylab.sh");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Files.writeString(launcher, "#!/usr/bin/env bash\nexec '" + java + "' -cp '" + System.getProperty("java.class.path")
                + "' org.loyaltylab.cli.LoyaltyLab \"$@\"\n");
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path scripts = Path.of("scripts/slurm").toAbsolutePath();
        try {
            assertEquals(0, run(tmp, List.of(scripts.resolve("local-cluster.sh").toString(), "start"), launcher, 120));
            Path out = Path.of(arguments.get(1)).resolve("merged");
            List<String> submit = new java.util.ArrayList<>(List.of(scripts.resolve(script).toString()));
            submit.addAll(arguments);
            assertEquals(0, run(tmp, submit, launcher, 60));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
            while (System.nanoTime() < deadline && !Files.exists(out.resolve(merged))) {
                Thread.sleep(500);
            }
            while (System.nanoTime() < deadline && run(tmp, List.of("bash", "-c", "test -z \"$(squeue -h)\""),
                    launcher, 10) != 0) {
                Thread.sleep(500);
            }
            assertTrue(Files.exists(out.resolve(merged)), "the merge job wrote the tables");
            return out;
        } finally {
            run(tmp, List.of(scripts.resolve("local-cluster.sh").toString(), "stop"), launcher, 30);
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

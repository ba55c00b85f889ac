package org.loyaltylab.experiment;

import org.loyaltylab.model.param.Parameters;
import org.loyaltylab.model.random.KeyedRandom;

/**
 * A fixed CPU-bound workload for a child process of {@code bench --parallel}: runs of the
 * {@link Benchmark#workload(int) benchmark model}, one after the other on one thread, the way a
 * sweep runs them (no per-customer records, nothing written). Started once alone and then N times
 * at once, it gives the throughput the machine offers N independent processes.
 */
public final class MachineProbe {
    private MachineProbe() {
    }

    /**
     * Runs the probe.
     *
     * @param args customers, days, runs, master seed
     */
    public static void main(String[] args) {
        int customers = Integer.parseInt(args[0]);
        int days = Integer.parseInt(args[1]);
        int runs = Integer.parseInt(args[2]);
        long seed = Long.parseLong(args[3]);
        Parameters p = Benchmark.workload(customers);
        for (int r = 1; r <= runs; r++) {
            Simulation.MODEL.run("probe", 0, p, r, KeyedRandom.replicationSeed(seed, r), days, false, FailureSink.OFF);
        }
    }
}

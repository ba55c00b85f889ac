package org.loyaltylab.output.io;

import java.io.IOException;
import java.util.List;
import org.loyaltylab.experiment.ParallelRunner;

/**
 * Writes independent files (a table, a chart in its three formats) on several threads. Each job
 * writes only its own files from data no job changes, so the bytes written do not depend on the
 * thread count; only the order in which the files appear does. Jobs start in list order, so put
 * the longest first.
 */
public final class ParallelWrites {
    /** One job: writes its own files. */
    @FunctionalInterface
    public interface Job {
        /** Writes the job's files. */
        void write() throws IOException;
    }

    private ParallelWrites() {
    }

    /**
     * Runs every job; the first failing job (in list order) ends the writing and its exception is
     * rethrown.
     *
     * @param threads worker threads; 1 writes the jobs in order on one thread
     */
    public static void run(List<Job> jobs, int threads) throws IOException {
        new ParallelRunner(Math.min(threads, jobs.size()), "loyaltylab-write").map(jobs, job -> {
            job.write();
            return job;
        }, job -> { });
    }
}

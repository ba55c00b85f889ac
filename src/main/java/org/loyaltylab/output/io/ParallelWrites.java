package org.loyaltylab.output.io;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
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
     * Runs every job. Once one fails, the jobs not yet started are skipped and those running
     * finish; then the failure of the first failing job (in list order) is rethrown. So when this
     * returns or throws, no job is writing any more: with atomic writes ({@link AtomicFiles}), a
     * failed job's files are as they were and no temporary file is left.
     *
     * @param threads worker threads; 1 writes the jobs in order on one thread
     */
    public static void run(List<Job> jobs, int threads) throws IOException {
        AtomicBoolean failed = new AtomicBoolean();
        List<Throwable> failures = new ParallelRunner(Math.min(threads, jobs.size()), "loyaltylab-write").map(jobs,
                job -> {
                    if (failed.get()) {
                        return null;
                    }
                    try {
                        job.write();
                        return null;
                    } catch (IOException | RuntimeException | Error e) {
                        failed.set(true);
                        return e;
                    }
                }, e -> { });
        for (Throwable e : failures) {
            if (e instanceof IOException io) {
                throw io;
            }
            if (e instanceof RuntimeException r) {
                throw r;
            }
            if (e instanceof Error err) {
                throw err;
            }
        }
    }
}

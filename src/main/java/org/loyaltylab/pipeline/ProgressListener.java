package org.loyaltylab.pipeline;

/**
 * Hears how far a pipeline has come, stage by stage (a batch of replications, a sweep); the
 * command line draws a progress bar from it. Calls within a stage come from worker threads, one
 * at a time, with a count that only grows. Each method does nothing unless overridden.
 */
public interface ProgressListener {
    /** Hears nothing. */
    ProgressListener SILENT = new ProgressListener() {
    };

    /** A stage of {@code runs} runs begins. */
    default void started(String stage, int runs) {
    }

    /** {@code runs} runs of the current stage are finished (those stored earlier included). */
    default void finished(int runs) {
    }

    /** The current stage is over (also when it failed). */
    default void ended() {
    }
}

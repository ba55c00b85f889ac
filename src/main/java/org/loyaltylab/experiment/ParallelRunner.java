package org.loyaltylab.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Runs independent tasks on a fixed pool of threads and returns their results in task order.
 * A task's result must depend on the task alone (each run carries its own seed), so the results
 * are the same whatever the thread count; only the order of the {@code done} calls varies. The
 * first failing task (in task order) ends the run: its exception is rethrown unchanged and the
 * tasks not yet started are cancelled.
 */
public final class ParallelRunner {
    /**
     * The work done for one task.
     *
     * @param <T> the task
     * @param <R> its result
     * @param <E> the checked exception the work may throw
     */
    @FunctionalInterface
    public interface Work<T, R, E extends Exception> {
        /** @return the task's result */
        R apply(T task) throws E;
    }

    private final int threads;
    private final String threadName;

    /**
     * @param threads    worker threads; fewer than 1 means 1
     * @param threadName the workers' name (seen in thread dumps)
     */
    public ParallelRunner(int threads, String threadName) {
        this.threads = Math.max(1, threads);
        this.threadName = threadName;
    }

    /**
     * Applies {@code work} to every task.
     *
     * @param done called with each result as it is ready, from the worker threads
     * @return the results, in the order of {@code tasks}
     * @throws E whatever a task's work threw, unchanged (unchecked exceptions and errors too)
     */
    public <T, R, E extends Exception> List<R> map(List<T> tasks, Work<T, R, E> work, Consumer<R> done) throws E {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<R>> futures = new ArrayList<>(tasks.size());
            for (T task : tasks) {
                futures.add(pool.submit(() -> {
                    R result = work.apply(task);
                    done.accept(result);
                    return result;
                }));
            }
            List<R> results = new ArrayList<>(tasks.size());
            for (Future<R> f : futures) {
                results.add(f.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw ParallelRunner.<E>rethrow(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Rethrows a task's exception as it was: only {@code E} or unchecked ones can come out of {@code work}. */
    @SuppressWarnings("unchecked")
    private static <E extends Exception> E rethrow(Throwable cause) throws E {
        if (cause instanceof RuntimeException r) {
            throw r;
        }
        if (cause instanceof Error err) {
            throw err;
        }
        throw (E) cause;
    }
}

package org.loyaltylab.calibration;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.loyaltylab.BadInputException;
import org.loyaltylab.sweep.SweepStore;

/**
 * Every evaluated replication of a calibration, in the sweeps' crash-safe store
 * ({@code calibration.db}, one atomic transaction per replication): as a sweep point, evaluation
 * {@code i} is point {@code i}, its replications are the point's runs, and a run's values are the
 * parameter set followed by the targets' figures. A killed calibration resumes by replaying the
 * optimiser, which asks for the same parameter sets in the same order (same seed): stored
 * replications are read back instead of run.
 */
final class CalibrationStore implements AutoCloseable {
    private final SweepStore store;
    private final Path file;
    private final Map<String, double[]> stored = new HashMap<>();

    private CalibrationStore(SweepStore store, Path file) throws SQLException {
        this.store = store;
        this.file = file;
        for (SweepStore.Row row : store.rows()) {
            stored.put(SweepStore.key(row.point(), 0, row.replication()), row.metrics());
        }
    }

    /** Opens the store; a store of another calibration (another fingerprint) is refused. */
    static CalibrationStore open(Path file, String fingerprint) throws SQLException {
        try {
            return new CalibrationStore(SweepStore.open(file, fingerprint), file);
        } catch (BadInputException e) {
            throw new BadInputException(file + " holds the evaluations of a different calibration (other "
                    + "targets, priors, experiment or seed); use another --out directory");
        }
    }

    /** @return evaluations (replications) stored */
    int size() {
        return stored.size();
    }

    /**
     * @return the stored figures of this evaluation's replication, or null if not stored
     * @throws IllegalStateException if it was stored for another parameter set (cannot happen
     *                               with the fingerprint's inputs unchanged)
     */
    synchronized double[] figures(int evaluation, int replication, double[] parameters) {
        double[] row = stored.get(SweepStore.key(evaluation, 0, replication));
        if (row == null) {
            return null;
        }
        if (!Arrays.equals(Arrays.copyOf(row, parameters.length), parameters)) {
            throw new IllegalStateException(file + ": evaluation " + evaluation + " was stored for other parameters");
        }
        return Arrays.copyOfRange(row, parameters.length, row.length);
    }

    /** Stores one replication's figures atomically. */
    synchronized void put(int evaluation, int replication, long seed, double[] parameters, double[] figures)
            throws SQLException {
        double[] row = Arrays.copyOf(parameters, parameters.length + figures.length);
        System.arraycopy(figures, 0, row, parameters.length, figures.length);
        store.put(new SweepStore.Row(evaluation, 0, replication, seed, row));
        stored.put(SweepStore.key(evaluation, 0, replication), row);
    }

    @Override
    public void close() throws SQLException {
        store.close();
    }
}

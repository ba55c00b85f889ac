package org.loyaltylab.sweep;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.loyaltylab.BadInputException;

/**
 * The crash-safe store of a sweep's finished runs: an SQLite database (sweep.db) in which every
 * run is one atomic, durable transaction (rollback journal, synchronous=FULL). A process killed
 * at any moment leaves every committed run intact and no partial one; {@code --resume} reads
 * back which runs are done. The sweep's fingerprint is stored so a different sweep cannot be
 * resumed into the same store.
 */
public final class SweepStore implements AutoCloseable {
    /** One stored run. */
    public record Row(int point, int arm, int replication, long seed, double[] metrics) {
    }

    private final Connection db;

    private SweepStore(Connection db) {
        this.db = db;
    }

    /**
     * Opens (creating if needed) the store at {@code file}.
     *
     * @param fingerprint identifies the sweep; must match an existing store's
     * @throws BadInputException if the store belongs to another sweep
     */
    public static SweepStore open(Path file, String fingerprint) throws SQLException {
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode=DELETE");
            s.execute("PRAGMA synchronous=FULL");
            s.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)");
            s.execute("CREATE TABLE IF NOT EXISTS runs (point INTEGER NOT NULL, arm INTEGER NOT NULL, "
                    + "replication INTEGER NOT NULL, seed INTEGER NOT NULL, metrics TEXT NOT NULL, "
                    + "PRIMARY KEY (point, arm, replication))");
        }
        SweepStore store = new SweepStore(c);
        String existing = store.meta("fingerprint");
        if (existing == null) {
            store.setMeta("fingerprint", fingerprint);
        } else if (!existing.equals(fingerprint)) {
            c.close();
            throw new BadInputException(file + " holds the runs of a different sweep (other file, design, seed "
                    + "or overrides); use another --out directory");
        }
        return store;
    }

    /** @return a metadata value, or null */
    public String meta(String key) throws SQLException {
        try (PreparedStatement p = db.prepareStatement("SELECT value FROM meta WHERE key = ?")) {
            p.setString(1, key);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        }
    }

    /** Sets a metadata value. */
    public void setMeta(String key, String value) throws SQLException {
        try (PreparedStatement p = db.prepareStatement("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)")) {
            p.setString(1, key);
            p.setString(2, value);
            p.executeUpdate();
        }
    }

    /** Stores one finished run atomically; a run already stored is left as it is. */
    public synchronized void put(Row row) throws SQLException {
        try (PreparedStatement p = db.prepareStatement(
                "INSERT OR IGNORE INTO runs (point, arm, replication, seed, metrics) VALUES (?, ?, ?, ?, ?)")) {
            p.setInt(1, row.point());
            p.setInt(2, row.arm());
            p.setInt(3, row.replication());
            p.setLong(4, row.seed());
            p.setString(5, encode(row.metrics()));
            p.executeUpdate();
        }
    }

    /** @return the keys ("point/arm/replication") of the runs already stored */
    public synchronized Set<String> doneKeys() throws SQLException {
        Set<String> keys = new HashSet<>();
        try (Statement s = db.createStatement();
             ResultSet r = s.executeQuery("SELECT point, arm, replication FROM runs")) {
            while (r.next()) {
                keys.add(key(r.getInt(1), r.getInt(2), r.getInt(3)));
            }
        }
        return keys;
    }

    /** @return every stored run, ordered by point, arm, replication */
    public synchronized List<Row> rows() throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (Statement s = db.createStatement();
             ResultSet r = s.executeQuery("SELECT point, arm, replication, seed, metrics FROM runs "
                     + "ORDER BY point, arm, replication")) {
            while (r.next()) {
                rows.add(new Row(r.getInt(1), r.getInt(2), r.getInt(3), r.getLong(4), decode(r.getString(5))));
            }
        }
        return rows;
    }

    /** @return the key of a run */
    public static String key(int point, int arm, int replication) {
        return point + "/" + arm + "/" + replication;
    }

    private static String encode(double[] values) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            b.append(i == 0 ? "" : ",").append(Double.doubleToRawLongBits(values[i]));
        }
        return b.toString();
    }

    private static double[] decode(String text) {
        if (text.isEmpty()) {
            return new double[0];
        }
        String[] parts = text.split(",");
        double[] v = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            v[i] = Double.longBitsToDouble(Long.parseLong(parts[i]));
        }
        return v;
    }

    @Override
    public void close() throws SQLException {
        db.close();
    }
}

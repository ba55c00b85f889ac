package org.loyaltylab.experiment;

import java.util.List;
import org.loyaltylab.model.customer.CustomerBase;
import org.loyaltylab.model.customer.ExitReason;
import org.loyaltylab.model.failure.FailureRecord;

/**
 * The failure records of one run, each with its customer's exit day and reason at the horizon:
 * the rows of {@code failures.csv} for that run, in the order the records became final.
 */
public final class FailureTable {
    /** Column names after arm and replication, in order. */
    public static final String[] COLUMNS = {"customer", "day", "severity", "problem_size", "complained", "abandoned",
        "contacts", "resolved", "resolved_quickly", "outcome", "satisfaction", "settled_day", "bought_again",
        "exit_day", "exit_reason"};

    private final List<FailureRecord> records;
    private final double[] exitDay;
    private final String[] exitReason;

    /** Joins {@code records} with the exits recorded in {@code base}. */
    public FailureTable(List<FailureRecord> records, CustomerBase base) {
        this.records = List.copyOf(records);
        exitDay = new double[records.size()];
        exitReason = new String[records.size()];
        for (int i = 0; i < exitDay.length; i++) {
            int id = records.get(i).customer();
            exitDay[i] = base.exitDay(id);
            ExitReason reason = base.exitReason(id);
            exitReason[i] = reason == null ? "" : reason.label();
        }
    }

    /** @return the number of failures */
    public int size() {
        return records.size();
    }

    /**
     * @param row a row number
     * @return the row's cells in {@link #COLUMNS} order: numbers as Double (NaN when empty) or String
     */
    public Object[] row(int row) {
        FailureRecord r = records.get(row);
        return new Object[] {(double) r.customer(), r.day(), r.severity(), r.size().label(), flag(r.complained()),
            flag(r.abandoned()), (double) r.contacts(), flag(r.resolved()), flag(r.resolvedQuickly()),
            r.outcome().label(), r.satisfaction(), r.settledDay(), r.boughtAgain().label(), exitDay[row],
            exitReason[row]};
    }

    private static double flag(boolean b) {
        return b ? 1 : 0;
    }
}

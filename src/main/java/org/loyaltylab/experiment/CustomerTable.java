package org.loyaltylab.experiment;

import org.loyaltylab.model.customer.CustomerBase;
import org.loyaltylab.model.customer.CustomerDynamics;
import org.loyaltylab.model.customer.ExitReason;

/**
 * The per-customer records of one run, copied out of the model at the horizon in compact
 * columns (single precision, about 60 bytes a customer, so hundreds of runs fit in memory):
 * the input of survival analysis and of the complaint-versus-value view.
 */
public final class CustomerTable {
    /** Column names, in order. */
    public static final String[] COLUMNS = {"id", "channel", "value", "purchase_rate", "temperament", "rudeness",
        "complaint_propensity", "high_value", "acquired_day", "exit_day", "exit_reason", "failures", "complaints",
        "recoveries", "first_failure", "final_loyalty"};

    private static final String[] CHANNELS = java.util.Arrays.stream(
            org.loyaltylab.model.customer.AcquisitionChannel.values())
            .map(c -> c.name().toLowerCase(java.util.Locale.ROOT)).toArray(String[]::new);

    private final int size;
    private final float[][] numbers;
    private final String[] channel;
    private final String[] exitReason;
    private final String[] firstFailure;

    private CustomerTable() {
        size = 0;
        numbers = new float[12][0];
        channel = new String[0];
        exitReason = new String[0];
        firstFailure = new String[0];
    }

    /** @return a table with no customers */
    public static CustomerTable empty() {
        return new CustomerTable();
    }

    /** Copies the records of every customer in {@code base} as of {@code day}. */
    public CustomerTable(CustomerBase base, CustomerDynamics dynamics, double day) {
        size = base.count();
        numbers = new float[12][size];
        channel = new String[size];
        exitReason = new String[size];
        firstFailure = new String[size];
        for (int id = 0; id < size; id++) {
            boolean active = base.isActive(id);
            numbers[0][id] = (float) (base.value(id));
            numbers[1][id] = (float) (base.purchaseRate(id));
            numbers[2][id] = (float) (base.temperament(id));
            numbers[3][id] = (float) (base.rudeness(id));
            numbers[4][id] = (float) (base.complaintPropensity(id));
            numbers[5][id] = (float) (base.highValue(id) ? 1 : 0);
            numbers[6][id] = (float) (base.acquiredDay(id));
            numbers[7][id] = (float) (base.exitDay(id));
            numbers[8][id] = (float) (base.failures(id));
            numbers[9][id] = (float) (base.complaints(id));
            numbers[10][id] = (float) (base.recoveries(id));
            numbers[11][id] = (float) (active ? dynamics.loyaltyOn(id, day) : base.loyalty(id));
            channel[id] = CHANNELS[base.channel(id).ordinal()];
            ExitReason r = base.exitReason(id);
            exitReason[id] = r == null ? "" : r.label();
            firstFailure[id] = base.firstFailure(id).label();
        }
    }

    /** @return the number of customers */
    public int size() {
        return size;
    }

    /**
     * @param row a customer id
     * @return the row's cells in {@link #COLUMNS} order: numbers as Double (NaN when empty) or String
     */
    public Object[] row(int row) {
        double[] n = new double[12];
        for (int c = 0; c < 12; c++) {
            n[c] = numbers[c][row];
        }
        return new Object[] {(double) row, channel[row], n[0], n[1], n[2], n[3], n[4], n[5], n[6], n[7],
            exitReason[row], n[8], n[9], n[10], firstFailure[row], n[11]};
    }

    /** @return spend per purchase of customer {@code row} */
    public double value(int row) {
        return numbers[0][row];
    }

    /** @return temperament of customer {@code row} */
    public double temperament(int row) {
        return numbers[2][row];
    }

    /** @return acquisition day of customer {@code row} */
    public double acquiredDay(int row) {
        return numbers[6][row];
    }

    /** @return exit day of customer {@code row}, NaN if still active */
    public double exitDay(int row) {
        return numbers[7][row];
    }

    /** @return exit reason label, empty if still active */
    public String exitReason(int row) {
        return exitReason[row];
    }

    /** @return complaints of customer {@code row} */
    public double complaints(int row) {
        return numbers[9][row];
    }

    /** @return failure experience label of customer {@code row} */
    public String firstFailure(int row) {
        return firstFailure[row];
    }
}

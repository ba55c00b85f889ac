package org.loyaltylab.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Who complains (Solomon, CustomerThink): customers binned by spend per purchase into {@link Deciles}, and
 * per arm and bin the mean spend and the complaint rate, complaints per customer-year (a
 * customer counts the years from acquisition to exit, or to the horizon if still active).
 */
public final class ComplaintsByValue {
    /**
     * One bin of one arm.
     *
     * @param meanValue          the mean spend per purchase of the bin's customers
     * @param complaintsPerYear  the bin's complaints over its customer-years
     */
    public record Point(double meanValue, double complaintsPerYear) {
    }

    private final Deciles deciles;
    private final double horizon;
    private final double[][] complaints;
    private final double[][] years;
    private final double[][] value;
    private final int[][] customers;

    /**
     * @param deciles the bins, usually of every customer's value in every arm
     * @param arms    the number of arms
     * @param horizon the last day, where customers still active stop counting years
     */
    public ComplaintsByValue(Deciles deciles, int arms, double horizon) {
        this.deciles = deciles;
        this.horizon = horizon;
        complaints = new double[arms][Deciles.BINS];
        years = new double[arms][Deciles.BINS];
        value = new double[arms][Deciles.BINS];
        customers = new int[arms][Deciles.BINS];
    }

    /**
     * Counts one customer.
     *
     * @param arm        the arm's index
     * @param spend      spend per purchase
     * @param acquired   the day the customer joined
     * @param exit       the day the customer left, NaN if still active
     * @param complained the customer's complaints, NaN read as none
     */
    public void add(int arm, double spend, double acquired, double exit, double complained) {
        int bin = deciles.bin(spend);
        complaints[arm][bin] += Double.isNaN(complained) ? 0 : complained;
        years[arm][bin] += Math.max(0, (Double.isNaN(exit) ? horizon : exit) - acquired) / 365.0;
        value[arm][bin] += spend;
        customers[arm][bin]++;
    }

    /** @return the arm's bins, lowest spend first, leaving out bins of no customers, years or spend */
    public List<Point> points(int arm) {
        List<Point> out = new ArrayList<>();
        for (int b = 0; b < Deciles.BINS; b++) {
            if (customers[arm][b] > 0 && years[arm][b] > 0 && value[arm][b] > 0) {
                out.add(new Point(value[arm][b] / customers[arm][b], complaints[arm][b] / years[arm][b]));
            }
        }
        return out;
    }
}

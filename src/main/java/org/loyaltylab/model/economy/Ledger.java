package org.loyaltylab.model.economy;

/**
 * The money of one run (M11), cumulative since day 0: sales revenue and every cost component.
 * Profit is revenue minus the sum of the components, exactly.
 */
public final class Ledger {
    private double revenue;
    private double goods;
    private double wages;
    private double training;
    private double hiring;
    private double gestures;
    private double special;
    private double followUp;
    private double acquisition;

    /** Books a sale of {@code amount} with gross margin {@code margin}. */
    public void sale(double amount, double margin) {
        revenue += amount;
        goods += amount * (1 - margin);
    }

    /** Books wages. */
    public void wages(double amount) {
        wages += amount;
    }

    /** Books training. */
    public void training(double amount) {
        training += amount;
    }

    /** Books a hire. */
    public void hiring(double amount) {
        hiring += amount;
    }

    /** Books a recovery gesture. */
    public void gesture(double amount) {
        gestures += amount;
    }

    /** Books special treatment. */
    public void special(double amount) {
        special += amount;
    }

    /** Books a follow-up. */
    public void followUp(double amount) {
        followUp += amount;
    }

    /** Books a marketing acquisition. */
    public void acquisition(double amount) {
        acquisition += amount;
    }

    /** @return the totals so far */
    public MoneyStatement statement() {
        return new MoneyStatement(revenue, goods, wages, training, hiring, gestures, special, followUp, acquisition);
    }
}

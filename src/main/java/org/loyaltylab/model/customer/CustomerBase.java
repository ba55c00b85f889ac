package org.loyaltylab.model.customer;

import java.util.Arrays;

/**
 * Every customer ever acquired in one run, stored as parallel primitive arrays (about 150 bytes
 * per customer) indexed by a dense id. Holds attributes (M1), the lazily updated loyalty state
 * (loyalty and felt appreciation as of {@link #lastUpdate(int)}, remaining churn budget) and
 * the history needed for survival analysis. The list of active ids supports O(1) removal and
 * sampling.
 */
public final class CustomerBase {
    private int count;
    private double[] value = new double[0];
    private double[] purchaseRate = new double[0];
    private double[] temperament = new double[0];
    private double[] rudeness = new double[0];
    private double[] patience = new double[0];
    private double[] complaintPropensity = new double[0];
    private boolean[] highValue = new boolean[0];
    private double[] loyalty = new double[0];
    private double[] loyaltyBase = new double[0];
    private double[] appreciation = new double[0];
    private double[] lastUpdate = new double[0];
    private double[] budget = new double[0];
    private double[] nextActivity = new double[0];
    private double[] acquiredDay = new double[0];
    private double[] exitDay = new double[0];
    private byte[] exitReason = new byte[0];
    private byte[] channel = new byte[0];
    private byte[] firstFailure = new byte[0];
    private int[] failures = new int[0];
    private int[] complaints = new int[0];
    private int[] recoveries = new int[0];
    private int[] activities = new int[0];
    private int[] contacts = new int[0];

    private int[] active = new int[0];
    private int[] activeSlot = new int[0];
    private int activeCount;

    /** @return the number of customers ever acquired; ids run from 0 to count - 1 */
    public int count() {
        return count;
    }

    /** @return the number of active customers */
    public int activeCount() {
        return activeCount;
    }

    /** @return the {@code i}-th active customer id, 0 <= i < activeCount (order is arbitrary) */
    public int activeAt(int i) {
        return active[i];
    }

    /**
     * Adds a customer with its attributes and initial state.
     *
     * @return the new id
     */
    public int add(CustomerProfile p, double day, AcquisitionChannel via) {
        ensureCapacity(count + 1);
        int id = count++;
        value[id] = p.value();
        purchaseRate[id] = p.purchaseRate();
        temperament[id] = p.temperament();
        rudeness[id] = p.rudeness();
        patience[id] = p.patienceDays();
        complaintPropensity[id] = p.complaintPropensity();
        highValue[id] = p.highValue();
        loyalty[id] = p.loyalty();
        loyaltyBase[id] = p.loyalty();
        appreciation[id] = p.appreciation();
        budget[id] = p.churnBudget();
        lastUpdate[id] = day;
        acquiredDay[id] = day;
        exitDay[id] = Double.NaN;
        exitReason[id] = -1;
        channel[id] = (byte) via.ordinal();
        firstFailure[id] = (byte) FailureExperience.NONE.ordinal();
        activeSlot[id] = activeCount;
        active[activeCount++] = id;
        return id;
    }

    /** Records the exit of an active customer. */
    public void exit(int id, double day, ExitReason reason) {
        exitDay[id] = day;
        exitReason[id] = (byte) reason.ordinal();
        int slot = activeSlot[id];
        int last = active[--activeCount];
        active[slot] = last;
        activeSlot[last] = slot;
        activeSlot[id] = -1;
    }

    /** @return true while the customer has not left */
    public boolean isActive(int id) {
        return activeSlot[id] >= 0;
    }

    /** Stores the lazily updated state as of {@code day}. */
    public void setState(int id, double day, double newLoyalty, double newAppreciation, double newBudget) {
        lastUpdate[id] = day;
        loyalty[id] = Math.min(1, Math.max(0, newLoyalty));
        appreciation[id] = Math.min(1, Math.max(0, newAppreciation));
        budget[id] = Math.max(0, newBudget);
    }

    /** Sets the time of the customer's next activity (purchase or routine contact). */
    public void setNextActivity(int id, double day) {
        nextActivity[id] = day;
    }

    /** Counts one more activity and returns the number before it. */
    public int nextActivityIndex(int id) {
        return activities[id]++;
    }

    /** Counts one more contact with the centre and returns the number before it. */
    public int nextContactIndex(int id) {
        return contacts[id]++;
    }

    /** Records a failed purchase; the first one sets the failure experience to unresolved. */
    public void recordFailure(int id) {
        failures[id]++;
    }

    /** Records a complaint. */
    public void recordComplaint(int id) {
        complaints[id]++;
    }

    /** Records a resolved complaint. */
    public void recordRecovery(int id) {
        recoveries[id]++;
    }

    /** Sets what became of the first failure (only while it is still {@code NONE}). */
    public void settleFirstFailure(int id, FailureExperience outcome) {
        if (firstFailure[id] == FailureExperience.NONE.ordinal()) {
            firstFailure[id] = (byte) outcome.ordinal();
        }
    }

    /** @return spend per purchase, currency */
    public double value(int id) {
        return value[id];
    }

    /** @return purchases per day */
    public double purchaseRate(int id) {
        return purchaseRate[id];
    }

    /** @return anger propensity in [0, 1] */
    public double temperament(int id) {
        return temperament[id];
    }

    /** @return chance that a hostile contact turns abusive */
    public double rudeness(int id) {
        return rudeness[id];
    }

    /** @return mean patience in the queue, days */
    public double patience(int id) {
        return patience[id];
    }

    /** @return propensity to voice a failure */
    public double complaintPropensity(int id) {
        return complaintPropensity[id];
    }

    /** @return true if among the high-value share */
    public boolean highValue(int id) {
        return highValue[id];
    }

    /** @return loyalty as of {@link #lastUpdate(int)} */
    public double loyalty(int id) {
        return loyalty[id];
    }

    /** @return the loyalty anchor before any granted-policy drop */
    public double loyaltyBase(int id) {
        return loyaltyBase[id];
    }

    /** @return felt appreciation as of {@link #lastUpdate(int)} */
    public double appreciation(int id) {
        return appreciation[id];
    }

    /** @return the day the state was last brought up to date */
    public double lastUpdate(int id) {
        return lastUpdate[id];
    }

    /** @return the remaining integrated-hazard budget before churn */
    public double budget(int id) {
        return budget[id];
    }

    /** @return the time of the next activity */
    public double nextActivity(int id) {
        return nextActivity[id];
    }

    /** @return the day the customer was acquired */
    public double acquiredDay(int id) {
        return acquiredDay[id];
    }

    /** @return the day the customer left, NaN while active */
    public double exitDay(int id) {
        return exitDay[id];
    }

    /** @return why the customer left, or null while active */
    public ExitReason exitReason(int id) {
        return exitReason[id] < 0 ? null : ExitReason.values()[exitReason[id]];
    }

    /** @return how the customer was acquired */
    public AcquisitionChannel channel(int id) {
        return AcquisitionChannel.values()[channel[id]];
    }

    /** @return what became of the first failure */
    public FailureExperience firstFailure(int id) {
        return FailureExperience.values()[firstFailure[id]];
    }

    /** @return number of failed purchases */
    public int failures(int id) {
        return failures[id];
    }

    /** @return number of complaints */
    public int complaints(int id) {
        return complaints[id];
    }

    /** @return number of resolved complaints */
    public int recoveries(int id) {
        return recoveries[id];
    }

    private void ensureCapacity(int needed) {
        if (needed <= value.length) {
            return;
        }
        int n = Math.max(needed, Math.max(16, value.length + (value.length >> 1)));
        value = Arrays.copyOf(value, n);
        purchaseRate = Arrays.copyOf(purchaseRate, n);
        temperament = Arrays.copyOf(temperament, n);
        rudeness = Arrays.copyOf(rudeness, n);
        patience = Arrays.copyOf(patience, n);
        complaintPropensity = Arrays.copyOf(complaintPropensity, n);
        highValue = Arrays.copyOf(highValue, n);
        loyalty = Arrays.copyOf(loyalty, n);
        loyaltyBase = Arrays.copyOf(loyaltyBase, n);
        appreciation = Arrays.copyOf(appreciation, n);
        lastUpdate = Arrays.copyOf(lastUpdate, n);
        budget = Arrays.copyOf(budget, n);
        nextActivity = Arrays.copyOf(nextActivity, n);
        acquiredDay = Arrays.copyOf(acquiredDay, n);
        exitDay = Arrays.copyOf(exitDay, n);
        exitReason = Arrays.copyOf(exitReason, n);
        channel = Arrays.copyOf(channel, n);
        firstFailure = Arrays.copyOf(firstFailure, n);
        failures = Arrays.copyOf(failures, n);
        complaints = Arrays.copyOf(complaints, n);
        recoveries = Arrays.copyOf(recoveries, n);
        activities = Arrays.copyOf(activities, n);
        contacts = Arrays.copyOf(contacts, n);
        active = Arrays.copyOf(active, n);
        activeSlot = Arrays.copyOf(activeSlot, n);
    }
}

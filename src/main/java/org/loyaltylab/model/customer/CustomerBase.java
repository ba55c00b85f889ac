package org.loyaltylab.model.customer;

import java.util.Arrays;

/**
 * Every customer ever acquired in one run, stored as primitive arrays indexed by a dense id:
 * 156 bytes per customer, of which two records every event reads and writes: a 64-byte event
 * record and the 32-byte loyalty state that the weekly observation also scans. The model
 * {@linkplain #reserve(int) reserves} the customers it expects; beyond that the arrays grow by a
 * quarter when full (so a growth holds at most 2.25 times the arrays for the moment of the copy). Holds attributes (M1), the lazily updated loyalty state
 * (loyalty and felt appreciation as of {@link #lastUpdate(int)}, remaining churn budget) and
 * the history needed for survival analysis. Who is active is one bit per customer.
 *
 * <p>The split lets the weekly scan of every active customer stream a third of the bytes a
 * single record of all these fields would make it read.
 */
public final class CustomerBase implements ScheduledTimes {
    private static final ExitReason[] REASONS = ExitReason.values();
    private static final AcquisitionChannel[] CHANNELS = AcquisitionChannel.values();
    private static final FailureExperience[] EXPERIENCES = FailureExperience.values();

    private int count;

    /**
     * The event record: the fields of a customer every event reads but the observation does not,
     * 8 longs (doubles stored as their raw bits, which gives each back exactly): 64 bytes.
     */
    private static final int RECORD = 8;
    private static final int VALUE = 0;
    private static final int PURCHASE_RATE = 1;
    /**
     * The counts: activities so far in the low 32 bits, contacts so far in the next 31, and the
     * open-problem flag in the sign bit (2^31 activities are a thousand a day for over five
     * thousand years).
     */
    private static final int COUNTS = 2;
    private static final int BUDGET = 3;
    private static final int NEXT_ACTIVITY = 4;
    private static final int SCHEDULED = 5;
    private static final int TEMPERAMENT = 6;
    private static final int RUDENESS = 7;
    private static final long ONE_CONTACT = 1L << 32;
    private static final long OPEN_PROBLEM = Long.MIN_VALUE;

    /** The loyalty state: 4 doubles (32 bytes) that every event and the weekly observation read. */
    private static final int STATE = 4;
    private static final int LOYALTY = 0;
    private static final int LOYALTY_BASE = 1;
    private static final int APPRECIATION = 2;
    private static final int LAST_UPDATE = 3;

    private long[] record = new long[0];
    private double[] state = new double[0];
    private double[] patience = new double[0];
    private double[] complaintPropensity = new double[0];
    private boolean[] highValue = new boolean[0];
    private double[] loyaltyBeforeFailure = new double[0];
    private double[] acquiredDay = new double[0];
    private double[] exitDay = new double[0];
    private byte[] exitReason = new byte[0];
    private byte[] channel = new byte[0];
    private byte[] firstFailure = new byte[0];
    private float[] firstFailureDay = new float[0];
    private int[] failures = new int[0];
    private int[] complaints = new int[0];
    private int[] recoveries = new int[0];

    /** One bit per customer, set while active (140 KB for a million customers: it stays in cache). */
    private long[] activeBits = new long[0];
    private int activeCount;

    /** @return the number of customers ever acquired; ids run from 0 to count - 1 */
    public int count() {
        return count;
    }

    /** @return the number of active customers */
    public int activeCount() {
        return activeCount;
    }

    /**
     * @return the activity flags of customers {@code 64 word} to {@code 64 word + 63}, one bit
     *         each (bit {@code i} for customer {@code 64 word + i}), set while the customer is active
     */
    public long activeBits(int word) {
        return activeBits[word];
    }

    /** Makes room for {@code customers} customers in all, so that adding up to that many copies nothing. */
    public void reserve(int customers) {
        grow(customers);
    }

    /**
     * Adds a customer with its attributes and initial state.
     *
     * @return the new id
     */
    public int add(CustomerProfile p, double day, AcquisitionChannel via) {
        ensureCapacity(count + 1);
        int id = count++;
        int at = recordAt(id);
        record[at + VALUE] = bits(p.value());
        record[at + PURCHASE_RATE] = bits(p.purchaseRate());
        record[at + COUNTS] = 0;
        record[at + BUDGET] = bits(p.churnBudget());
        record[at + NEXT_ACTIVITY] = 0;
        record[at + SCHEDULED] = bits(Double.NaN);
        record[at + TEMPERAMENT] = bits(p.temperament());
        record[at + RUDENESS] = bits(p.rudeness());
        int s = stateAt(id);
        state[s + LOYALTY] = p.loyalty();
        state[s + LOYALTY_BASE] = p.loyalty();
        state[s + APPRECIATION] = p.appreciation();
        state[s + LAST_UPDATE] = day;
        patience[id] = p.patienceDays();
        complaintPropensity[id] = p.complaintPropensity();
        highValue[id] = p.highValue();
        acquiredDay[id] = day;
        exitDay[id] = Double.NaN;
        exitReason[id] = -1;
        channel[id] = (byte) via.ordinal();
        firstFailure[id] = (byte) FailureExperience.NONE.ordinal();
        firstFailureDay[id] = Float.NaN;
        activeCount++;
        activeBits[id >>> 6] |= 1L << id;
        return id;
    }

    /** Records the exit of an active customer. */
    public void exit(int id, double day, ExitReason reason) {
        exitDay[id] = day;
        exitReason[id] = (byte) reason.ordinal();
        activeCount--;
        activeBits[id >>> 6] &= ~(1L << id);
    }

    /** @return true while the customer has not left */
    public boolean isActive(int id) {
        return (activeBits[id >>> 6] & (1L << id)) != 0;
    }

    /** Stores the lazily updated state as of {@code day}. */
    public void setState(int id, double day, double newLoyalty, double newAppreciation, double newBudget) {
        int s = stateAt(id);
        state[s + LAST_UPDATE] = day;
        state[s + LOYALTY] = Math.min(1, Math.max(0, newLoyalty));
        state[s + APPRECIATION] = Math.min(1, Math.max(0, newAppreciation));
        record[recordAt(id) + BUDGET] = bits(Math.max(0, newBudget));
    }

    @Override
    public double scheduledTime(int id) {
        return id < count ? real(record[recordAt(id) + SCHEDULED]) : Double.NaN;
    }

    /**
     * {@inheritDoc} Reads the first and last fields of both records as well (finite numbers, so
     * adding zero times their sum leaves the time as it is): that brings every cache line they
     * span, one each where they are aligned, two where not.
     */
    @Override
    public double scheduledTimeAhead(int id) {
        if (id >= count) {
            return Double.NaN;
        }
        int at = recordAt(id);
        int s = stateAt(id);
        return real(record[at + SCHEDULED])
                + 0 * (real(record[at]) + real(record[at + RECORD - 1]) + state[s] + state[s + STATE - 1]);
    }

    @Override
    public void setScheduledTime(int id, double time) {
        record[recordAt(id) + SCHEDULED] = bits(time);
    }

    /** Sets the time of the customer's next activity (purchase or routine contact). */
    public void setNextActivity(int id, double day) {
        record[recordAt(id) + NEXT_ACTIVITY] = bits(day);
    }

    /** Counts one more activity and returns the number before it. */
    public int nextActivityIndex(int id) {
        return (int) record[recordAt(id) + COUNTS]++;
    }

    /** Counts one more contact with the centre and returns the number before it. */
    public int nextContactIndex(int id) {
        int at = recordAt(id) + COUNTS;
        long counts = record[at];
        record[at] = counts + ONE_CONTACT;
        return (int) (counts >>> 32) & Integer.MAX_VALUE;
    }

    /**
     * Records a failed purchase: counts it, opens a problem, and remembers the loyalty just
     * before it (to measure the net effect of failure and recovery), and the day of the first one.
     * The customer must be up to date.
     */
    public void recordFailure(int id, double day) {
        if (failures[id] == 0) {
            firstFailureDay[id] = (float) day;
        }
        failures[id]++;
        record[recordAt(id) + COUNTS] |= OPEN_PROBLEM;
        loyaltyBeforeFailure[id] = state[stateAt(id) + LOYALTY];
    }

    /** @return loyalty just before the latest failure */
    public double loyaltyBeforeFailure(int id) {
        return loyaltyBeforeFailure[id];
    }

    /** Closes the customer's open problem (resolved, or put behind them by a good purchase). */
    public void closeProblem(int id) {
        record[recordAt(id) + COUNTS] &= ~OPEN_PROBLEM;
    }

    /** @return true while the customer's latest failure is unresolved */
    public boolean openProblem(int id) {
        return record[recordAt(id) + COUNTS] < 0;
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

    /** @return the day of the first failure (to within a minute), NaN if the customer never had one */
    public double firstFailureDay(int id) {
        return firstFailureDay[id];
    }

    /** @return spend per purchase, currency */
    public double value(int id) {
        return real(record[recordAt(id) + VALUE]);
    }

    /** @return purchases per day */
    public double purchaseRate(int id) {
        return real(record[recordAt(id) + PURCHASE_RATE]);
    }

    /** @return anger propensity in [0, 1] */
    public double temperament(int id) {
        return real(record[recordAt(id) + TEMPERAMENT]);
    }

    /** @return chance that a hostile contact turns abusive */
    public double rudeness(int id) {
        return real(record[recordAt(id) + RUDENESS]);
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
        return state[stateAt(id) + LOYALTY];
    }

    /** @return the loyalty anchor before any granted-policy drop */
    public double loyaltyBase(int id) {
        return state[stateAt(id) + LOYALTY_BASE];
    }

    /** @return felt appreciation as of {@link #lastUpdate(int)} */
    public double appreciation(int id) {
        return state[stateAt(id) + APPRECIATION];
    }

    /** @return the day the state was last brought up to date */
    public double lastUpdate(int id) {
        return state[stateAt(id) + LAST_UPDATE];
    }

    /** @return the remaining integrated-hazard budget before churn */
    public double budget(int id) {
        return real(record[recordAt(id) + BUDGET]);
    }

    /** @return the time of the next activity */
    public double nextActivity(int id) {
        return real(record[recordAt(id) + NEXT_ACTIVITY]);
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
        return exitReason[id] < 0 ? null : REASONS[exitReason[id]];
    }

    /** @return how the customer was acquired */
    public AcquisitionChannel channel(int id) {
        return CHANNELS[channel[id]];
    }

    /** @return what became of the first failure */
    public FailureExperience firstFailure(int id) {
        return EXPERIENCES[firstFailure[id]];
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

    private static int recordAt(int id) {
        return id * RECORD;
    }

    private static int stateAt(int id) {
        return id * STATE;
    }

    private static long bits(double x) {
        return Double.doubleToRawLongBits(x);
    }

    private static double real(long bits) {
        return Double.longBitsToDouble(bits);
    }

    private void ensureCapacity(int needed) {
        if (needed > patience.length) {
            grow(Math.max(needed, Math.max(16, patience.length + (patience.length >> 2))));
        }
    }

    private void grow(int n) {
        if (n <= patience.length) {
            return;
        }
        record = Arrays.copyOf(record, n * RECORD);
        state = Arrays.copyOf(state, n * STATE);
        patience = Arrays.copyOf(patience, n);
        complaintPropensity = Arrays.copyOf(complaintPropensity, n);
        highValue = Arrays.copyOf(highValue, n);
        loyaltyBeforeFailure = Arrays.copyOf(loyaltyBeforeFailure, n);
        acquiredDay = Arrays.copyOf(acquiredDay, n);
        exitDay = Arrays.copyOf(exitDay, n);
        exitReason = Arrays.copyOf(exitReason, n);
        channel = Arrays.copyOf(channel, n);
        firstFailure = Arrays.copyOf(firstFailure, n);
        firstFailureDay = Arrays.copyOf(firstFailureDay, n);
        failures = Arrays.copyOf(failures, n);
        complaints = Arrays.copyOf(complaints, n);
        recoveries = Arrays.copyOf(recoveries, n);
        activeBits = Arrays.copyOf(activeBits, (n + 63) >>> 6);
    }
}

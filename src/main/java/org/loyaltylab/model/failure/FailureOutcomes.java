package org.loyaltylab.model.failure;

/**
 * Counts of one run's settled failures by (problem size, outcome, bought again), and the
 * contacts made about them: the per-run aggregate that calibration targets such as "share
 * who bought again among large problems resolved" or "share of failures complained about" are
 * computed from, without the failure record. Failures still open at the horizon are counted
 * when the model closes them there.
 */
public final class FailureOutcomes {
    private static final int SIZES = ProblemSize.values().length;
    private static final int OUTCOMES = FailureOutcome.values().length;
    private static final int BOUGHT = BoughtAgain.values().length;

    private final long[] counts = new long[SIZES * OUTCOMES * BOUGHT];
    private long contacts;

    /** Counts one final record. */
    public void add(FailureRecord r) {
        counts[index(r.size(), r.outcome(), r.boughtAgain())]++;
        contacts += r.contacts();
    }

    /** @return failures of this size and outcome whose bought-again flag is {@code bought} */
    public long count(ProblemSize size, FailureOutcome outcome, BoughtAgain bought) {
        return counts[index(size, outcome, bought)];
    }

    /** @return failures of this size and outcome, whatever their bought-again flag */
    public long count(ProblemSize size, FailureOutcome outcome) {
        long sum = 0;
        for (BoughtAgain b : BoughtAgain.values()) {
            sum += count(size, outcome, b);
        }
        return sum;
    }

    /** @return failures of this outcome, both sizes */
    public long count(FailureOutcome outcome) {
        return count(ProblemSize.SMALL, outcome) + count(ProblemSize.LARGE, outcome);
    }

    /** @return every counted failure */
    public long failures() {
        long sum = 0;
        for (long c : counts) {
            sum += c;
        }
        return sum;
    }

    /** @return counted failures the customer complained about */
    public long complained() {
        return failures() - count(FailureOutcome.NO_COMPLAINT);
    }

    /** @return contacts made about the counted failures */
    public long contacts() {
        return contacts;
    }

    /** @return the share of failures complained about, NaN if none */
    public double complaintShare() {
        long n = failures();
        return n == 0 ? Double.NaN : (double) complained() / n;
    }

    /**
     * @return the share who bought again among failures of this size and outcome whose flag is
     *         known (0 or 1), NaN if none
     */
    public double boughtAgainShare(ProblemSize size, FailureOutcome outcome) {
        long yes = count(size, outcome, BoughtAgain.YES);
        long known = yes + count(size, outcome, BoughtAgain.NO);
        return known == 0 ? Double.NaN : (double) yes / known;
    }

    private static int index(ProblemSize size, FailureOutcome outcome, BoughtAgain bought) {
        return (size.ordinal() * OUTCOMES + outcome.ordinal()) * BOUGHT + bought.ordinal();
    }
}

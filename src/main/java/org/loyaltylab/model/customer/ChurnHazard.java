package org.loyaltylab.model.customer;

/**
 * The churn hazard of M8 and its closed-form integral. Between encounters loyalty L and felt
 * appreciation A drift exponentially towards their anchors:
 * {@code L(s) = La + (L0 - La) exp(-s / tauL)}, {@code A(s) = Aa + (A0 - Aa) exp(-s / tauA)}.
 * The hazard per day is
 * {@code h(s) = natural + unresolved * open + competition * (1 - L(s)) * (indifference * (1 - A(s)) + competitor)},
 * where {@code open} is 1 while the customer's latest failure is unresolved: loyal customers
 * resist both a rival's offer and the pull of feeling unappreciated,
 * so its integral over {@code [0, d]} has a closed form and churn times are drawn by inverting
 * it against an exponential budget, with no per-day stepping.
 */
public final class ChurnHazard {
    /** Relative margin of {@link #surelyBelow}: the integral's rounding error is some 1e-15 of its size. */
    private static final double ROUNDING_MARGIN = 1e-9;

    private final double natural;
    private final double unresolved;
    private final double indifference;
    private final double competitor;
    private final double tauLoyalty;
    private final double tauAppreciation;
    /** The time constant of the product of both drifts, {@code tauL tauA / (tauL + tauA)}. */
    private final double tauBoth;

    /**
     * @param naturalPerDay      hazard no policy changes, per day
     * @param unresolvedPerDay   extra hazard per day while a problem is unresolved
     * @param indifferencePerDay hazard per day at zero appreciation, competition included
     * @param competitorPerDay   hazard per day at zero loyalty, competition included
     * @param tauLoyalty         loyalty drift time constant, days
     * @param tauAppreciation    appreciation drift time constant, days
     */
    public ChurnHazard(double naturalPerDay, double unresolvedPerDay, double indifferencePerDay, double competitorPerDay,
                       double tauLoyalty, double tauAppreciation) {
        this.natural = naturalPerDay;
        this.unresolved = unresolvedPerDay;
        this.indifference = indifferencePerDay;
        this.competitor = competitorPerDay;
        this.tauLoyalty = tauLoyalty;
        this.tauAppreciation = tauAppreciation;
        tauBoth = tauLoyalty * tauAppreciation / (tauLoyalty + tauAppreciation);
    }

    /** @return loyalty after {@code d} days of drift from {@code l0} towards {@code anchor} */
    public double loyaltyAfter(double l0, double anchor, double d) {
        return anchor + (l0 - anchor) * Math.exp(-d / tauLoyalty);
    }

    /** @return appreciation after {@code d} days of drift from {@code a0} towards {@code anchor} */
    public double appreciationAfter(double a0, double anchor, double d) {
        return anchor + (a0 - anchor) * Math.exp(-d / tauAppreciation);
    }

    /** @return the hazard component of indifference at loyalty {@code l} and appreciation {@code a}, per day */
    public double indifferenceRate(double l, double a) {
        return indifference * (1 - l) * (1 - a);
    }

    /** @return the hazard component of competitor pull at loyalty {@code l}, per day */
    public double competitorRate(double l) {
        return competitor * (1 - l);
    }

    /** @return the natural hazard, per day */
    public double naturalRate() {
        return natural;
    }

    /** @return the hazard of an unresolved problem, per day, for a customer with ({@code open}) or without one */
    public double unresolvedRate(boolean open) {
        return open ? unresolved : 0;
    }

    /** @return the factor by which loyalty's distance to its anchor shrinks in {@code d} days */
    public double loyaltyDecay(double d) {
        return Math.exp(-d / tauLoyalty);
    }

    /** @return the factor by which appreciation's distance to its anchor shrinks in {@code d} days */
    public double appreciationDecay(double d) {
        return Math.exp(-d / tauAppreciation);
    }

    /**
     * Tells, without exponentials, that the integrated hazard over {@code d} days stays below
     * {@code budget}: loyalty and appreciation drift monotonically between their start and anchor,
     * so the hazard never exceeds its value at the lower of each pair, and that rate times
     * {@code d}, with a margin far above the integral's rounding error, is below the budget. A
     * {@code true} answer is certain; {@code false} means only that the exact integral must decide.
     * States outside [0, 1] always answer {@code false}.
     *
     * @return true if {@link #integral(double, double, double, double, double, boolean)} is below {@code budget}
     */
    public boolean surelyBelow(double l0, double la, double a0, double aa, double d, boolean open, double budget) {
        double lowL = Math.min(l0, la);
        double lowA = Math.min(a0, aa);
        if (!(lowL >= 0 && Math.max(l0, la) <= 1 && lowA >= 0 && Math.max(a0, aa) <= 1)) {
            return false;
        }
        double highest = natural + unresolvedRate(open) + (1 - lowL) * (competitor + indifference * (1 - lowA));
        return highest * d * (1 + ROUNDING_MARGIN) < budget;
    }

    /**
     * @return the integrated hazard over {@code d} days from state (l0, a0) with anchors (la, aa)
     */
    public double integral(double l0, double la, double a0, double aa, double d, boolean open) {
        return integral(l0, la, a0, aa, d, loyaltyDecay(d), appreciationDecay(d), open);
    }

    /**
     * The integrated hazard with the decay factors of {@code d} already computed.
     *
     * @param decayL {@link #loyaltyDecay(double)} of {@code d}
     * @param decayA {@link #appreciationDecay(double)} of {@code d}
     * @param open   whether the customer has an unresolved problem
     * @return the integrated hazard over {@code d} days
     */
    public double integral(double l0, double la, double a0, double aa, double d, double decayL, double decayA,
                           boolean open) {
        double gapL = 1 - la;
        double gapA = 1 - aa;
        double dl = l0 - la;
        double da = a0 - aa;
        double intL = tauLoyalty * (1 - decayL);
        double intA = tauAppreciation * (1 - decayA);
        double intBoth = tauBoth * (1 - decayL * decayA);
        double disloyalty = gapL * d - dl * intL;
        double bothGaps = gapL * gapA * d - gapA * dl * intL - gapL * da * intA + dl * da * intBoth;
        return (natural + unresolvedRate(open)) * d + competitor * disloyalty + indifference * bothGaps;
    }

    /**
     * Finds the time at which the integrated hazard reaches {@code budget}, known to lie in
     * {@code [0, upper]} (the integral is non-decreasing). Newton steps safeguarded by bisection.
     *
     * @return days until the budget is used up
     */
    public double timeToExhaust(double l0, double la, double a0, double aa, boolean open, double budget,
                                double upper) {
        double lo = 0;
        double hi = upper;
        double d = upper * 0.5;
        for (int i = 0; i < 100; i++) {
            double f = integral(l0, la, a0, aa, d, open) - budget;
            if (Math.abs(f) < 1e-12) {
                return d;
            }
            if (f > 0) {
                hi = d;
            } else {
                lo = d;
            }
            double l = loyaltyAfter(l0, la, d);
            double rate = natural + unresolvedRate(open) + indifferenceRate(l, appreciationAfter(a0, aa, d))
                    + competitorRate(l);
            double next = rate > 0 ? d - f / rate : Double.NaN;
            d = next > lo && next < hi ? next : 0.5 * (lo + hi);
            if (hi - lo < 1e-10) {
                return d;
            }
        }
        return d;
    }
}

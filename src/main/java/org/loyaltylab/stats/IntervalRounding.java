package org.loyaltylab.stats;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Rounds an estimate and its confidence interval to the interval's precision: the last digit kept
 * is the second significant digit of the half-width, so "+318 k (+301 k to +335 k)", never
 * "+0.32 M (+0.30 to +0.34)" nor "+0.00 (+0.00 to +0.01)". Amounts from ten thousand up are
 * written in thousands (k), from a million up in millions (M). Without a finite half-width (one
 * replication, or no variation) three significant digits of the estimate are kept.
 */
public final class IntervalRounding {
    private final double step;
    private final double unit;
    private final String suffix;
    private final int decimals;

    private IntervalRounding(double step, double magnitude) {
        this.step = step;
        this.unit = magnitude >= 1e6 ? 1e6 : magnitude >= 1e4 ? 1e3 : 1;
        this.suffix = unit == 1e6 ? " M" : unit == 1e3 ? " k" : "";
        this.decimals = (int) Math.max(0, Math.ceil(-Math.log10(step / unit) - 1e-9));
    }

    /** @return the rounding for {@code ci}'s estimate and bounds */
    public static IntervalRounding of(ConfidenceInterval ci) {
        double magnitude = Math.max(Math.abs(ci.mean()), Math.max(abs(ci.lower()), abs(ci.upper())));
        double half = ci.halfWidth();
        double step;
        if (half > 0 && Double.isFinite(half)) {
            step = Math.pow(10, Math.floor(Math.log10(half)) - 1);
        } else {
            step = magnitude > 0 ? Math.pow(10, Math.floor(Math.log10(magnitude)) - 2) : 1;
        }
        return new IntervalRounding(step, magnitude);
    }

    /** @return the rounding for a count (customers, agents): as {@link #of}, never finer than whole numbers */
    public static IntervalRounding ofCount(ConfidenceInterval ci) {
        IntervalRounding r = of(ci);
        return r.step >= 1 ? r : new IntervalRounding(1, Math.max(Math.abs(ci.mean()), 1));
    }

    private static double abs(double x) {
        return Double.isNaN(x) ? 0 : Math.abs(x);
    }

    /** @return {@code x} rounded to the step, in the unit, e.g. "318 k", "1,063", "0.042" */
    public String format(double x) {
        if (Double.isNaN(x)) {
            return "n/a";
        }
        double rounded = Math.round(x / step) * step;
        BigDecimal v = new BigDecimal(rounded / unit).setScale(decimals, RoundingMode.HALF_EVEN);
        String s = String.format(Locale.ROOT, "%,." + decimals + "f", v);
        return (s.matches("-0[.,0]*") ? s.substring(1) : s) + suffix;
    }

    /** @return {@code x} as {@link #format}, with a sign: "+318 k", "-12", "0" */
    public String signed(double x) {
        String s = format(x);
        return x > 0 && !s.matches("0[.0]*( [kM])?") ? "+" + s : s;
    }

    /** @return the estimate and its interval, e.g. "+318 k (95 % CI +301 k to +335 k)", signed or not */
    public static String estimate(ConfidenceInterval ci, boolean signed, String unit) {
        return of(ci).estimate(ci, signed, unit, true);
    }

    /**
     * @param withBounds whether to add the interval after the estimate
     * @return the estimate (and its interval) in this rounding
     */
    public String estimate(ConfidenceInterval ci, boolean signed, String unit, boolean withBounds) {
        IntervalRounding r = this;
        String u = unit.isEmpty() ? "" : " " + unit;
        String mean = (signed ? r.signed(ci.mean()) : r.format(ci.mean())) + u;
        if (!withBounds || !(ci.halfWidth() > 0) || Double.isNaN(ci.lower())) {
            return mean;
        }
        return mean + " (95 % CI " + (signed ? r.signed(ci.lower()) : r.format(ci.lower())) + " to "
                + (signed ? r.signed(ci.upper()) : r.format(ci.upper())) + ")";
    }
}

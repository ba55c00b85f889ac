package org.loyaltylab.stats;

import java.util.Arrays;

/**
 * The Kaplan-Meier product-limit estimate of a survival function from right-censored
 * durations, with Greenwood's variance and a pointwise 95 % band on the log(-log S) scale
 * ("exponential Greenwood"), clamped to [0, 1]. Steps at the distinct event times.
 */
public final class KaplanMeier {
    private static final double Z95 = 1.959963984540054;

    private final double[] times;
    private final int[] atRisk;
    private final int[] events;
    private final double[] survival;
    private final double[] greenwood;

    /**
     * @param durations time to the event or to censoring, non-negative
     * @param observed  true where the event was observed, false where censored
     */
    public KaplanMeier(double[] durations, boolean[] observed) {
        int n = durations.length;
        Integer[] order = Durations.ascendingOrder(durations);
        double[] t = new double[n];
        int[] r = new int[n];
        int[] d = new int[n];
        int k = 0;
        int remaining = n;
        int i = 0;
        while (i < n) {
            double time = durations[order[i]];
            int deaths = 0;
            int leaving = 0;
            while (i < n && durations[order[i]] == time) {
                deaths += observed[order[i]] ? 1 : 0;
                leaving++;
                i++;
            }
            if (deaths > 0) {
                t[k] = time;
                r[k] = remaining;
                d[k] = deaths;
                k++;
            }
            remaining -= leaving;
        }
        times = Arrays.copyOf(t, k);
        atRisk = Arrays.copyOf(r, k);
        events = Arrays.copyOf(d, k);
        survival = new double[k];
        greenwood = new double[k];
        double s = 1;
        double g = 0;
        for (int j = 0; j < k; j++) {
            s *= 1 - events[j] / (double) atRisk[j];
            int survivors = atRisk[j] - events[j];
            g += survivors == 0 ? Double.POSITIVE_INFINITY : events[j] / ((double) atRisk[j] * survivors);
            survival[j] = s;
            greenwood[j] = g;
        }
    }

    /** @return the distinct event times, ascending */
    public double[] times() {
        return times.clone();
    }

    /** @return the number at risk just before each event time */
    public int[] atRisk() {
        return atRisk.clone();
    }

    /** @return the number of events at each event time */
    public int[] events() {
        return events.clone();
    }

    /** @return S(t) just after each event time */
    public double[] survival() {
        return survival.clone();
    }

    private int stepAt(double t) {
        int j = Arrays.binarySearch(times, t);
        return j >= 0 ? j : -j - 2;
    }

    /** @return S(t), the right-continuous step function */
    public double survivalAt(double t) {
        int j = stepAt(t);
        return j < 0 ? 1 : survival[j];
    }

    /** @return the number at risk at time t (just before any event at t) */
    public int atRiskAt(double t) {
        int j = Arrays.binarySearch(times, t);
        int next = j >= 0 ? j : -j - 1;
        return next < times.length ? atRisk[next] : 0;
    }

    /** @return Greenwood's standard error of S(t) */
    public double standardError(double t) {
        int j = stepAt(t);
        return j < 0 ? 0 : survival[j] * Math.sqrt(greenwood[j]);
    }

    /** @return the lower bound of the pointwise 95 % band at t */
    public double lowerAt(double t) {
        return band(t, -1);
    }

    /** @return the upper bound of the pointwise 95 % band at t */
    public double upperAt(double t) {
        return band(t, 1);
    }

    private double band(double t, int sign) {
        int j = stepAt(t);
        if (j < 0) {
            return 1;
        }
        double s = survival[j];
        if (s <= 0 || s >= 1 || Double.isInfinite(greenwood[j])) {
            return s;
        }
        double se = Math.sqrt(greenwood[j]) / Math.abs(Math.log(s));
        return Math.pow(s, Math.exp(-sign * Z95 * se));
    }

    /** @return the smallest time with S(t) at or below one half, NaN if never reached */
    public double medianSurvival() {
        for (int j = 0; j < times.length; j++) {
            if (survival[j] <= 0.5) {
                return times[j];
            }
        }
        return Double.NaN;
    }
}

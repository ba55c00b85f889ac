package org.loyaltylab.stats;

import java.util.Arrays;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * The Kaplan-Meier product-limit estimate of a survival function from right-censored durations,
 * S(t) = &prod; (1 - d<sub>j</sub>/n<sub>j</sub>) over the distinct event times t<sub>j</sub> &le; t,
 * with d<sub>j</sub> events among n<sub>j</sub> at risk (a subject censored at t<sub>j</sub> counts as
 * at risk there).
 * <p>
 * Standard errors are Greenwood's, S(t) &radic;(&sum; d<sub>j</sub> / (n<sub>j</sub>(n<sub>j</sub> - d<sub>j</sub>))).
 * The pointwise 95 % band is the "exponential Greenwood" one: symmetric on the log(-log S) scale,
 * S<sup>exp(&plusmn;1.96 &sigma;)</sup> with &sigma; = &radic;(&sum; d/(n(n - d))) / |log S|, so it always lies
 * in [0, 1]. Once S reaches 0 the standard error is NaN and the band collapses to [0, 0].
 * <p>
 * Construction sorts twice, O(n log n); queries at a time t are binary searches.
 *
 * @see <a href="https://en.wikipedia.org/wiki/Kaplan%E2%80%93Meier_estimator">Kaplan-Meier estimator</a>
 */
public final class KaplanMeier {
    private static final double Z95 = new NormalDistribution().inverseCumulativeProbability(0.975);

    private final double[] sortedDurations;
    private final double[] times;
    private final int[] atRisk;
    private final int[] events;
    private final double[] survival;
    private final double[] standardErrors;
    private final double[] lowerBounds;
    private final double[] upperBounds;

    /**
     * Estimates the survival function.
     *
     * @param durations time to the event or to censoring of each subject, non-negative
     * @param observed  true where the event was observed, false where the subject was censored
     * @throws IllegalArgumentException if the lengths differ or a duration is negative or NaN
     */
    public KaplanMeier(double[] durations, boolean[] observed) {
        if (durations.length != observed.length) {
            throw new IllegalArgumentException("durations and event flags differ in length: " + durations.length
                    + " and " + observed.length);
        }
        int n = durations.length;
        int eventCount = 0;
        for (int i = 0; i < n; i++) {
            if (!(durations[i] >= 0)) {
                throw new IllegalArgumentException("durations must be non-negative, got " + durations[i]);
            }
            eventCount += observed[i] ? 1 : 0;
        }
        double[] eventTimes = new double[eventCount];
        for (int i = 0, e = 0; i < n; i++) {
            if (observed[i]) {
                eventTimes[e++] = durations[i];
            }
        }
        Arrays.sort(eventTimes);
        sortedDurations = durations.clone();
        Arrays.sort(sortedDurations);
        double[] t = new double[eventCount];
        int[] r = new int[eventCount];
        int[] d = new int[eventCount];
        int k = 0;
        int gone = 0;
        for (int e = 0; e < eventCount; k++) {
            t[k] = eventTimes[e];
            while (sortedDurations[gone] < t[k]) {
                gone++;
            }
            r[k] = n - gone;
            while (e < eventCount && eventTimes[e] == t[k]) {
                d[k]++;
                e++;
            }
        }
        times = Arrays.copyOf(t, k);
        atRisk = Arrays.copyOf(r, k);
        events = Arrays.copyOf(d, k);
        survival = new double[k];
        standardErrors = new double[k];
        lowerBounds = new double[k];
        upperBounds = new double[k];
        double s = 1;
        double greenwood = 0;
        for (int j = 0; j < k; j++) {
            s *= 1 - events[j] / (double) atRisk[j];
            greenwood += events[j] / ((double) atRisk[j] * (atRisk[j] - events[j]));
            survival[j] = s;
            if (s > 0) {
                standardErrors[j] = s * Math.sqrt(greenwood);
                double sigma = Math.sqrt(greenwood) / -Math.log(s);
                lowerBounds[j] = Math.pow(s, Math.exp(Z95 * sigma));
                upperBounds[j] = Math.pow(s, Math.exp(-Z95 * sigma));
            } else {
                standardErrors[j] = Double.NaN;
            }
        }
    }

    /**
     * Returns the distinct event times.
     *
     * @return t<sub>j</sub>, ascending
     */
    public double[] times() {
        return times.clone();
    }

    /**
     * Returns the number at risk at each event time.
     *
     * @return n<sub>j</sub>, those with duration &ge; t<sub>j</sub>
     */
    public int[] atRisk() {
        return atRisk.clone();
    }

    /**
     * Returns the number of events at each event time.
     *
     * @return d<sub>j</sub>
     */
    public int[] events() {
        return events.clone();
    }

    /**
     * Returns the survival estimate at each event time.
     *
     * @return S(t<sub>j</sub>)
     */
    public double[] survival() {
        return survival.clone();
    }

    /**
     * Returns Greenwood's standard error at each event time.
     *
     * @return SE(S(t<sub>j</sub>))
     */
    public double[] standardErrors() {
        return standardErrors.clone();
    }

    /**
     * Returns the lower bound of the pointwise 95 % band at each event time.
     *
     * @return the exponential Greenwood lower bounds
     */
    public double[] lowerBounds() {
        return lowerBounds.clone();
    }

    /**
     * Returns the upper bound of the pointwise 95 % band at each event time.
     *
     * @return the exponential Greenwood upper bounds
     */
    public double[] upperBounds() {
        return upperBounds.clone();
    }

    /**
     * Returns the survival estimate at a time: a right-continuous step function, 1 before the first
     * event time.
     *
     * @param t the time
     * @return S(t)
     */
    public double survivalAt(double t) {
        return stepValue(survival, t, 1);
    }

    /**
     * Returns Greenwood's standard error at a time.
     *
     * @param t the time
     * @return SE(S(t)), 0 before the first event time
     */
    public double standardErrorAt(double t) {
        return stepValue(standardErrors, t, 0);
    }

    /**
     * Returns the lower bound of the pointwise 95 % band at a time.
     *
     * @param t the time
     * @return the exponential Greenwood lower bound, 1 before the first event time
     */
    public double lowerAt(double t) {
        return stepValue(lowerBounds, t, 1);
    }

    /**
     * Returns the upper bound of the pointwise 95 % band at a time.
     *
     * @param t the time
     * @return the exponential Greenwood upper bound, 1 before the first event time
     */
    public double upperAt(double t) {
        return stepValue(upperBounds, t, 1);
    }

    /**
     * Returns the number at risk at a time.
     *
     * @param t the time
     * @return the number of subjects with duration &ge; t
     */
    public int atRiskAt(double t) {
        int lo = 0;
        int hi = sortedDurations.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sortedDurations[mid] < t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return sortedDurations.length - lo;
    }

    /**
     * Returns the median survival time.
     *
     * @return the first event time with S(t) &le; 0.5, NaN if the estimate never falls that low
     */
    public double medianSurvival() {
        for (int j = 0; j < times.length; j++) {
            if (survival[j] <= 0.5) {
                return times[j];
            }
        }
        return Double.NaN;
    }

    /** Returns the value at t of a step function over the event times, {@code before} the first. */
    private double stepValue(double[] values, double t, double before) {
        if (Double.isNaN(t)) {
            return Double.NaN;
        }
        int j = Arrays.binarySearch(times, t);
        int step = j >= 0 ? j : -j - 2;
        return step < 0 ? before : values[step];
    }
}

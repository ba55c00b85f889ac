package org.loyaltylab.analysis;

import org.loyaltylab.model.metric.SeriesMetrics;

/**
 * A figure computed over a window of rows {@code from..to} (inclusive) of one run; the
 * intervals of the window are those ending at rows {@code from + 1 .. to}.
 */
@FunctionalInterface
public interface WindowStatistic {
    /** @return the figure, NaN where it is undefined */
    double of(Run run, int from, int to);

    /** @return the value of a column on the window's last row (a window of zero intervals is a level) */
    static WindowStatistic level(String column) {
        return (run, from, to) -> run.value(column, to);
    }

    /**
     * Customers who left per 30 days, in % of the mean of the active customers on the window's
     * rows: 100 x (churned(to) - churned(from)) / mean active x 30 / (day(to) - day(from)).
     *
     * @param churnedTotal the cumulative count of customers who left
     * @param active       the count of active customers
     * @return the rate, NaN over a window of no days or no active customers
     */
    static WindowStatistic churnPer30Days(String churnedTotal, String active) {
        return (run, from, to) -> {
            double days = run.day(to) - run.day(from);
            double left = run.value(churnedTotal, to) - run.value(churnedTotal, from);
            double sum = 0;
            int n = 0;
            for (int j = from; j <= to; j++) {
                double a = run.value(active, j);
                if (!Double.isNaN(a)) {
                    sum += a;
                    n++;
                }
            }
            double mean = n > 0 ? sum / n : Double.NaN;
            return days > 0 && mean > 0 ? 100 * left / mean * 30 / days : Double.NaN;
        };
    }

    /**
     * @return the ratio of the sums of two per-interval columns over the window's intervals
     *         (rows where either is missing skipped), NaN when the denominator sums to zero
     */
    static WindowStatistic ratio(String numerator, String denominator) {
        return (run, from, to) -> {
            double num = 0;
            double den = 0;
            for (int j = Math.max(from + 1, 0); j <= to; j++) {
                double n = run.value(numerator, j);
                double d = run.value(denominator, j);
                if (!Double.isNaN(n) && !Double.isNaN(d)) {
                    num += n;
                    den += d;
                }
            }
            return den > 0 ? num / den : Double.NaN;
        };
    }

    /**
     * @param rate   a per-interval rate column
     * @param weight a per-interval count, or null for equal weights
     * @return the mean of the rate over the window's intervals weighted by the count; equal
     *         weights when the counts are all zero or missing; NaN when no rate is present
     */
    static WindowStatistic weightedMean(String rate, Count weight) {
        return (run, from, to) -> {
            double sum = 0;
            double weights = 0;
            double plain = 0;
            int n = 0;
            for (int j = Math.max(from + 1, 0); j <= to; j++) {
                double v = run.value(rate, j);
                if (Double.isNaN(v)) {
                    continue;
                }
                double w = weight == null ? 1 : weight.at(run, j);
                if (!Double.isNaN(w) && w > 0) {
                    sum += v * w;
                    weights += w;
                }
                plain += v;
                n++;
            }
            if (weights > 0) {
                return sum / weights;
            }
            return n > 0 ? plain / n : Double.NaN;
        };
    }

    /** A count over the interval ending at a row of one run, NaN where it is missing. */
    @FunctionalInterface
    interface Count {
        /** @return the count over the interval ending at {@code row} */
        double at(Run run, int row);

        /** @return the value of a per-interval column */
        static Count column(String column) {
            return (run, row) -> run.value(column, row);
        }

        /**
         * @return the contacts that ended their wait in the interval, served or abandoned: the
         *         arrivals less the growth of the queue (an arrival is served at once, or waits
         *         until it is served or hangs up; the queue is empty on day 0)
         */
        static Count waitsEnded() {
            return (run, row) -> run.value(SeriesMetrics.CONTACTS.key(), row) - queueGrowth(run, row);
        }

        /** @return the contacts served in the interval: the waits ended less the abandoned */
        static Count served() {
            return (run, row) -> waitsEnded().at(run, row) - run.value(SeriesMetrics.ABANDONED.key(), row);
        }

        private static double queueGrowth(Run run, int row) {
            String queue = SeriesMetrics.QUEUE_LENGTH.key();
            return run.value(queue, row) - (row > 0 ? run.value(queue, row - 1) : 0);
        }
    }
}

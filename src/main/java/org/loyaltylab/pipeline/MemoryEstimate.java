package org.loyaltylab.pipeline;

import static org.loyaltylab.model.param.ParameterRegistry.FAILURE_PROBABILITY;
import static org.loyaltylab.model.param.ParameterRegistry.GOOD_STORY_REACH;
import static org.loyaltylab.model.param.ParameterRegistry.INITIAL_CUSTOMERS;
import static org.loyaltylab.model.param.ParameterRegistry.MARKETING_ACQUISITION;
import static org.loyaltylab.model.param.ParameterRegistry.MAX_CUSTOMERS;
import static org.loyaltylab.model.param.ParameterRegistry.NETWORK_DEGREE;
import static org.loyaltylab.model.param.ParameterRegistry.OBSERVATION_INTERVAL;
import static org.loyaltylab.model.param.ParameterRegistry.PURCHASE_RATE_MEAN;
import static org.loyaltylab.model.param.ParameterRegistry.STORY_CONVERSION;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.loyaltylab.BadInputException;
import org.loyaltylab.experiment.RunResult;
import org.loyaltylab.model.param.Parameters;

/**
 * The heap a run may need, estimated before it starts from the customers it may reach, and the
 * refusal of a run that cannot fit.
 *
 * <p>Customers one run may reach: {@code (initial + marketing per day x days) x e^(r x days)},
 * at most {@code market.max_customers}, where {@code r} bounds the referrals per customer and day:
 * a referral needs a good story, a good story a complaint that was recovered, a complaint a failed
 * purchase, so {@code r = purchase rate x failure probability x min(good story reach, network
 * degree) x conversion}. It is an upper bound (churn is ignored), and the ceiling keeps it finite.
 *
 * <p>Bytes: a running model keeps 240 to 320 bytes per customer ever acquired ({@code loyaltylab
 * bench}, 1.11 million customers: 241 under -Xmx4g and 293 under the launcher's default heap,
 * where the collector's larger regions hold each large array with more slack; 242 and 299 to
 * 316 before the customer's record was split in two). The model reserves
 * room for 5 % more customers than it expects and grows its arrays by a quarter beyond that;
 * {@link #MODEL_BYTES_PER_CUSTOMER} covers both. The customer table each finished run keeps until the tables are written holds
 * 12 floats and 3 references a customer ({@link #TABLE_BYTES_PER_CUSTOMER}). The bench ran with
 * 6 social links a customer; each link more costs 4 bytes. Each running or kept run also holds
 * its time series, one row per observation ({@link #OBSERVATION_BYTES}).
 */
public final class MemoryEstimate {
    /** Heap of a running model per customer ever acquired, bytes. */
    static final double MODEL_BYTES_PER_CUSTOMER = 400;
    /** Bytes of one social link; the model keeps {@code market.network_degree} of them per customer. */
    static final double LINK_BYTES = 4;
    /** The network degree of the bench that measured {@link #MODEL_BYTES_PER_CUSTOMER}. */
    static final int BENCH_DEGREE = 6;
    /** Heap of a finished run's customer table per customer, bytes. */
    static final double TABLE_BYTES_PER_CUSTOMER = 64;
    /**
     * Heap of one row of a run's time series, bytes: an observation holds about 48 named figures
     * in a map (3,510 bytes measured), and its lag bin of loyalty since failure about 130.
     */
    static final double OBSERVATION_BYTES = 3_700;
    /** Room left for runs yet to come beyond the largest so far. */
    static final double MARGIN = 1.25;
    /** Share of the heap runs may fill; the rest is for time series, tables being written and the JVM. */
    static final double USABLE_SHARE = 0.8;

    private static final Set<String> DRIVERS = Stream.of(INITIAL_CUSTOMERS, MARKETING_ACQUISITION, PURCHASE_RATE_MEAN,
            FAILURE_PROBABILITY, GOOD_STORY_REACH, NETWORK_DEGREE, STORY_CONVERSION, MAX_CUSTOMERS)
            .map(d -> d.key()).collect(Collectors.toUnmodifiableSet());

    private MemoryEstimate() {
    }

    /** @return the parameters of {@code point} that change the estimate (a sweep's other factors do not) */
    static Map<String, Object> relevant(Map<String, Object> point) {
        Map<String, Object> kept = new LinkedHashMap<>(point);
        kept.keySet().retainAll(DRIVERS);
        return kept;
    }

    /** @return the most customers one run of {@code p} over {@code days} may acquire */
    public static long customersReachable(Parameters p, int days) {
        double bound = (p.integer(INITIAL_CUSTOMERS) + p.real(MARKETING_ACQUISITION) * days)
                * Math.exp(referralRate(p) * days);
        return (long) Math.min(bound, p.integer(MAX_CUSTOMERS));
    }

    private static double referralRate(Parameters p) {
        return p.real(PURCHASE_RATE_MEAN) * p.real(FAILURE_PROBABILITY)
                * Math.min(p.integer(GOOD_STORY_REACH), p.integer(NETWORK_DEGREE)) * p.real(STORY_CONVERSION);
    }

    /**
     * Refuses runs that cannot fit in {@code heapBytes}.
     *
     * @param runs        the parameters of every kind of run (arms, or arms at sweep points)
     * @param days        the horizon
     * @param concurrent  runs at once (worker threads, at most the number of runs)
     * @param kept        finished runs whose customer tables and time series stay in memory until written (0 for
     *                    sweeps)
     * @param heapBytes   the heap, usually {@code Runtime.getRuntime().maxMemory()}
     * @throws BadInputException naming the parameters that drive the growth if the run cannot fit
     */
    public static void check(Iterable<Parameters> runs, int days, int concurrent, long kept, long heapBytes) {
        Parameters largest = null;
        double largestBytes = -1;
        for (Parameters p : runs) {
            double bytes = customersReachable(p, days) * bytesPerCustomer(p, concurrent, kept)
                    + seriesBytes(p, days, concurrent, kept);
            if (bytes > largestBytes) {
                largestBytes = bytes;
                largest = p;
            }
        }
        double usable = heapBytes * USABLE_SHARE;
        if (largest == null || largestBytes <= usable) {
            return;
        }
        double series = seriesBytes(largest, days, concurrent, kept);
        long fits = (long) Math.max(0, (usable - series) / bytesPerCustomer(largest, concurrent, kept));
        throw new BadInputException(String.format(Locale.ROOT, "this run may need about %s of memory and has %s "
                + "(Java's -Xmx; the launcher reads LOYALTYLAB_HEAP). Customers: up to %,d a run, %s; %d run(s) at "
                + "once and the customer tables of %d run(s) kept until written. Time series: %s (%,d rows a run, "
                + "days / %s %d, for %d runs). %s use fewer --threads or replications, or give Java more memory.",
                gigabytes(largestBytes), gigabytes(heapBytes), customersReachable(largest, days),
                drivers(largest, days), concurrent, kept, gigabytes(series), rows(largest, days),
                OBSERVATION_INTERVAL.key(), largest.integer(OBSERVATION_INTERVAL), concurrent + kept,
                fits > 0 ? String.format(Locale.ROOT, "Lower what drives the growth, set %s to at most %,d "
                        + "(--set %s=N),", MAX_CUSTOMERS.key(), fits, MAX_CUSTOMERS.key())
                        : "Observe less often (a longer " + OBSERVATION_INTERVAL.key() + "),"));
    }

    /**
     * Whether {@code more} runs fit beside {@code results}, judged from the sizes of the runs so far
     * (a quarter added): {@code --precision} asks before each batch it adds.
     *
     * @param concurrent runs at once
     * @param heapBytes  the heap
     */
    static boolean roomFor(List<RunResult> results, int more, int concurrent, long heapBytes) {
        double kept = 0;
        double largestRun = 0;
        double largestBase = 0;
        for (RunResult r : results) {
            double bytes = r.customers().size() * TABLE_BYTES_PER_CUSTOMER + r.observations().size() * OBSERVATION_BYTES;
            kept += bytes;
            largestRun = Math.max(largestRun, bytes);
            largestBase = Math.max(largestBase, r.customers().size());
        }
        double next = MARGIN * (more * largestRun + concurrent * largestBase * MODEL_BYTES_PER_CUSTOMER);
        return kept + next <= heapBytes * USABLE_SHARE;
    }

    /** @return heap per customer of {@code concurrent} running models and {@code kept} finished runs */
    private static double bytesPerCustomer(Parameters p, int concurrent, long kept) {
        double model = MODEL_BYTES_PER_CUSTOMER + LINK_BYTES * (p.integer(NETWORK_DEGREE) - BENCH_DEGREE);
        return concurrent * model + kept * TABLE_BYTES_PER_CUSTOMER;
    }

    /** @return heap of the time series of running and kept runs */
    private static double seriesBytes(Parameters p, int days, int concurrent, long kept) {
        return (concurrent + kept) * (double) rows(p, days) * OBSERVATION_BYTES;
    }

    private static long rows(Parameters p, int days) {
        return days / p.integer(OBSERVATION_INTERVAL) + 2;
    }

    /** @return the parameters that set the bound, with their values */
    private static String drivers(Parameters p, int days) {
        return String.format(Locale.ROOT, "(%s %,d + %s %s x %,d days) x word of mouth up to %s (e^(%s x %s x "
                        + "min(%s, %s) x %s x days)), at most %s %,d", INITIAL_CUSTOMERS.key(),
                p.integer(INITIAL_CUSTOMERS), MARKETING_ACQUISITION.key(), p.real(MARKETING_ACQUISITION), days,
                growth(Math.exp(referralRate(p) * days)), PURCHASE_RATE_MEAN.key(), FAILURE_PROBABILITY.key(),
                GOOD_STORY_REACH.key(), NETWORK_DEGREE.key(), STORY_CONVERSION.key(), MAX_CUSTOMERS.key(),
                p.integer(MAX_CUSTOMERS));
    }

    /** @return the word-of-mouth growth factor in words, "more than 10^300" where it overflows */
    private static String growth(double factor) {
        return factor > 1e300 ? "more than 10^300" : String.format(Locale.ROOT, "%.3g", factor);
    }

    private static String gigabytes(double bytes) {
        return String.format(Locale.ROOT, "%.1f GB", bytes / (1L << 30));
    }
}

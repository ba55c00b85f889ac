package org.loyaltylab.stats;

/**
 * Palm's M/M/c+M queue (Erlang A): Poisson arrivals at rate &lambda;, exponential service at rate
 * &mu; per server, c servers, and exponential patience, each waiting customer abandoning at rate
 * &theta;. Stable at any load.
 * <p>
 * The number in system is a birth-death chain with birth rate &lambda; and death rate n&mu; for
 * n &le; c, c&mu; + (n - c)&theta; above. Its exact stationary distribution is summed outwards from
 * the most likely state, with weights relative to that state (so none exceeds one and nothing
 * overflows), until geometric bounds show the rest below 1e-16 of each sum. Abandonment and waiting
 * follow from the mean queue length L<sub>q</sub>: P(abandon) = &theta; L<sub>q</sub> / &lambda; and
 * E[W] = L<sub>q</sub> / &lambda; (Little's law).
 *
 * @see <a href="https://doi.org/10.1287/msom.1040.0049">Mandelbaum &amp; Zeltyn, Erlang-A (2005)</a>
 */
public final class ErlangA {
    private static final double NEGLIGIBLE = 1e-16;

    private final double arrivalRate;
    private final double serviceRate;
    private final int servers;
    private final double abandonmentRate;
    private final double probabilityOfWait;
    private final double meanQueueLength;

    /**
     * Creates an M/M/c+M queue.
     *
     * @param arrivalRate     arrival rate &lambda;
     * @param serviceRate     service rate &mu; of one server
     * @param servers         number of servers c
     * @param abandonmentRate abandonment rate &theta; of a waiting customer (1 / mean patience)
     * @throws IllegalArgumentException if a rate is not positive and finite or {@code servers < 1}
     */
    public ErlangA(double arrivalRate, double serviceRate, int servers, double abandonmentRate) {
        if (!(positiveFinite(arrivalRate) && positiveFinite(serviceRate) && positiveFinite(abandonmentRate)
                && servers > 0)) {
            throw new IllegalArgumentException("rates must be positive and finite and servers at least 1, got lambda "
                    + arrivalRate + ", mu " + serviceRate + ", c " + servers + ", theta " + abandonmentRate);
        }
        this.arrivalRate = arrivalRate;
        this.serviceRate = serviceRate;
        this.servers = servers;
        this.abandonmentRate = abandonmentRate;
        long mode = arrivalRate < servers * serviceRate ? (long) (arrivalRate / serviceRate)
                : servers + (long) ((arrivalRate - servers * serviceRate) / abandonmentRate);
        double total = 0;
        double waiting = 0;
        double queue = 0;
        double w = 1;
        for (long n = mode; w > 0; n++) {
            if (n > mode) {
                w *= arrivalRate / deathRate(n);
            }
            total += w;
            if (n >= servers) {
                waiting += w;
                queue += (n - servers) * w;
            }
            double r = arrivalRate / deathRate(n + 1);
            double rest = w * r / (1 - r);
            if (r < 1 && rest <= NEGLIGIBLE * waiting
                    && rest * (Math.max(0, n - servers) + 1 / (1 - r)) <= NEGLIGIBLE * queue) {
                break;
            }
        }
        w = 1;
        for (long n = mode - 1; n >= 0 && w > 0; n--) {
            w *= deathRate(n + 1) / arrivalRate;
            total += w;
            if (n >= servers) {
                waiting += w;
                queue += (n - servers) * w;
            }
            double q = deathRate(n) / arrivalRate;
            double rest = w * q / (1 - q);
            if (q < 1 && rest <= NEGLIGIBLE * (n > servers ? waiting : total)
                    && rest * Math.max(0, n - servers) <= NEGLIGIBLE * queue) {
                break;
            }
        }
        probabilityOfWait = waiting / total;
        meanQueueLength = queue / total;
    }

    private static boolean positiveFinite(double x) {
        return x > 0 && x < Double.POSITIVE_INFINITY;
    }

    /** Returns the total departure rate (services and abandonments) in state n. */
    private double deathRate(long n) {
        return n <= servers ? n * serviceRate : servers * serviceRate + (n - servers) * abandonmentRate;
    }

    /**
     * Returns the probability that an arrival finds every server busy.
     *
     * @return P(W &gt; 0)
     */
    public double probabilityOfWait() {
        return probabilityOfWait;
    }

    /**
     * Returns the fraction of all arrivals that abandon.
     *
     * @return P(abandon) = &theta; L<sub>q</sub> / &lambda;
     */
    public double probabilityOfAbandonment() {
        return abandonmentRate * meanQueueLength / arrivalRate;
    }

    /**
     * Returns the mean time in queue over all arrivals, served or abandoning.
     *
     * @return E[W] = L<sub>q</sub> / &lambda;
     */
    public double meanWait() {
        return meanQueueLength / arrivalRate;
    }

    /**
     * Returns the mean number waiting.
     *
     * @return L<sub>q</sub> = E[(N - c)<sup>+</sup>]
     */
    public double meanQueueLength() {
        return meanQueueLength;
    }
}

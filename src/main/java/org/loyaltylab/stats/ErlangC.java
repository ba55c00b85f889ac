package org.loyaltylab.stats;

import org.apache.commons.math3.special.Gamma;

/**
 * The M/M/c queue (Erlang C): Poisson arrivals at rate &lambda;, exponential service at rate &mu; per
 * server, c servers and unlimited patience.
 * <p>
 * The Erlang B blocking probability is taken from the Poisson distribution of the offered load
 * a = &lambda;/&mu;, B = P(N = c) / P(N &le; c) with N ~ Poisson(a), evaluated in log space with
 * {@link Gamma#logGamma} and {@link Gamma#regularizedGammaQ}; the delay probability follows as
 * C = B / (1 - &rho;(1 - B)). Both stay accurate for thousands of servers at loads close to c.
 *
 * @see <a href="https://en.wikipedia.org/wiki/Erlang_(unit)#Erlang_C_formula">Erlang C formula</a>
 */
public final class ErlangC {
    private final double arrivalRate;
    private final double serviceRate;
    private final int servers;
    private final double probabilityOfWait;

    /**
     * Creates a stable M/M/c queue.
     *
     * @param arrivalRate arrival rate &lambda;
     * @param serviceRate service rate &mu; of one server
     * @param servers     number of servers c
     * @throws IllegalArgumentException if a rate is not positive and finite, {@code servers < 1}, or
     *                                  the queue is unstable (&lambda; &ge; c&mu;)
     */
    public ErlangC(double arrivalRate, double serviceRate, int servers) {
        if (!(arrivalRate > 0 && serviceRate > 0 && arrivalRate < Double.POSITIVE_INFINITY
                && serviceRate < Double.POSITIVE_INFINITY && servers > 0)) {
            throw new IllegalArgumentException("rates must be positive and finite and servers at least 1, got lambda "
                    + arrivalRate + ", mu " + serviceRate + ", c " + servers);
        }
        if (arrivalRate >= servers * serviceRate) {
            throw new IllegalArgumentException("unstable M/M/c queue: arrival rate " + arrivalRate
                    + " is not below the total service rate c mu = " + servers * serviceRate);
        }
        this.arrivalRate = arrivalRate;
        this.serviceRate = serviceRate;
        this.servers = servers;
        double a = offeredLoad();
        double logPoissonAtC = servers * Math.log(a) - a - Gamma.logGamma(servers + 1.0);
        double erlangB = Math.exp(logPoissonAtC - Math.log(Gamma.regularizedGammaQ(servers + 1.0, a)));
        probabilityOfWait = erlangB / (1 - utilisation() * (1 - erlangB));
    }

    /**
     * Returns the offered load.
     *
     * @return a = &lambda;/&mu;, in erlangs
     */
    public double offeredLoad() {
        return arrivalRate / serviceRate;
    }

    /**
     * Returns the utilisation of the servers.
     *
     * @return &rho; = &lambda;/(c&mu;), in (0, 1)
     */
    public double utilisation() {
        return arrivalRate / (servers * serviceRate);
    }

    /**
     * Returns the probability that an arrival has to wait (Erlang C).
     *
     * @return P(W &gt; 0)
     */
    public double probabilityOfWait() {
        return probabilityOfWait;
    }

    /**
     * Returns the mean waiting time in queue over all arrivals.
     *
     * @return E[W] = C / (c&mu; - &lambda;)
     */
    public double meanWait() {
        return probabilityOfWait * meanWaitGivenWait();
    }

    /**
     * Returns the mean waiting time of the arrivals that wait.
     *
     * @return E[W | W &gt; 0] = 1 / (c&mu; - &lambda;)
     */
    public double meanWaitGivenWait() {
        return 1 / (servers * serviceRate - arrivalRate);
    }

    /**
     * Returns the probability that the wait in queue exceeds {@code t}.
     *
     * @param t the time
     * @return P(W &gt; t) = C exp(-(c&mu; - &lambda;) t) for t &ge; 0, and 1 for t &lt; 0
     */
    public double probabilityWaitExceeds(double t) {
        return t < 0 ? 1 : probabilityOfWait * Math.exp(-t / meanWaitGivenWait());
    }
}

package org.loyaltylab.stats;

import org.apache.commons.math3.special.Gamma;

/**
 * The M/M/c queue (Erlang C): Poisson arrivals at rate lambda, exponential service at rate mu,
 * c servers, infinite patience. Computed in log space through the Poisson tail
 * ({@code Gamma.regularizedGammaQ}), so it stays exact for thousands of servers.
 */
public final class ErlangC {
    private final double lambda;
    private final double mu;
    private final int servers;
    private final double probabilityOfWait;

    /**
     * @param lambda  arrival rate
     * @param mu      service rate per server
     * @param servers number of servers
     * @throws IllegalArgumentException unless lambda < servers x mu
     */
    public ErlangC(double lambda, double mu, int servers) {
        if (!(lambda > 0 && mu > 0 && servers > 0)) {
            throw new IllegalArgumentException("rates and servers must be positive");
        }
        if (lambda >= servers * mu) {
            throw new IllegalArgumentException("unstable queue: lambda " + lambda + " >= c mu " + servers * mu);
        }
        this.lambda = lambda;
        this.mu = mu;
        this.servers = servers;
        double a = lambda / mu;
        double logPc = servers * Math.log(a) - a - Gamma.logGamma(servers + 1.0);
        double logCdf = Math.log(Gamma.regularizedGammaQ(servers + 1.0, a));
        double erlangB = Math.exp(logPc - logCdf);
        probabilityOfWait = servers * erlangB / (servers - a * (1 - erlangB));
    }

    /** @return the offered load lambda / mu, in erlangs */
    public double offeredLoad() {
        return lambda / mu;
    }

    /** @return the utilisation lambda / (c mu) */
    public double utilisation() {
        return lambda / (servers * mu);
    }

    /** @return the probability that an arrival has to wait */
    public double probabilityOfWait() {
        return probabilityOfWait;
    }

    /** @return the mean wait in queue over all arrivals */
    public double meanWait() {
        return probabilityOfWait / (servers * mu - lambda);
    }

    /** @return the probability that the wait exceeds {@code t} */
    public double probabilityWaitExceeds(double t) {
        return probabilityOfWait * Math.exp(-(servers * mu - lambda) * t);
    }
}

package org.loyaltylab.stats;

import org.apache.commons.math3.special.Gamma;

/**
 * Palm's M/M/c+M queue (Erlang A): Poisson arrivals at rate lambda, exponential service at rate
 * mu, c servers, and exponential patience at rate theta (waiting customers abandon). Exact
 * stationary birth-death solution, summed in log space.
 */
public final class ErlangA {
    private final double lambda;
    private final double probabilityOfWait;
    private final double meanQueue;
    private final double theta;

    /**
     * @param lambda  arrival rate
     * @param mu      service rate per server
     * @param servers number of servers
     * @param theta   abandonment rate of a waiting customer (1 / mean patience), positive
     */
    public ErlangA(double lambda, double mu, int servers, double theta) {
        if (!(lambda > 0 && mu > 0 && servers > 0 && theta > 0)) {
            throw new IllegalArgumentException("rates, servers and theta must be positive");
        }
        this.lambda = lambda;
        this.theta = theta;
        double a = lambda / mu;
        double logTop = servers * Math.log(a) - Gamma.logGamma(servers + 1.0);
        double logBelow = a + Math.log(Gamma.regularizedGammaQ(servers + 1.0, a));
        double tail = 0;
        double weightedTail = 0;
        double term = 1;
        for (int k = 1; k < 10_000_000; k++) {
            term *= lambda / (servers * mu + k * theta);
            tail += term;
            weightedTail += k * term;
            if (term < 1e-17 * tail && k * term < 1e-17 * weightedTail) {
                break;
            }
        }
        double top = Math.exp(logTop - logBelow);
        double z = 1 - top + top * (1 + tail);
        probabilityOfWait = top * (1 + tail) / z;
        meanQueue = top * weightedTail / z;
    }

    /** @return the probability that an arrival finds every server busy */
    public double probabilityOfWait() {
        return probabilityOfWait;
    }

    /** @return the mean number waiting */
    public double meanQueueLength() {
        return meanQueue;
    }

    /** @return the fraction of arrivals that abandon */
    public double probabilityOfAbandonment() {
        return theta * meanQueue / lambda;
    }

    /** @return the mean time in queue over all arrivals (served or not), by Little's law */
    public double meanWait() {
        return meanQueue / lambda;
    }
}

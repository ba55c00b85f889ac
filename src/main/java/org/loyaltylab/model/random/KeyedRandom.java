package org.loyaltylab.model.random;

/**
 * A counter-based random number generator: the numbers for one event are a pure function of
 * (replication seed, stream, entity id, event counter, draw index), so they do not depend on
 * what else happened in the run. This gives common random numbers across policy arms, exact
 * reproducibility from one seed, and independence of thread count.
 *
 * <p>Usage: {@link #start(Stream, long, long)} positions the generator on one event, then
 * {@link #uniform()} and the derived draws return that event's numbers in sequence.
 * Instances are mutable and not thread-safe: one per simulation.
 */
public final class KeyedRandom {
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;
    private static final double INV_2_53 = 1.0 / (1L << 53);

    private final long seed;
    private long eventKey;
    private long index;

    /** @param seed the replication seed */
    public KeyedRandom(long seed) {
        this.seed = mix(seed ^ 0x5DEECE66DL);
    }

    /** @return a seed for replication {@code replication} derived from a master seed */
    public static long replicationSeed(long masterSeed, int replication) {
        return mix(mix(masterSeed) + GOLDEN * (replication + 1L));
    }

    /**
     * Positions the generator at the first draw of one event.
     *
     * @param stream  the purpose
     * @param id      the entity (customer, agent) the event belongs to
     * @param counter the entity's event number within that stream
     * @return this generator
     */
    public KeyedRandom start(Stream stream, long id, long counter) {
        long k = mix(seed + GOLDEN * (stream.ordinal() + 1));
        k = mix(k + id * 0xD1B54A32D192ED03L);
        eventKey = mix(k + counter * 0x8CB92BA72F3D8DD7L);
        index = 0;
        return this;
    }

    /** @return the next uniform number in (0, 1) */
    public double uniform() {
        long bits = mix(eventKey + GOLDEN * (++index)) >>> 11;
        return (bits + 0.5) * INV_2_53;
    }

    /** @return an exponential draw with the given mean */
    public double exponential(double mean) {
        return -mean * Math.log(uniform());
    }

    /** @return a standard normal draw (inverse transform, one uniform) */
    public double normal() {
        return NormalQuantile.of(uniform());
    }

    /**
     * @param shape the gamma shape, positive
     * @return a gamma(shape, 1) draw (Marsaglia and Tsang 2000)
     */
    public double gamma(double shape) {
        if (shape < 1) {
            double boost = Math.pow(uniform(), 1.0 / shape);
            return gamma(shape + 1) * boost;
        }
        double d = shape - 1.0 / 3.0;
        double c = 1.0 / Math.sqrt(9 * d);
        while (true) {
            double z = normal();
            double v = 1 + c * z;
            if (v <= 0) {
                continue;
            }
            v = v * v * v;
            double u = uniform();
            if (Math.log(u) < 0.5 * z * z + d - d * v + d * Math.log(v)) {
                return d * v;
            }
        }
    }

    /**
     * @param mean          the mean, in (0, 1)
     * @param concentration a + b, positive
     * @return a Beta draw with that mean and concentration
     */
    public double beta(double mean, double concentration) {
        double x = gamma(mean * concentration);
        double y = gamma((1 - mean) * concentration);
        return x / (x + y);
    }

    /** @return true with probability {@code p} */
    public boolean chance(double p) {
        return uniform() < p;
    }

    /** SplitMix64's finaliser: a bijective 64-bit mixer. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}

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
 *
 * <p>Every variate takes a fixed number of draws of the event's sequence, whatever its
 * parameters: one for {@link #uniform()}, {@link #exponential(double)}, {@link #normal()},
 * {@link #chance(double)} and {@link #gamma(double)}, two for {@link #beta(double, double)}.
 * So changing one distribution's parameters changes that variate only, never the draws that
 * follow it for the same event. The gamma variate is sampled by rejection (Marsaglia and
 * Tsang 2000), exact for every shape: its draw of the event's sequence gives the first
 * candidate (a normal score by inversion), and any further candidates, the acceptance tests
 * and the boost for shapes below 1 come from a private sub-sequence keyed by that draw. The
 * first candidate is accepted more than 95 % of the time, and is then a monotone function of
 * the draw close to the gamma quantile (Wilson and Hilferty's cube), so arms with different
 * shapes stay nearly as tightly coupled as under exact inversion, at a small fraction of its
 * cost.
 *
 * <p>Invalid parameters throw {@link IllegalArgumentException} naming the parameter.
 */
public final class KeyedRandom {
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;
    private static final long SUBSEQUENCE = 0x632BE59BD9B4E019L;
    private static final double INV_2_53 = 1.0 / (1L << 53);

    /** Each stream's key, {@code mix(mixedSeed + GOLDEN * (ordinal + 1))}, computed once. */
    private final long[] streamKeys = new long[Stream.values().length];
    private long eventKey;
    private long index;
    private long subKey;
    private long subIndex;

    /** @param seed the replication seed */
    public KeyedRandom(long seed) {
        long mixedSeed = mix(seed ^ 0x5DEECE66DL);
        for (int i = 0; i < streamKeys.length; i++) {
            streamKeys[i] = mix(mixedSeed + GOLDEN * (i + 1));
        }
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
        long k = mix(streamKeys[stream.ordinal()] + id * 0xD1B54A32D192ED03L);
        eventKey = mix(k + counter * 0x8CB92BA72F3D8DD7L);
        index = 0;
        return this;
    }

    /** @return the next uniform number in (0, 1) */
    public double uniform() {
        return unit(mix(eventKey + GOLDEN * (++index)));
    }

    /**
     * @param mean the mean, non-negative ({@code +Infinity} gives an infinite time)
     * @return an exponential draw with the given mean (inversion, one draw)
     * @throws IllegalArgumentException if {@code mean} is negative or NaN
     */
    public double exponential(double mean) {
        if (!(mean >= 0)) {
            throw new IllegalArgumentException("exponential mean must be >= 0, got " + mean);
        }
        return -mean * Math.log(uniform());
    }

    /** @return a standard normal draw (inversion, one draw) */
    public double normal() {
        return NormalQuantile.of(uniform());
    }

    /**
     * @param shape the gamma shape, positive and finite
     * @return a gamma(shape, 1) draw (Marsaglia and Tsang 2000; one draw of the event's sequence)
     * @throws IllegalArgumentException if {@code shape} is not positive and finite
     */
    public double gamma(double shape) {
        if (!(shape > 0 && shape < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("gamma shape must be positive and finite, got " + shape);
        }
        long bits = mix(eventKey + GOLDEN * (++index));
        subKey = mix(bits ^ SUBSEQUENCE);
        subIndex = 0;
        double core = shape < 1 ? shape + 1 : shape;
        double d = core - 1.0 / 3.0;
        double c = 1.0 / Math.sqrt(9 * d);
        double z = NormalQuantile.of(unit(bits));
        while (true) {
            double v = 1 + c * z;
            if (v > 0) {
                v = v * v * v;
                if (Math.log(subUniform()) < 0.5 * z * z + d - d * v + d * Math.log(v)) {
                    double x = d * v;
                    return shape < 1 ? x * Math.pow(subUniform(), 1.0 / shape) : x;
                }
            }
            z = NormalQuantile.of(subUniform());
        }
    }

    /**
     * @param mean          the mean, in (0, 1)
     * @param concentration a + b, positive and finite
     * @return a Beta(a, b) draw with that mean and concentration, as X / (X + Y) of two gamma
     *         draws (two draws of the event's sequence)
     * @throws IllegalArgumentException if {@code mean} is outside (0, 1) or {@code concentration}
     *                                  is not positive and finite
     */
    public double beta(double mean, double concentration) {
        if (!(mean > 0 && mean < 1)) {
            throw new IllegalArgumentException("beta mean must be in (0, 1), got " + mean);
        }
        if (!(concentration > 0 && concentration < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("beta concentration must be positive and finite, got " + concentration);
        }
        double x = gamma(mean * concentration);
        double y = gamma((1 - mean) * concentration);
        return x / (x + y);
    }

    /** @return true with probability {@code p} (one draw; p at or below 0 is never, at or above 1 always) */
    public boolean chance(double p) {
        return uniform() < p;
    }

    private double subUniform() {
        return unit(mix(subKey + GOLDEN * (++subIndex)));
    }

    private static double unit(long bits) {
        return ((bits >>> 11) + 0.5) * INV_2_53;
    }

    /** SplitMix64's finaliser: a bijective 64-bit mixer. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}

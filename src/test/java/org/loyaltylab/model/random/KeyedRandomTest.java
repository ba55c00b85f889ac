package org.loyaltylab.model.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.DoubleSupplier;
import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.ExponentialDistribution;
import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.RealDistribution;
import org.apache.commons.math3.distribution.UniformRealDistribution;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The moments and distribution of every variate the model draws, at a fixed seed, with
 * tolerances of 4.5 standard errors derived from each variate's sampling variance; and the
 * common-random-numbers contract: a variate takes a fixed number of draws whatever its
 * parameters.
 */
class KeyedRandomTest {
    private static final int N = 50_000;
    private static final double Z = 4.5;

    /** Draws n variates, one event each, as the model does. */
    private static double[] sample(DoubleSupplier draw, KeyedRandom random) {
        double[] x = new double[N];
        for (int i = 0; i < N; i++) {
            random.start(Stream.ATTRIBUTES, i, 0);
            x[i] = draw.getAsDouble();
        }
        return x;
    }

    /**
     * Checks the sample mean and variance against the distribution's, within Z standard
     * errors: var(mean) = s2 / n, var(s2) = (mu4 - s2^2) / n with the fourth central moment
     * mu4 = (kurtosis excess + 3) s2^2; and a Kolmogorov-Smirnov test against its CDF.
     */
    private static void assertDistributed(double[] x, RealDistribution d, double excessKurtosis) {
        double mu = d.getNumericalMean();
        double s2 = d.getNumericalVariance();
        double mean = 0;
        for (double v : x) {
            mean += v / x.length;
        }
        double var = 0;
        for (double v : x) {
            var += (v - mean) * (v - mean) / (x.length - 1);
        }
        double mu4 = (excessKurtosis + 3) * s2 * s2;
        assertEquals(mu, mean, Z * Math.sqrt(s2 / x.length), "mean");
        assertEquals(s2, var, Z * Math.sqrt((mu4 - s2 * s2) / x.length), "variance");
        double p = new KolmogorovSmirnovTest().kolmogorovSmirnovTest(d, x);
        assertTrue(p > 1e-4, "Kolmogorov-Smirnov p = " + p);
    }

    private static double betaExcessKurtosis(double a, double b) {
        return 6 * ((a - b) * (a - b) * (a + b + 1) - a * b * (a + b + 2)) / (a * b * (a + b + 2) * (a + b + 3));
    }

    @Test
    void uniformIsUniformOnTheOpenInterval() {
        KeyedRandom r = new KeyedRandom(1);
        double[] x = sample(r::uniform, r);
        for (double v : x) {
            assertTrue(v > 0 && v < 1);
        }
        assertDistributed(x, new UniformRealDistribution(0, 1), -1.2);
    }

    @Test
    void exponentialHasItsMeanAndVariance() {
        KeyedRandom r = new KeyedRandom(2);
        assertDistributed(sample(() -> r.exponential(2.5), r), new ExponentialDistribution(null, 2.5), 6);
    }

    @Test
    void normalIsStandardNormal() {
        KeyedRandom r = new KeyedRandom(3);
        assertDistributed(sample(r::normal, r), new NormalDistribution(null, 0, 1), 0);
    }

    @ParameterizedTest
    @CsvSource({"0.05", "0.3", "0.999", "1", "1.4", "2.6", "8", "1e4"})
    void gammaHasItsMeanAndVariance(double shape) {
        KeyedRandom r = new KeyedRandom(4);
        assertDistributed(sample(() -> r.gamma(shape), r), new GammaDistribution(null, shape, 1), 6 / shape);
    }

    /** The model's betas: temperament, rudeness, initial loyalty, severity, empathy; and the extremes of their ranges. */
    @ParameterizedTest
    @CsvSource({"0.35, 4", "0.15, 4", "0.7, 10", "0.4, 4", "0.5, 8", "0.5, 0.5", "0.05, 2", "0.99, 200", "0.7, 1e5"})
    void betaHasItsMeanAndVariance(double mean, double concentration) {
        KeyedRandom r = new KeyedRandom(5);
        double a = mean * concentration;
        double b = (1 - mean) * concentration;
        assertDistributed(sample(() -> r.beta(mean, concentration), r),
                new BetaDistribution(null, a, b), betaExcessKurtosis(a, b));
    }

    /** The registry's "very large concentration means everyone starts equal": sd sqrt(0.21 / 1e9) = 1.4e-5. */
    @Test
    void aHugeConcentrationGivesTheMeanToEveryone() {
        KeyedRandom r = new KeyedRandom(12);
        for (double x : sample(() -> r.beta(0.7, 1e9), r)) {
            assertEquals(0.7, x, 1e-4);
        }
    }

    @ParameterizedTest
    @CsvSource({"0.05", "0.5", "0.999", "1", "3", "1e6"})
    void gammaTakesOneDrawWhateverItsShape(double shape) {
        KeyedRandom r = new KeyedRandom(6);
        for (int id = 0; id < 1000; id++) {
            r.start(Stream.ATTRIBUTES, id, 7);
            r.uniform();
            double second = r.uniform();
            r.start(Stream.ATTRIBUTES, id, 7);
            r.gamma(shape);
            assertEquals(second, r.uniform());
        }
    }

    /** The common-random-numbers property: a different customer mix leaves later draws of the same customer alone. */
    @Test
    void changingABetaParameterDoesNotShiftLaterDrawsOfTheSameEvent() {
        KeyedRandom r = new KeyedRandom(7);
        for (int id = 0; id < 10_000; id++) {
            r.start(Stream.ATTRIBUTES, id, 0);
            r.beta(0.35, 4);
            double z = r.normal();
            double e = r.exponential(1);
            r.start(Stream.ATTRIBUTES, id, 0);
            r.beta(0.5, 0.7);
            assertEquals(z, r.normal());
            assertEquals(e, r.exponential(1));
        }
    }

    /**
     * Most draws of one event at two parameter values move the same way: a customer drawn
     * volatile in one arm is volatile in the other.
     */
    @Test
    void betaDrawsAtTwoMeansAreTightlyCoupled() {
        KeyedRandom r = new KeyedRandom(8);
        int n = 10_000;
        double[] low = new double[n];
        double[] high = new double[n];
        for (int id = 0; id < n; id++) {
            low[id] = r.start(Stream.ATTRIBUTES, id, 0).beta(0.35, 4);
            high[id] = r.start(Stream.ATTRIBUTES, id, 0).beta(0.5, 4);
        }
        int raised = 0;
        for (int i = 0; i < n; i++) {
            raised += high[i] >= low[i] ? 1 : 0;
        }
        assertTrue(raised > 0.9 * n, "share raised " + raised / (double) n);
        double rho = new PearsonsCorrelation().correlation(low, high);
        assertTrue(rho > 0.9, "correlation " + rho); // 0.944 at this seed
    }

    @Test
    void invalidParametersThrowNamingTheParameter() {
        KeyedRandom r = new KeyedRandom(9).start(Stream.CHURN, 0, 0);
        assertMessage("shape", () -> r.gamma(0));
        assertMessage("shape", () -> r.gamma(Double.NaN));
        assertMessage("shape", () -> r.gamma(Double.POSITIVE_INFINITY));
        assertMessage("mean", () -> r.beta(0, 4));
        assertMessage("mean", () -> r.beta(1, 4));
        assertMessage("concentration", () -> r.beta(0.5, -1));
        assertMessage("concentration", () -> r.beta(0.5, Double.NaN));
        assertMessage("mean", () -> r.exponential(-1));
        assertMessage("mean", () -> r.exponential(Double.NaN));
        assertEquals(Double.POSITIVE_INFINITY, r.exponential(Double.POSITIVE_INFINITY));
    }

    private static void assertMessage(String parameter, org.junit.jupiter.api.function.Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().contains(parameter), e.getMessage());
    }

    @Test
    void drawsArePureFunctionsOfTheirKey() {
        KeyedRandom a = new KeyedRandom(10);
        KeyedRandom b = new KeyedRandom(10);
        b.start(Stream.CHURN, 3, 4).uniform();
        assertEquals(a.start(Stream.FAILURES, 5, 6).beta(0.4, 4), b.start(Stream.FAILURES, 5, 6).beta(0.4, 4));
        assertTrue(a.start(Stream.FAILURES, 5, 6).uniform() != a.start(Stream.FAILURES, 5, 7).uniform());
        assertTrue(a.start(Stream.FAILURES, 5, 6).uniform() != a.start(Stream.COMPLAINTS, 5, 6).uniform());
    }
}

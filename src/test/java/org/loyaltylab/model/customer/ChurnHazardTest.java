package org.loyaltylab.model.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.apache.commons.math3.analysis.UnivariateFunction;
import org.apache.commons.math3.analysis.integration.IterativeLegendreGaussIntegrator;
import org.junit.jupiter.api.Test;

/**
 * The closed-form integral of the churn hazard and its inversion, against adaptive Gauss-Legendre
 * quadrature of the hazard as its Javadoc defines it (written out here, not taken from the class).
 */
class ChurnHazardTest {
    private static final double NATURAL = 0.0002;
    private static final double UNRESOLVED = 0.004;
    private static final double INDIFFERENCE = 0.003;
    private static final double COMPETITOR = 0.0015;

    /** h(s) = natural + unresolved * open + (1 - L(s)) * (indifference * (1 - A(s)) + competitor). */
    private static UnivariateFunction hazard(double l0, double la, double a0, double aa, double tauL, double tauA,
                                             boolean open) {
        return s -> {
            double l = la + (l0 - la) * Math.exp(-s / tauL);
            double a = aa + (a0 - aa) * Math.exp(-s / tauA);
            return NATURAL + (open ? UNRESOLVED : 0) + (1 - l) * (INDIFFERENCE * (1 - a) + COMPETITOR);
        };
    }

    private static double quadrature(UnivariateFunction h, double d) {
        return new IterativeLegendreGaussIntegrator(5, 1e-13, 1e-15).integrate(100_000, h, 0, d);
    }

    @Test
    void integralMatchesQuadratureOverRandomStatesAndHorizons() {
        Random random = new Random(11);
        for (int i = 0; i < 300; i++) {
            double l0 = random.nextDouble();
            double la = random.nextDouble();
            double a0 = random.nextDouble();
            double aa = random.nextDouble();
            double tauL = 5 + 500 * random.nextDouble();
            double tauA = 5 + 500 * random.nextDouble();
            boolean open = random.nextBoolean();
            double d = Math.pow(10, -2 + 5 * random.nextDouble());
            ChurnHazard hazard = new ChurnHazard(NATURAL, UNRESOLVED, INDIFFERENCE, COMPETITOR, tauL, tauA);
            double expected = quadrature(hazard(l0, la, a0, aa, tauL, tauA, open), d);
            assertEquals(expected, hazard.integral(l0, la, a0, aa, d, open), 1e-10 * expected + 1e-14,
                    "state " + i + ", d = " + d);
        }
    }

    @Test
    void integralAtRestIsTheConstantHazardTimesTheTime() {
        ChurnHazard hazard = new ChurnHazard(NATURAL, UNRESOLVED, INDIFFERENCE, COMPETITOR, 90, 60);
        double rate = NATURAL + (1 - 0.6) * (INDIFFERENCE * (1 - 0.3) + COMPETITOR);
        assertEquals(rate * 400, hazard.integral(0.6, 0.6, 0.3, 0.3, 400, false), 1e-15);
        assertEquals(0, hazard.integral(0.6, 0.2, 0.3, 0.9, 0, true), 0);
    }

    @Test
    void timeToExhaustInvertsTheIntegral() {
        Random random = new Random(12);
        for (int i = 0; i < 300; i++) {
            double l0 = random.nextDouble();
            double la = random.nextDouble();
            double a0 = random.nextDouble();
            double aa = random.nextDouble();
            double tauL = 5 + 500 * random.nextDouble();
            double tauA = 5 + 500 * random.nextDouble();
            boolean open = random.nextBoolean();
            double upper = 730;
            ChurnHazard hazard = new ChurnHazard(NATURAL, UNRESOLVED, INDIFFERENCE, COMPETITOR, tauL, tauA);
            double budget = hazard.integral(l0, la, a0, aa, upper, open) * random.nextDouble();
            double d = hazard.timeToExhaust(l0, la, a0, aa, open, budget, upper);
            assertTrue(d >= 0 && d <= upper, "d = " + d);
            assertEquals(budget, quadrature(hazard(l0, la, a0, aa, tauL, tauA, open), d), 1e-10 * budget + 1e-12,
                    "state " + i);
        }
    }

    @Test
    void aBudgetOfZeroIsExhaustedAtOnceAndAFullOneAtTheUpperBound() {
        ChurnHazard hazard = new ChurnHazard(NATURAL, UNRESOLVED, INDIFFERENCE, COMPETITOR, 90, 60);
        assertEquals(0, hazard.timeToExhaust(0.8, 0.2, 0.5, 0.1, false, 0, 365), 1e-9);
        double full = hazard.integral(0.8, 0.2, 0.5, 0.1, 365, true);
        assertEquals(365, hazard.timeToExhaust(0.8, 0.2, 0.5, 0.1, true, full, 365), 1e-8);
    }

    @Test
    void ratesAreTheHazardsComponents() {
        ChurnHazard hazard = new ChurnHazard(NATURAL, UNRESOLVED, INDIFFERENCE, COMPETITOR, 90, 60);
        double total = hazard.naturalRate() + hazard.unresolvedRate(true) + hazard.indifferenceRate(0.4, 0.7)
                + hazard.competitorRate(0.4);
        assertEquals(hazard(0.4, 0.4, 0.7, 0.7, 90, 60, true).value(0), total, 1e-18);
        assertEquals(0, hazard.unresolvedRate(false));
        assertEquals(0.25 + 0.5 * Math.exp(-30 / 90.0), hazard.loyaltyAfter(0.75, 0.25, 30), 1e-15);
        assertEquals(0.25 + 0.5 * Math.exp(-30 / 60.0), hazard.appreciationAfter(0.75, 0.25, 30), 1e-15);
    }

    @Test
    void surelyBelowNeverOverridesTheExactIntegralAndRulesOutMostShortSpells() {
        ChurnHazard h = new ChurnHazard(NATURAL, UNRESOLVED, INDIFFERENCE, COMPETITOR, 365, 120);
        Random random = new Random(17);
        int ruledOut = 0;
        int below = 0;
        for (int i = 0; i < 20_000; i++) {
            double l0 = random.nextDouble();
            double la = random.nextDouble();
            double a0 = random.nextDouble();
            double aa = random.nextDouble();
            boolean open = random.nextBoolean();
            double d = 60 * random.nextDouble();
            double integral = h.integral(l0, la, a0, aa, d, open);
            // budgets at, just above and well above the integral: the boundary is where it could go wrong
            double budget = switch (i % 3) {
                case 0 -> integral;
                case 1 -> Math.nextUp(integral);
                default -> -Math.log(random.nextDouble());
            };
            boolean exactBelow = integral < budget;
            below += exactBelow ? 1 : 0;
            if (h.surelyBelow(l0, la, a0, aa, d, open, budget)) {
                assertTrue(exactBelow, "surelyBelow but the integral " + integral + " reaches " + budget);
                ruledOut++;
            }
        }
        // most exponential budgets (a third of the cases) lie far above a 60-day integral (0.5 at most); 88 % are ruled out
        assertTrue(ruledOut > 0.8 * (20_000 / 3), "ruled out " + ruledOut + " of " + below + " below");
        assertEquals(false, h.surelyBelow(1.5, 0.5, 0.5, 0.5, 1, false, 10), "a state outside [0, 1] is left to the integral");
    }
}

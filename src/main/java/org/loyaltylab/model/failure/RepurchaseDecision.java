package org.loyaltylab.model.failure;

import static org.loyaltylab.model.param.ParameterRegistry.REPURCHASE_BASE;
import static org.loyaltylab.model.param.ParameterRegistry.REPURCHASE_RESOLUTION;
import static org.loyaltylab.model.param.ParameterRegistry.REPURCHASE_SATISFACTION;
import static org.loyaltylab.model.param.ParameterRegistry.REPURCHASE_SEVERITY;
import static org.loyaltylab.model.param.ParameterRegistry.REPURCHASE_VOICE;

import org.loyaltylab.model.param.Parameters;
import org.loyaltylab.model.random.KeyedRandom;
import org.loyaltylab.model.random.Stream;

/**
 * The quiet decision a customer makes when a failure is settled (M3b): keep buying, or take
 * their business elsewhere without a word. The customer keeps buying with probability
 * {@code logistic(base + satisfaction x (s - 0.5) + voice x complained + resolution x resolved
 * - severity x (severity - 0.5))}, {@code s} the satisfaction with the failure; the draw is the
 * first number of stream REPURCHASE at (customer, failure number), so it never moves another
 * purpose's numbers (common random numbers).
 */
public final class RepurchaseDecision {
    private final KeyedRandom random;
    private final double base;
    private final double satisfaction;
    private final double voice;
    private final double resolution;
    private final double severity;

    /**
     * @param p      the parameters
     * @param random the run's keyed generator
     */
    public RepurchaseDecision(Parameters p, KeyedRandom random) {
        this.random = random;
        base = p.real(REPURCHASE_BASE);
        satisfaction = p.real(REPURCHASE_SATISFACTION);
        voice = p.real(REPURCHASE_VOICE);
        resolution = p.real(REPURCHASE_RESOLUTION);
        severity = p.real(REPURCHASE_SEVERITY);
    }

    /** @return the probability of keeping buying after a failure settled in this state */
    public double keepProbability(double satisfactionWith, double severityOf, boolean complained, boolean resolved) {
        double logit = base + satisfaction * (satisfactionWith - 0.5) + (complained ? voice : 0)
                + (resolved ? resolution : 0) - severity * (severityOf - 0.5);
        return 1 / (1 + Math.exp(-logit));
    }

    /**
     * Draws the decision of customer {@code id} about their failure number {@code number}.
     *
     * @return true if the customer declines to buy again (and leaves)
     */
    public boolean declines(int id, int number, double satisfactionWith, double severityOf, boolean complained,
                            boolean resolved) {
        double keep = keepProbability(satisfactionWith, severityOf, complained, resolved);
        return random.start(Stream.REPURCHASE, id, number).uniform() >= keep;
    }
}

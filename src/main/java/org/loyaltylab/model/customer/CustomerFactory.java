package org.loyaltylab.model.customer;

import static org.loyaltylab.model.param.ParameterRegistry.COMPLAINT_PROPENSITY_MEAN;
import static org.loyaltylab.model.param.ParameterRegistry.COMPLAINT_PROPENSITY_SPREAD;
import static org.loyaltylab.model.param.ParameterRegistry.COMPLAINT_VALUE_CORRELATION;
import static org.loyaltylab.model.param.ParameterRegistry.HIGH_VALUE_SHARE;
import static org.loyaltylab.model.param.ParameterRegistry.INITIAL_APPRECIATION;
import static org.loyaltylab.model.param.ParameterRegistry.INITIAL_LOYALTY_CONCENTRATION;
import static org.loyaltylab.model.param.ParameterRegistry.INITIAL_LOYALTY_MEAN;
import static org.loyaltylab.model.param.ParameterRegistry.PATIENCE_MEAN;
import static org.loyaltylab.model.param.ParameterRegistry.PATIENCE_TEMPERAMENT;
import static org.loyaltylab.model.param.ParameterRegistry.PURCHASE_RATE_MEAN;
import static org.loyaltylab.model.param.ParameterRegistry.PURCHASE_RATE_SHAPE;
import static org.loyaltylab.model.param.ParameterRegistry.RUDENESS_CONCENTRATION;
import static org.loyaltylab.model.param.ParameterRegistry.RUDENESS_MEAN;
import static org.loyaltylab.model.param.ParameterRegistry.TEMPERAMENT_CONCENTRATION;
import static org.loyaltylab.model.param.ParameterRegistry.TEMPERAMENT_MEAN;
import static org.loyaltylab.model.param.ParameterRegistry.VALUE_MEDIAN;
import static org.loyaltylab.model.param.ParameterRegistry.VALUE_SIGMA;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.loyaltylab.model.param.Parameters;
import org.loyaltylab.model.random.KeyedRandom;
import org.loyaltylab.model.random.Stream;

/**
 * Draws heterogeneous customers (M1). Spend is lognormal; purchase rates are gamma
 * (Wilson-Hilferty transform of a normal score, so they can be correlated); complaint
 * propensity is logit-normal and correlated, through a Gaussian copula, with the customer's
 * engagement score (the mean of the spend and rate scores): Solomon's (CustomerThink) "the
 * people who look like your worst customers may in fact be your best customers". Temperament, rudeness and initial loyalty are Beta.
 * A customer's attributes depend only on (seed, id), so all arms share the same customers.
 */
public final class CustomerFactory {
    private static final double MINUTES_PER_DAY = 1440;

    private final KeyedRandom random;
    private final double valueMedian;
    private final double valueSigma;
    private final double rateMean;
    private final double rateShape;
    private final double temperamentMean;
    private final double temperamentConcentration;
    private final double rudenessMean;
    private final double rudenessConcentration;
    private final double patienceDays;
    private final double patienceTemperament;
    private final double complaintLogit;
    private final double complaintSpread;
    private final double correlation;
    private final double loyaltyMean;
    private final double loyaltyConcentration;
    private final double appreciation;
    private final double highValueThreshold;

    /**
     * @param p      the parameters
     * @param random the run's keyed generator
     */
    public CustomerFactory(Parameters p, KeyedRandom random) {
        this.random = random;
        valueMedian = p.real(VALUE_MEDIAN);
        valueSigma = p.real(VALUE_SIGMA);
        rateMean = p.real(PURCHASE_RATE_MEAN);
        rateShape = p.real(PURCHASE_RATE_SHAPE);
        temperamentMean = p.real(TEMPERAMENT_MEAN);
        temperamentConcentration = p.real(TEMPERAMENT_CONCENTRATION);
        rudenessMean = p.real(RUDENESS_MEAN);
        rudenessConcentration = p.real(RUDENESS_CONCENTRATION);
        patienceDays = p.real(PATIENCE_MEAN) / MINUTES_PER_DAY;
        patienceTemperament = p.real(PATIENCE_TEMPERAMENT);
        double c = p.real(COMPLAINT_PROPENSITY_MEAN);
        complaintLogit = Math.log(c / (1 - c));
        complaintSpread = p.real(COMPLAINT_PROPENSITY_SPREAD);
        correlation = p.real(COMPLAINT_VALUE_CORRELATION);
        loyaltyMean = p.real(INITIAL_LOYALTY_MEAN);
        loyaltyConcentration = p.real(INITIAL_LOYALTY_CONCENTRATION);
        appreciation = p.real(INITIAL_APPRECIATION);
        double share = p.real(HIGH_VALUE_SHARE);
        highValueThreshold = share <= 0 ? Double.POSITIVE_INFINITY
                : share >= 1 ? 0
                : valueMedian * Math.exp(valueSigma * new NormalDistribution().inverseCumulativeProbability(1 - share));
    }

    /** @return the attributes of customer {@code id} */
    public CustomerProfile draw(int id) {
        random.start(Stream.ATTRIBUTES, id, 0);
        double zValue = random.normal();
        double zRate = random.normal();
        double zNoise = random.normal();
        double value = valueMedian * Math.exp(valueSigma * zValue);
        double engagement = (zValue + zRate) / Math.sqrt(2);
        double zComplaint = correlation * engagement + Math.sqrt(1 - correlation * correlation) * zNoise;
        double complaint = 1 / (1 + Math.exp(-(complaintLogit + complaintSpread * zComplaint)));
        double temperament = random.beta(temperamentMean, temperamentConcentration);
        double rudeness = rudenessMean <= 0 ? 0 : random.beta(rudenessMean, rudenessConcentration);
        double loyalty = random.beta(loyaltyMean, loyaltyConcentration);
        double budget = random.exponential(1);
        double patience = patienceDays * (1 + patienceTemperament * (0.5 - temperament));
        return new CustomerProfile(value, gammaRate(zRate), temperament, rudeness, patience, complaint,
                value >= highValueThreshold, loyalty, appreciation, budget);
    }

    /** @return the purchase rate at quantile {@code p} of the customer population */
    public double purchaseRateQuantile(double p) {
        return gammaRate(new NormalDistribution().inverseCumulativeProbability(p));
    }

    /** Gamma(shape, mean/shape) quantile of a normal score by the Wilson-Hilferty cube. */
    private double gammaRate(double z) {
        double v = 1.0 / (9 * rateShape);
        double cube = 1 - v + z * Math.sqrt(v);
        double rate = rateMean * Math.max(cube * cube * cube, 1e-3);
        return rate;
    }
}

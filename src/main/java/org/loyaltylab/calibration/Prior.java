package org.loyaltylab.calibration;

/**
 * A parameter to fit and its prior range (a uniform prior: the optimiser searches within it).
 *
 * @param key the parameter's key, a real parameter of the registry
 * @param min the lowest value searched
 * @param max the highest value searched
 */
public record Prior(String key, double min, double max) {

    /** @return the value at {@code u} in [0, 1] of the range */
    public double at(double u) {
        return min + u * (max - min);
    }
}

package org.loyaltylab.model.customer;

/**
 * A new customer's attributes and initial state (M1), as drawn by {@link CustomerFactory}.
 *
 * @param value               spend per purchase, currency
 * @param purchaseRate        purchases per day
 * @param temperament         anger propensity in [0, 1]
 * @param rudeness            chance that a hostile contact turns abusive
 * @param patienceDays        mean patience in the queue, days
 * @param complaintPropensity propensity to voice a failure, in [0, 1]
 * @param highValue           whether spend is in the high-value share
 * @param loyalty             initial attitudinal loyalty in [0, 1]
 * @param appreciation        initial felt appreciation in [0, 1]
 * @param churnBudget         exponential(1) budget of integrated hazard before churn
 */
public record CustomerProfile(double value, double purchaseRate, double temperament, double rudeness,
                              double patienceDays, double complaintPropensity, boolean highValue,
                              double loyalty, double appreciation, double churnBudget) {
}

package org.loyaltylab.model.economy;

/**
 * Cumulative revenue and costs by component, in currency.
 *
 * @param revenue     sales
 * @param goods       cost of goods sold (revenue times one minus margin)
 * @param wages       agent wages
 * @param training    training programmes
 * @param hiring      recruiting replacements
 * @param gestures    recovery gestures
 * @param special     special treatment of customers
 * @param followUp    follow-up contacts
 * @param acquisition marketing acquisition
 */
public record MoneyStatement(double revenue, double goods, double wages, double training, double hiring,
                             double gestures, double special, double followUp, double acquisition) {

    /** @return the sum of every cost component */
    public double cost() {
        return goods + wages + training + hiring + gestures + special + followUp + acquisition;
    }

    /** @return the cumulative cost of {@code component} */
    public double cost(CostComponent component) {
        return switch (component) {
            case GOODS -> goods;
            case WAGES -> wages;
            case TRAINING -> training;
            case HIRING -> hiring;
            case GESTURES -> gestures;
            case SPECIAL -> special;
            case FOLLOW_UP -> followUp;
            case ACQUISITION -> acquisition;
        };
    }

    /** @return revenue minus cost */
    public double profit() {
        return revenue - cost();
    }
}

package org.loyaltylab.experiment;

/**
 * A contact centre as its manager knows it, from an experiment file's {@code centre:} section:
 * the figures {@link CentreDerivation} turns into model parameters.
 *
 * @param customers             customers served (the base at day 0)
 * @param contactsPerDay        contacts the centre receives a day, all kinds
 * @param handleMinutes         average handle time of a contact, minutes
 * @param agents                agents on the phones at the same time (the model staffs its positions round
 *                              the clock: it has no opening hours)
 * @param wage                  the cost of one agent, per {@code basis}
 * @param basis                 whether {@code wage} is per hour or per year
 * @param marginPerCustomerYear gross margin one customer brings in a year, in {@code currency}
 * @param currency              the currency every amount is in (a choice of {@code economics.currency})
 */
public record Centre(int customers, double contactsPerDay, double handleMinutes, int agents, double wage,
                     WageBasis basis, double marginPerCustomerYear, String currency) {

    /** What a stated wage is per. */
    public enum WageBasis {
        /** Per hour worked: a position staffed round the clock costs 24 of them a day. */
        HOUR("agent_wage_per_hour", 24),
        /** Per year: the cost of one position for a year, 365 days. */
        YEAR("agent_wage_per_year", 1.0 / 365);

        private final String key;
        private final double perDay;

        WageBasis(String key, double perDay) {
            this.key = key;
            this.perDay = perDay;
        }

        /** @return the key of the section that states a wage on this basis */
        public String key() {
            return key;
        }

        /** @return the factor from a wage on this basis to the cost of a position per day */
        public double perDay() {
            return perDay;
        }
    }

    /** @return the cost of one staffed position per day */
    public double wagePerDay() {
        return wage * basis.perDay();
    }
}

package org.loyaltylab.testing;

/**
 * The experiment file many tests run: defensive against kind handling in a small market with one
 * agent, small enough for a test. The text is the same as a file a user would write.
 */
public final class TinyExperiment {
    private TinyExperiment() {
    }

    /**
     * @param name            the experiment's name
     * @param description     its question
     * @param days            the horizon
     * @param replications    replications per arm
     * @param seed            the master seed
     * @param customers       the initial customer base
     * @param marketingPerDay marketing acquisitions a day, or {@code null} for the default
     * @return the experiment file's text, ending with a newline
     */
    public static String yaml(String name, String description, int days, int replications, long seed, int customers,
                              String marketingPerDay) {
        String market = marketingPerDay == null ? ""
                : "  market: {marketing_acquisitions_per_day: " + marketingPerDay + "}\n";
        return "name: " + name + "\n"
                + "description: " + description + "\n"
                + "days: " + days + "\n"
                + "replications: " + replications + "\n"
                + "seed: " + seed + "\n"
                + "parameters:\n"
                + "  customers: {initial_count: " + customers + "}\n"
                + "  contact_centre: {agents: 1}\n"
                + market
                + "arms:\n"
                + "  - name: defensive\n"
                + "    parameters: {policies: {handling: defensive}}\n"
                + "  - name: kind\n"
                + "    parameters: {policies: {handling: kind}}\n";
    }
}

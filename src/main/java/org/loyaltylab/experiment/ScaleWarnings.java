package org.loyaltylab.experiment;

import static org.loyaltylab.model.param.ParameterRegistry.AGENTS;
import static org.loyaltylab.model.param.ParameterRegistry.HANDLE_MINUTES;
import static org.loyaltylab.model.param.ParameterRegistry.INITIAL_CUSTOMERS;
import static org.loyaltylab.model.param.ParameterRegistry.INQUIRY_RATE;
import static org.loyaltylab.model.param.ParameterRegistry.MARKETING_ACQUISITION;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.loyaltylab.model.param.Parameters;

/**
 * Warnings (not errors) for scale parameters out of proportion with {@code customers.initial_count}:
 * agents left at a value for another size of base, or a marketing acquisition rate that is a very
 * different share of the base than the defaults'. The reference is the defaults' proportion
 * (20,000 customers, 3 agents, 0.01 routine contacts a customer a day, 6 acquisitions a day);
 * a value more than {@value #FACTOR} times above or below the proportional one is warned of, with
 * the numbers and the suggested value. Staffing that cannot keep up (offered load of at least one
 * contact per agent at a time) is always warned of. With a {@code centre:} section the acquisition
 * rate is the centre's (derived by {@link SteadyBase}, or set on purpose) and not checked.
 */
public final class ScaleWarnings {
    /** How far from proportional a value may be before a warning. */
    static final double FACTOR = 2;

    private ScaleWarnings() {
    }

    /** @return the warnings of every arm, each once, naming the arms it applies to */
    public static List<String> of(ExperimentSpec spec) {
        Map<String, List<String>> byMessage = new LinkedHashMap<>();
        for (Arm a : spec.arms()) {
            for (String w : of(a.parameters(), spec.centre() == null)) {
                byMessage.computeIfAbsent(w, k -> new ArrayList<>()).add(a.name());
            }
        }
        List<String> out = new ArrayList<>();
        byMessage.forEach((w, arms) -> out.add((arms.size() == spec.arms().size() ? "" : (arms.size() == 1 ? "arm "
                : "arms ") + String.join(", ", arms) + ": ") + w));
        return out;
    }

    /**
     * @param p                 an arm's parameters
     * @param checkAcquisition  whether to check the acquisition rate
     * @return the warnings for these parameters
     */
    static List<String> of(Parameters p, boolean checkAcquisition) {
        List<String> out = new ArrayList<>();
        double customers = p.integer(INITIAL_CUSTOMERS);
        if (customers <= 0) {
            return out;
        }
        double contacts = customers * p.real(INQUIRY_RATE);
        int agents = p.integer(AGENTS);
        double perAgentHour = contacts / (agents * 24.0);
        double reference = defaultsPerAgentHour();
        long suggested = Math.max(1, Math.round(contacts / (24 * reference)));
        double load = perAgentHour * p.real(HANDLE_MINUTES) / 60;
        if (load >= 1) {
            out.add(String.format(Locale.ROOT, "%s = %d cannot keep up: %,.0f routine contacts a day (%s x %s) are "
                            + "%.2f contacts per agent-hour, each %.1f minutes or more, a load of %.2f per agent; suggested: "
                            + "at least %d", AGENTS.key(), agents, contacts, INITIAL_CUSTOMERS.key(), INQUIRY_RATE.key(),
                    perAgentHour, p.real(HANDLE_MINUTES), load, (long) Math.ceil(contacts * p.real(HANDLE_MINUTES)
                            / 60 / 24 / 0.85)));
        } else if (suggested != agents && outOfProportion(perAgentHour / reference)) {
            out.add(String.format(Locale.ROOT, "%s = %d is out of proportion with %s = %,.0f: %.2f contacts per "
                            + "agent-hour where the defaults have %.2f; suggested: %d", AGENTS.key(), agents,
                    INITIAL_CUSTOMERS.key(), customers, perAgentHour, reference, suggested));
        }
        double rate = p.real(MARKETING_ACQUISITION);
        double defaultRate = (double) MARKETING_ACQUISITION.defaultValue();
        double proportional = defaultRate * customers / defaultCustomers();
        if (checkAcquisition && rate > 0 && outOfProportion(rate / proportional)) {
            out.add(String.format(Locale.ROOT, "%s = %s is %.1f %% of the base a year with %,.0f customers, where "
                            + "the defaults win %.1f %% a year; suggested: %s (or state a centre: section, which derives "
                            + "the rate that keeps the base steady)", MARKETING_ACQUISITION.key(),
                    CentreDerivation.num(rate), 100 * rate * 365 / customers, customers,
                    100 * defaultRate * 365 / defaultCustomers(), CentreDerivation.num(CentreDerivation.round(
                            proportional))));
        }
        return out;
    }

    private static boolean outOfProportion(double ratio) {
        return ratio > FACTOR || ratio < 1 / FACTOR;
    }

    private static double defaultCustomers() {
        return (int) INITIAL_CUSTOMERS.defaultValue();
    }

    /** @return routine contacts per agent-hour at the defaults */
    static double defaultsPerAgentHour() {
        return defaultCustomers() * (double) INQUIRY_RATE.defaultValue() / ((int) AGENTS.defaultValue() * 24.0);
    }
}

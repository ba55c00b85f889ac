package org.loyaltylab.experiment;

import static org.loyaltylab.model.param.ParameterRegistry.AGENTS;
import static org.loyaltylab.model.param.ParameterRegistry.CURRENCY;
import static org.loyaltylab.model.param.ParameterRegistry.HANDLE_MINUTES;
import static org.loyaltylab.model.param.ParameterRegistry.HANDLE_TRAINING;
import static org.loyaltylab.model.param.ParameterRegistry.INITIAL_CUSTOMERS;
import static org.loyaltylab.model.param.ParameterRegistry.INQUIRY_RATE;
import static org.loyaltylab.model.param.ParameterRegistry.MARGIN;
import static org.loyaltylab.model.param.ParameterRegistry.PURCHASE_RATE_MEAN;
import static org.loyaltylab.model.param.ParameterRegistry.TRAINING;
import static org.loyaltylab.model.param.ParameterRegistry.VALUE_MEDIAN;
import static org.loyaltylab.model.param.ParameterRegistry.VALUE_SIGMA;
import static org.loyaltylab.model.param.ParameterRegistry.WAGE;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.loyaltylab.model.param.ParameterDef;
import org.loyaltylab.model.param.ParameterRegistry;
import org.loyaltylab.model.param.Parameters;

/**
 * The model parameters a {@link Centre} implies, each with its value and the formula in words.
 * The closed-form steps come from {@link #derive}; the marketing acquisition that keeps the base
 * steady has no closed form and is added by {@link SteadyBase} from pilot runs of the baseline arm.
 * The rule with an experiment file's own {@code parameters:}: an explicit base value wins over a
 * derived one, with a warning; arms' parameters apply on top as always.
 *
 * @param centre   the centre as stated
 * @param steps    the derived parameters, in the order derived
 * @param warnings conflicts between the file's explicit parameters and the derived values
 */
public record CentreDerivation(Centre centre, List<Step> steps, List<String> warnings) {

    /**
     * One derived parameter.
     *
     * @param key     the parameter
     * @param value   its canonical value
     * @param formula how it follows from the centre, in words
     */
    public record Step(String key, Object value, String formula) {
    }

    /** Immutable copies. */
    public CentreDerivation {
        steps = List.copyOf(steps);
        warnings = List.copyOf(warnings);
    }

    /**
     * The closed-form steps.
     *
     * @param c    the centre
     * @param base the parameters the derivation reads (defaults with the file's base values): the
     *             training programme, purchase rate, spend spread and margin share
     * @return the derivation, without warnings
     * @throws org.loyaltylab.model.param.InvalidParameterException if a derived value is out of its
     *         parameter's range (the message names the parameter)
     */
    public static CentreDerivation derive(Centre c, Parameters base) {
        List<Step> steps = new ArrayList<>();
        steps.add(step(INITIAL_CUSTOMERS, c.customers(), "the customers you serve"));
        steps.add(step(AGENTS, c.agents(), "the agents on the phones at the same time (the model's positions are "
                + "staffed round the clock)"));
        steps.add(step(INQUIRY_RATE, c.contactsPerDay() / c.customers(), String.format(Locale.ROOT,
                "contacts a day / customers = %s / %,d; complaint contacts (failures voiced, and their repeats) come "
                        + "on top, about 1 %% of contacts at the defaults", num(c.contactsPerDay()), c.customers())));
        ParameterDef level = switch (base.choice(TRAINING)) {
            case "none" -> ParameterRegistry.TRAINING_NONE;
            case "empathy" -> ParameterRegistry.TRAINING_EMPATHY;
            default -> ParameterRegistry.TRAINING_BASIC;
        };
        double factor = 1 + base.real(HANDLE_TRAINING) * (1 - base.real(level));
        steps.add(step(HANDLE_MINUTES, c.handleMinutes() / factor, String.format(Locale.ROOT,
                "handle time / (1 + %s x (1 - training level %s of the %s programme)) = %s / %s; angry contacts "
                        + "take longer still (contact_centre.handle_anger_factor)", HANDLE_TRAINING.key(),
                num(base.real(level)), base.choice(TRAINING), num(c.handleMinutes()), num(factor))));
        steps.add(step(WAGE, c.wagePerDay(), c.basis() == Centre.WageBasis.HOUR
                ? "wage per hour x 24: a position is staffed round the clock"
                : "wage per year / 365"));
        double spendRatio = Math.exp(base.real(VALUE_SIGMA) * base.real(VALUE_SIGMA) / 2);
        double perMedian = base.real(MARGIN) * 365 * base.real(PURCHASE_RATE_MEAN) * spendRatio;
        steps.add(step(VALUE_MEDIAN, c.marginPerCustomerYear() / perMedian, String.format(Locale.ROOT,
                "margin per customer per year / (%s %s x 365 days x %s %s purchases a day x %s, the lognormal's "
                        + "mean over its median) = %s / %s", MARGIN.key(), num(base.real(MARGIN)),
                PURCHASE_RATE_MEAN.key(), num(base.real(PURCHASE_RATE_MEAN)), num(spendRatio),
                num(c.marginPerCustomerYear()), num(perMedian))));
        steps.add(step(CURRENCY, c.currency(), "the currency you state; it labels money, it converts nothing"));
        return new CentreDerivation(c, steps, List.of());
    }

    private static Step step(ParameterDef def, Object value, String formula) {
        Object v = value instanceof Double d && def.type() != org.loyaltylab.model.param.ParameterType.INTEGER
                ? Double.valueOf(round(d)) : value;
        return new Step(def.key(), def.coerce(v), formula);
    }

    /** @return {@code x} to 6 significant digits, so that derived values read cleanly in files and tables */
    static double round(double x) {
        return x == 0 ? 0 : new java.math.BigDecimal(x).round(new java.math.MathContext(6)).doubleValue();
    }

    /** @return the key of the centre's section that a derived parameter follows from (for problems) */
    static String statedKey(String parameter, Centre c) {
        if (parameter.equals(INQUIRY_RATE.key())) {
            return "contacts_per_day";
        }
        if (parameter.equals(HANDLE_MINUTES.key())) {
            return "handle_minutes";
        }
        if (parameter.equals(WAGE.key())) {
            return c.basis().key();
        }
        return parameter.equals(VALUE_MEDIAN.key()) ? "margin_per_customer_per_year" : "customers";
    }

    /** @return the derived values, key to value */
    public Map<String, Object> values() {
        Map<String, Object> m = new LinkedHashMap<>();
        steps.forEach(s -> m.put(s.key(), s.value()));
        return m;
    }

    /** @return a copy with one more step (a step of the same key is replaced) */
    public CentreDerivation with(Step step) {
        List<Step> next = new ArrayList<>(steps.stream().filter(s -> !s.key().equals(step.key())).toList());
        next.add(step);
        return new CentreDerivation(centre, next, warnings);
    }

    /**
     * @param explicit the file's explicit base parameters
     * @return a copy warning of every explicit value that differs from a derived one (the explicit value wins)
     */
    public CentreDerivation withConflicts(Map<String, Object> explicit) {
        List<String> w = new ArrayList<>(warnings);
        for (Step s : steps) {
            Object given = explicit.get(s.key());
            if (given != null && !given.equals(s.value())) {
                w.add("parameters: " + s.key() + " = " + given + " overrides the value the centre implies, "
                        + s.value() + " (explicit parameters win)");
            }
        }
        return new CentreDerivation(centre, steps, w);
    }

    /** @return the derivation as printed: a heading, then one line per derived parameter, then the warnings */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        out.add(String.format(Locale.ROOT, "Centre: %,d customers, %s contacts a day, %s min handle time, %d agents, "
                        + "wage %s %s per %s, margin %s %s per customer per year", centre.customers(),
                num(centre.contactsPerDay()), num(centre.handleMinutes()), centre.agents(), num(centre.wage()),
                centre.currency(), centre.basis() == Centre.WageBasis.HOUR ? "hour" : "year",
                num(centre.marginPerCustomerYear()), centre.currency()));
        for (Step s : steps) {
            out.add("  " + s.key() + " = " + s.value() + "  (" + s.formula() + ")");
        }
        warnings.forEach(w -> out.add("warning: " + w));
        return out;
    }

    /** @return the centre as stated and the derivation, as run.json holds them */
    public Map<String, Object> asManifest() {
        Map<String, Object> stated = new LinkedHashMap<>();
        stated.put("customers", centre.customers());
        stated.put("contacts_per_day", centre.contactsPerDay());
        stated.put("handle_minutes", centre.handleMinutes());
        stated.put("agents", centre.agents());
        stated.put(centre.basis().key(), centre.wage());
        stated.put("margin_per_customer_per_year", centre.marginPerCustomerYear());
        stated.put("currency", centre.currency());
        List<Object> derived = new ArrayList<>();
        for (Step s : steps) {
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("parameter", s.key());
            d.put("value", s.value());
            d.put("formula", s.formula());
            derived.add(d);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("stated", stated);
        m.put("derived", derived);
        m.put("warnings", warnings);
        return m;
    }

    /** @return a number in few digits: 12.5, 8,000, 0.00125 */
    static String num(double x) {
        if (x == Math.rint(x) && Math.abs(x) < 1e15) {
            return String.format(Locale.ROOT, "%,.0f", x);
        }
        return new java.math.BigDecimal(x).round(new java.math.MathContext(4)).stripTrailingZeros().toPlainString();
    }
}

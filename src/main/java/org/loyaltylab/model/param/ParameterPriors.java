package org.loyaltylab.model.param;

import static org.loyaltylab.model.param.Prior.logUniform;
import static org.loyaltylab.model.param.Prior.uniform;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The prior ranges of the uncertain parameters, the ones a {@code run --worlds} varies: every
 * parameter whose source is an assumption, and the direct effects of an answer that the source
 * articles name without a figure. Kept beside the {@link ParameterRegistry}, not in it, so that a
 * range can be argued on its own line. A parameter the experimenter chooses (the size of the
 * base) is listed in {@link #chosen()} instead, with the reason it is not uncertain.
 */
public final class ParameterPriors {
    private static final List<Prior> PRIORS = List.of(
            logUniform("customers.value_median", 20, 80, "spend per purchase differs by trade; a factor of two either way"),
            uniform("customers.value_sigma", 0.5, 1.2, "lognormal spend spreads seen in retail panels, narrow to wide"),
            logUniform("customers.purchase_rate_mean", 0.025, 0.1, "one purchase in 10 to 40 days; half to twice the default"),
            logUniform("customers.temperament_concentration", 2, 8, "from a very mixed to a fairly uniform temperament"),
            logUniform("customers.rudeness_concentration", 2, 8, "from a very mixed to a fairly uniform rudeness"),
            uniform("customers.complaint_propensity_spread", 0.5, 1.5, "how much customers differ in voicing failures: half to 1.5 times the default"),
            uniform("customers.initial_loyalty_mean", 0.55, 0.85, "new customers lean loyal; how much is not measured"),
            logUniform("customers.initial_loyalty_concentration", 4, 30, "from varied to similar starting loyalty"),
            logUniform("customers.inquiry_rate", 0.005, 0.02, "routine questions: half to twice the default"),
            uniform("service.complaint_severity", 1.5, 4.5, "severity matters to voice; its strength is half to 1.5 times the default"),
            logUniform("service.severity_concentration", 2, 8, "from very mixed to fairly uniform failure severities"),
            uniform("service.return_probability", 0.1, 0.6, "repeat contacts are reported without a usable rate"),
            logUniform("service.return_delay_days", 0.5, 7, "a retry within hours to a week"),
            uniform("service.max_contacts", 2, 5, "few customers try more than a handful of times"),
            uniform("contact_centre.ended_handle_share", 0.25, 0.75, "ending a contact takes from a quarter to three quarters of serving it"),
            uniform("contact_centre.wait_anger_per_hour", 0.1, 0.8, "waiting angers; a quarter to twice the default"),
            uniform("encounter.anger_base", 0.1, 0.5, "how much a trivial failure angers: a third to 1.7 times the default"),
            uniform("encounter.hostile_anger", 0.35, 0.65, "where hostility starts on the anger scale: around its middle"),
            uniform("encounter.resolution_recovery", 0.5, 1.5, "how far recovery tools move resolution: half to 1.5 times the default"),
            uniform("encounter.standard_gesture_share", 0.25, 0.75, "a standard gesture is a quarter to three quarters of an excellent one"),
            uniform("encounter.repeat_contact_anger", 0.05, 0.3, "from a third of to the full escalation of a defensive answer"),
            uniform("encounter.escalation", 0.1, 0.5, "the Belding Training article says defensive answers escalate, not by how much"),
            uniform("encounter.deescalation", 0.1, 0.5, "the Belding Training article says kind answers calm, not by how much"),
            uniform("encounter.kind_policy_effect", 0.5, 1.5, "how far an instruction moves agents: half to 1.5 times the default"),
            uniform("loyalty.repurchase_severity", 0, 6, "TARP's large-problem figures cannot pin it; from no weight to three times the default"),
            uniform("loyalty.standard_recovery_quality", 0.4, 0.8, "a standard recovery delivers 40 to 80 % of an excellent one's gain"),
            uniform("loyalty.defensive_recovery_share", 0.1, 0.6, "a fix after a defensive answer keeps a tenth to over half of the goodwill"),
            logUniform("loyalty.recovery_wait_hours", 0.25, 4, "a recovery's gain halves after a quarter of an hour to half a working day of waiting"),
            uniform("loyalty.unresolved_loss_offset", 0.25, 1, "an unresolved trivial failure costs a fifth to half of an unresolved disaster"),
            uniform("loyalty.satisfaction_recovery_weight", 1, 3, "de Matos et al. 2007 find a paradox in satisfaction; its size is ours"),
            uniform("loyalty.defensive_loss", 0.05, 0.25, "a defensive answer to a complaint hurts twice; no figure says how much"),
            uniform("loyalty.defensive_loss_offset", 0.25, 1, "a calm customer minds a defensive answer a fifth to half as much as a furious one"),
            uniform("loyalty.kind_gain", 0, 0.03, "a kind answer helps a little, perhaps not at all"),
            uniform("loyalty.breaking_point_probability", 0.05, 0.3, "the breaking point is described, its rate is not"),
            uniform("loyalty.wait_loss_per_hour", 0.01, 0.1, "waiting costs loyalty; a fifth to twice the default"),
            logUniform("loyalty.reversion_days", 180, 730, "loyalty drifts back over half a year to two years"),
            logUniform("loyalty.appreciation_days", 60, 240, "felt appreciation fades over two to eight months"),
            uniform("market.natural_churn_per_year", 0.02, 0.08, "attrition no policy changes: 2 to 8 % a year"),
            logUniform("market.marketing_acquisitions_per_day", 3, 12, "marketing's reach: half to twice the default"),
            logUniform("agents.empathy_concentration", 4, 16, "from agents as varied as customers to a closely screened staff"),
            logUniform("agents.stress_recovery_days", 1, 7, "stress fades over a day to a week of rest"),
            uniform("agents.burnout_level", 0.7, 0.95, "agents quit well before or only at full stress"),
            uniform("agents.hiring_delay_days", 10, 42, "two to six weeks to hire"),
            uniform("agents.training_level_at_hire", 0, 0.2, "a replacement starts untrained or with a little experience"),
            uniform("economics.margin", 0.2, 0.45, "gross margins of retail and services"),
            uniform("economics.agent_wage_per_day", 120, 260, "a contact-centre position, low-wage to well-paid markets"),
            logUniform("economics.training_cost_basic", 750, 3000, "half to twice the default"),
            logUniform("economics.training_cost_empathy", 2000, 8000, "half to twice the default"),
            logUniform("economics.hiring_cost", 1500, 6000, "half to twice the default"),
            logUniform("economics.acquisition_cost", 30, 120, "half to twice the default"));

    private static final Map<String, String> CHOSEN = Map.of(
            "customers.initial_count", "the size of the base is the experimenter's choice, not an uncertainty");

    private static final Map<String, Prior> BY_KEY = index();

    private ParameterPriors() {
    }

    private static Map<String, Prior> index() {
        Map<String, Prior> map = new LinkedHashMap<>();
        for (Prior p : PRIORS) {
            if (map.put(p.key(), p) != null) {
                throw new IllegalStateException("two priors of " + p.key());
            }
        }
        return map;
    }

    /** @return every prior, in table order */
    public static List<Prior> all() {
        return PRIORS;
    }

    /** @return the prior of this parameter, if it is uncertain */
    public static Optional<Prior> find(String key) {
        return Optional.ofNullable(BY_KEY.get(key));
    }

    /** @return the assumption-tagged parameters that are chosen rather than uncertain, key to reason */
    public static Map<String, String> chosen() {
        return CHOSEN;
    }

    /** @return whether the parameter's source names it an assumption (no published figure) */
    public static boolean isAssumption(ParameterDef def) {
        return def.source().toLowerCase(Locale.ROOT).contains("assumption");
    }

    /** @return the registry's assumption-tagged parameters, in table order */
    public static List<ParameterDef> assumptions() {
        return ParameterRegistry.all().stream().filter(ParameterPriors::isAssumption).toList();
    }
}

package org.loyaltylab.model.param;

import static org.loyaltylab.model.param.ParameterDef.choice;
import static org.loyaltylab.model.param.ParameterDef.integer;
import static org.loyaltylab.model.param.ParameterDef.real;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every parameter an experiment can set: key, unit, default, allowed range, meaning and
 * source. The command line's {@code params}, experiment validation and the parameter table of
 * docs/MODEL.md are all generated from this table. Every number that shapes the model's
 * behaviour is here. The numbers left in the code are units (minutes
 * per day), numerical safeguards, and conventions that fix what a parameter means rather than
 * how the model behaves: the centre 0.5 of the logistic terms and of patience's temperament
 * term (it sets what a base coefficient means), and the ends of recovery (poor recovery
 * delivers none of the ideal gain and no gesture, excellent all of the gain and a full gesture).
 *
 * <p>Sources: a short reference to docs/REFERENCES.md is a published article or study (S000..S004
 * are the five articles the model is built from, its section 1, in that order); "calibrated"
 * marks a value fitted to a published figure; "assumption" marks a modelling choice with no
 * published figure, uncertain and given a prior in {@link ParameterPriors}; "convention" marks
 * a choice of definition or reporting, not of behaviour. The text after the tag gives the reason.
 *
 * <p>The {@code mechanisms} switches turn one mechanism off each, for ablation: off, the
 * parameters that carry it read as 0 ({@link Parameters#real}), so the mechanism's effect is
 * removed and nothing else changes.
 */
public final class ParameterRegistry {
    private static final String S000 = "Christofi, 'The 3 paradoxes of customer service' (Conicon)";
    private static final String S001 =
            "Solomon, 'The paradox that experts in customer service discover early on' (CustomerThink)";
    private static final String S002 = "'Why should we be kind to difficult customers?' (Belding Training)";
    private static final String S003 = "'Bad customer service or bad clients?' (Pop Up English)";
    private static final String S004 = "'The customer service paradox: explained' (440 Industries)";
    private static final String ASSUMPTION = "assumption";
    private static final String CALIBRATED = "calibrated: TARP large-problem figures (calibration/tarp.yaml; docs/MODEL.md, Calibration)";
    private static final String ERLANG = "queueing theory (Erlang C / Erlang A)";
    private static final List<String> ON_OFF = List.of("on", "off");
    private static final String SWITCH = "convention: an ablation switch; on is the model";
    private static final Map<String, List<ParameterDef>> CARRIERS = new LinkedHashMap<>();

    // --- simulation -----------------------------------------------------------------------
    public static final ParameterDef OBSERVATION_INTERVAL = integer("simulation.observation_interval_days", "days",
            7, 1, 3650, "days between two rows of the time series", "convention");
    public static final ParameterDef WARMUP = integer("simulation.warmup_days", "days", 0, 0, 36_500,
            "days at the start of a run left out of the statistics (summary, comparison, findings, survival), "
                    + "which then describe the customers present at its end and what accrues after it; the time "
                    + "series keeps every day, with a row on the last day of the warm-up", "convention");

    // --- customers (M1) -------------------------------------------------------------------
    public static final ParameterDef INITIAL_CUSTOMERS = integer("customers.initial_count", "customers",
            20_000, 0, 20_000_000, "customers in the base at day 0", ASSUMPTION);
    public static final ParameterDef VALUE_MEDIAN = real("customers.value_median", "currency/purchase",
            40, 0.01, 1e6, "median spend per purchase (lognormal across customers)", ASSUMPTION);
    public static final ParameterDef VALUE_SIGMA = real("customers.value_sigma", "-",
            0.8, 0, 3, "log-scale spread of spend per purchase", ASSUMPTION);
    public static final ParameterDef PURCHASE_RATE_MEAN = real("customers.purchase_rate_mean", "purchases/day",
            0.05, 1e-4, 10, "mean purchase rate (Poisson purchases per customer)", ASSUMPTION);
    public static final ParameterDef PURCHASE_RATE_SHAPE = real("customers.purchase_rate_shape", "-",
            2, 0.1, 100, "gamma shape of purchase-rate heterogeneity (NBD model)", "Ehrenberg NBD");
    public static final ParameterDef TEMPERAMENT_MEAN = real("customers.temperament_mean", "-",
            0.35, 0.01, 0.99, "mean anger propensity, 0 calm to 1 volatile (Beta)", S000);
    public static final ParameterDef TEMPERAMENT_CONCENTRATION = real("customers.temperament_concentration", "-",
            4, 0.5, 200, "Beta concentration (a+b) of temperament; lower is more varied", ASSUMPTION);
    public static final ParameterDef RUDENESS_CONCENTRATION = real("customers.rudeness_concentration", "-",
            4, 0.5, 200, "Beta concentration (a+b) of rudeness; lower is more varied", "assumption: as varied as temperament");
    public static final ParameterDef RUDENESS_MEAN = real("customers.rudeness_mean", "-",
            0.15, 0, 0.99, "mean chance that a hostile contact turns abusive (Beta)", S003);
    public static final ParameterDef PATIENCE_MEAN = real("customers.patience_mean_minutes", "minutes",
            15, 0.1, 10_000, "mean patience in the queue of an average-tempered customer (exponential)", ERLANG);
    public static final ParameterDef PATIENCE_TEMPERAMENT = real("customers.patience_temperament_effect", "-",
            0.8, 0, 1.9, "patience scales with 1 + effect x (0.5 - temperament): volatile customers hang up sooner; 0 gives everyone one exponential patience (Erlang A)", S000);
    public static final ParameterDef COMPLAINT_PROPENSITY_MEAN = real("customers.complaint_propensity_mean", "-",
            0.35, 0.01, 0.99, "mean propensity to voice a failure rather than stay silent", S001);
    public static final ParameterDef COMPLAINT_VALUE_CORRELATION = real("customers.complaint_value_correlation", "-",
            0.5, -0.95, 0.95, "correlation of complaint propensity with spend and engagement (Gaussian copula)", S001);
    public static final ParameterDef COMPLAINT_PROPENSITY_SPREAD = real("customers.complaint_propensity_spread", "logit",
            1, 0, 5, "standard deviation across customers of complaint propensity on the log-odds scale (logit-normal)", "assumption: one logit, so most customers lie between 0.15 and 0.6 at the default mean");
    public static final ParameterDef INITIAL_LOYALTY_MEAN = real("customers.initial_loyalty_mean", "-",
            0.7, 0.01, 0.99, "mean attitudinal loyalty at acquisition (Beta)", ASSUMPTION);
    public static final ParameterDef INITIAL_LOYALTY_CONCENTRATION = real("customers.initial_loyalty_concentration", "-",
            10, 0.5, 1e9, "Beta concentration (a+b) of initial loyalty; very large means everyone starts equal", ASSUMPTION);
    public static final ParameterDef INITIAL_APPRECIATION = real("customers.initial_appreciation", "-",
            0.6, 0, 1, "felt appreciation at acquisition", S000);
    public static final ParameterDef INQUIRY_RATE = real("customers.inquiry_rate", "contacts/day",
            0.01, 0, 1, "rate of routine contacts (questions) per customer, no failure involved", ASSUMPTION);

    // --- purchases and failures (M2, M3) ------------------------------------------------------
    public static final ParameterDef FAILURE_PROBABILITY = real("service.failure_probability", "-",
            0.05, 0, 1, "chance that a purchase fails (delay, defect)", S004);
    public static final ParameterDef SEVERITY_MEAN = real("service.severity_mean", "-",
            0.4, 0.01, 0.99, "mean severity of a failure, 0 trivial to 1 disastrous (Beta, concentration service.severity_concentration)", S004);
    public static final ParameterDef SEVERITY_CONCENTRATION = real("service.severity_concentration", "-",
            4, 0.5, 200, "Beta concentration (a+b) of a failure's severity; lower is more varied", ASSUMPTION);
    public static final ParameterDef COMPLAINT_BASE = real("service.complaint_base", "logit",
            -4.463, -10, 10, "log-odds of complaining for an average customer and a trivial failure; the default voices about 4 % of failures (TARP's field rate, about 1 in 25), -1.5 about 37 % (the default before calibration)", CALIBRATED);
    public static final ParameterDef COMPLAINT_SEVERITY = real("service.complaint_severity", "logit",
            3, 0, 20, "increase in log-odds of complaining per unit severity", ASSUMPTION);
    public static final ParameterDef COMPLAINT_PROPENSITY = real("service.complaint_propensity", "logit",
            4, 0, 20, "increase in log-odds of complaining per unit complaint propensity above 0.5", S001);
    public static final ParameterDef LARGE_PROBLEM_SEVERITY = real("service.large_problem_severity", "-",
            0.5, 0, 1, "severity at or above which a failure counts as a large problem (problem_size in failures.csv)", "convention: TARP reports small and large problems without a severity scale; the cut is ours");
    public static final ParameterDef RETURN_PROBABILITY = real("service.return_probability", "-",
            0.3, 0, 1, "chance that a customer whose complaint contact ended unresolved (not resolved, hung up, or cut off) contacts the centre again about it; 0 gives one contact per complaint", "assumption: modest, so the default stays close to the one-contact model; TARP-style studies report repeat contacts without a rate we can use");
    public static final ParameterDef RETURN_DELAY = real("service.return_delay_days", "days",
            2, 0.01, 365, "mean delay before a repeat contact (exponential)", "assumption: a customer retries within days");
    public static final ParameterDef MAX_CONTACTS = integer("service.max_contacts", "contacts",
            3, 1, 100, "contacts about one failure after which an unresolved customer gives up", "assumption: few customers try more than three times");
    public static final ParameterDef QUICK_CONTACTS = integer("service.quick_resolution_contacts", "contacts",
            1, 1, 100, "a resolution is quick if it came at or before this contact about the failure (and within the quick days)", "convention: resolved at the first contact");
    public static final ParameterDef QUICK_DAYS = real("service.quick_resolution_days", "days",
            1, 0, 365, "a resolution is quick if it came within this many days of the failure (and within the quick contacts)", "convention: resolved the same day");
    public static final ParameterDef BOUGHT_AGAIN_DAYS = real("service.bought_again_days", "days",
            90, 1, 3650, "bought_again in failures.csv: a purchase after the failure and no later than this many days after it was settled", "convention: a quarter, about four purchases of an average customer");

    // --- contact centre (M4) ---------------------------------------------------------------
    public static final ParameterDef AGENTS = integer("contact_centre.agents", "agents",
            3, 1, 100_000, "staffed service agents (positions)", ERLANG);
    public static final ParameterDef HANDLE_MINUTES = real("contact_centre.handle_minutes_mean", "minutes",
            10, 0.1, 600, "mean handling time of a calm contact (before anger and training adjustments)", ERLANG);
    public static final ParameterDef HANDLE_ANGER = real("contact_centre.handle_anger_factor", "-",
            1, 0, 10, "relative increase of handling time per unit anger", S003);
    public static final ParameterDef HANDLE_TRAINING = real("contact_centre.handle_untrained_factor", "-",
            0.5, 0, 10, "relative increase of handling time for an untrained agent (training 0)", S003);
    public static final ParameterDef ENDED_HANDLE_SHARE = real("contact_centre.ended_handle_share", "-",
            0.5, 0, 1, "share of its drawn handling time that an abusive contact takes when the agent ends it (boundaries policy)", "assumption: ending a contact well takes time too, about half of it");
    public static final ParameterDef ABANDONMENT = choice("contact_centre.abandonment", "on", ON_OFF,
            "whether waiting customers hang up when their patience runs out", ERLANG);
    public static final ParameterDef WAIT_ANGER = real("contact_centre.wait_anger_per_hour", "anger/hour",
            0.4, 0, 10, "anger added per hour waited in the queue", ASSUMPTION);
    public static final ParameterDef BACK_OFFICE_SUPPORT = real("contact_centre.back_office_support", "-",
            0.6, 0, 1, "internal service: how well the back office helps agents resolve problems", S002);

    // --- encounter (M5) ----------------------------------------------------------------------
    public static final ParameterDef ANGER_BASE = real("encounter.anger_base", "anger",
            0.3, 0, 2, "anger on arrival per unit temperament at a trivial failure: temperament x (base + severity), before waiting and repeat contacts add theirs", "assumption: even a trivial failure angers a volatile customer a little");
    public static final ParameterDef HOSTILE_ANGER = real("encounter.hostile_anger", "anger",
            0.5, 0, 1, "anger after the answer above which a contact is hostile: it stresses the agent, can reach the breaking point and is memorable enough to tell", "assumption: the middle of the anger scale");
    public static final ParameterDef DEFENSIVE_BASE = real("encounter.defensive_base", "logit",
            -2.5, -10, 10, "log-odds of a defensive answer for a calm customer and an average agent", S000);
    public static final ParameterDef DEFENSIVE_ANGER = real("encounter.defensive_anger", "logit",
            4, 0, 20, "increase in log-odds of a defensive answer per unit customer anger", S000);
    public static final ParameterDef DEFENSIVE_STRESS = real("encounter.defensive_stress", "logit",
            2.5, 0, 20, "increase in log-odds of a defensive answer per unit agent stress", S002);
    public static final ParameterDef DEFENSIVE_EMPATHY = real("encounter.defensive_empathy", "logit",
            2, 0, 20, "decrease in log-odds of a defensive answer per unit agent empathy above 0.5", S000);
    public static final ParameterDef DEFENSIVE_TRAINING = real("encounter.defensive_training", "logit",
            1.5, 0, 20, "decrease in log-odds of a defensive answer per unit agent training above 0.5", S003);
    public static final ParameterDef KIND_POLICY_EFFECT = real("encounter.kind_policy_effect", "logit",
            1, 0, 20, "shift in log-odds of a defensive answer: minus under kind handling, plus under defensive", S002);
    public static final ParameterDef ESCALATION = real("encounter.escalation", "anger",
            0.3, 0, 1, "anger added by a defensive answer", S002);
    public static final ParameterDef DEESCALATION = real("encounter.deescalation", "anger",
            0.3, 0, 1, "anger removed by a kind answer", S002);
    public static final ParameterDef ABUSE_THRESHOLD = real("encounter.abuse_anger_threshold", "anger",
            0.6, 0, 1, "anger above which a rude customer may turn abusive", S003);
    public static final ParameterDef RESOLUTION_BASE = real("encounter.resolution_base", "logit",
            0.5, -10, 10, "log-odds of resolving an average problem", S003);
    public static final ParameterDef RESOLUTION_TRAINING = real("encounter.resolution_training", "logit",
            2.5, 0, 20, "increase in log-odds of resolution per unit training above 0.5 (knowing and using the tools)", S003);
    public static final ParameterDef RESOLUTION_SUPPORT = real("encounter.resolution_support", "logit",
            2, 0, 20, "increase in log-odds of resolution per unit back-office support above 0.5", S002);
    public static final ParameterDef RESOLUTION_SEVERITY = real("encounter.resolution_severity", "logit",
            2, 0, 20, "decrease in log-odds of resolution per unit severity above 0.5", S004);
    public static final ParameterDef RESOLUTION_DEFENSIVE = real("encounter.resolution_defensive", "logit",
            1.5, 0, 20, "decrease in log-odds of resolution after a defensive answer", S002);
    public static final ParameterDef RESOLUTION_ANGER = real("encounter.resolution_anger", "logit",
            1, 0, 20, "decrease in log-odds of resolution per unit anger above 0.5 after the answer", S002);
    public static final ParameterDef RESOLUTION_RECOVERY = real("encounter.resolution_recovery", "logit",
            1, 0, 20, "shift in log-odds of resolution: plus under excellent recovery (tools, priority), minus under poor", "assumption: one logit either way, about 20 points of resolution at the default");
    public static final ParameterDef STANDARD_GESTURE_SHARE = real("encounter.standard_gesture_share", "-",
            0.5, 0, 1, "share of a full recovery gesture (and of its cost) that a resolved complaint gets under standard recovery; excellent recovery gives a full one, poor none", "assumption: half way between poor and excellent");
    public static final ParameterDef REPEAT_ANGER = real("encounter.repeat_contact_anger", "anger",
            0.15, 0, 1, "anger added on arrival per earlier contact about the same failure (a customer who must call again is angrier)", "assumption: the same order as a defensive answer's escalation, halved");
    public static final ParameterDef THANK_PROBABILITY = real("encounter.thank_probability", "-",
            0.5, 0, 1, "chance that an untrained agent thanks the customer (rises to 1 with training)", S003);

    // --- loyalty responses (M6, M7) ----------------------------------------------------------
    public static final ParameterDef FAILURE_LOSS = real("loyalty.failure_loss", "loyalty",
            0.15, 0, 1, "loyalty lost per unit severity when a purchase fails", S004);
    public static final ParameterDef RECOVERY_GAIN = real("loyalty.recovery_gain", "loyalty",
            0.3, 0, 1, "loyalty gained from an ideal recovery (resolved, kind, fast, with a gesture) of a first trivial failure", S004);
    public static final ParameterDef STANDARD_RECOVERY_QUALITY = real("loyalty.standard_recovery_quality", "-",
            0.6, 0, 1, "share of the ideal recovery gain that standard recovery delivers (excellent delivers all of it, poor none)", "assumption: a standard recovery is more than half as good as an excellent one");
    public static final ParameterDef DEFENSIVE_RECOVERY_SHARE = real("loyalty.defensive_recovery_share", "-",
            0.3, 0, 1, "share of a recovery's loyalty gain that is kept when the problem was fixed after a defensive answer", "assumption: a fix delivered rudely earns little goodwill");
    public static final ParameterDef RECOVERY_WAIT_HOURS = real("loyalty.recovery_wait_hours", "hours",
            1, 0.01, 1000, "hours waited that halve a recovery's loyalty gain: the gain scales with 1 / (1 + hours waited / this)", "assumption: a fast recovery counts (440 Industries); how fast is ours");
    public static final ParameterDef SEVERITY_FADE = real("loyalty.recovery_severity_fade", "-",
            2, 0, 20, "exponent: the recovery gain scales with (1 - severity)^fade", S004);
    public static final ParameterDef REPEAT_FADE = real("loyalty.recovery_repeat_fade", "-",
            1.5, 0, 20, "the recovery gain scales with exp(-fade x earlier failures)", S004 + "; Maxham and Netemeyer 2002");
    public static final ParameterDef UNRESOLVED_LOSS = real("loyalty.unresolved_loss", "loyalty",
            0.12, 0, 1, "loyalty lost when a complaint is not resolved", S004);
    public static final ParameterDef UNRESOLVED_LOSS_OFFSET = real("loyalty.unresolved_loss_offset", "-",
            0.5, 0, 5, "an unresolved complaint costs unresolved_loss x (offset + severity)", "assumption: an unresolved trivial failure costs a third of an unresolved disaster");
    public static final ParameterDef SATISFACTION_WEIGHT = real("loyalty.satisfaction_recovery_weight", "-",
            2, 0, 10, "satisfaction with a failure starts at the loyalty left after it and moves with each contact's loyalty effect, gains multiplied by this weight (losses as they are): recovery raises satisfaction more than loyalty", "de Matos, Henrique and Rossi 2007 (published: a recovery paradox in satisfaction, none in repurchase intention); the weight is an assumption");
    public static final ParameterDef REPURCHASE_BASE = real("loyalty.repurchase_base", "logit",
            -2.99, -10, 10, "log-odds that a customer keeps buying when a failure is settled, for a silent customer with satisfaction 0.5 and severity 0.5; who declines leaves quietly (exit reason quiet_exit)", CALIBRATED);
    public static final ParameterDef REPURCHASE_SATISFACTION = real("loyalty.repurchase_satisfaction", "logit",
            11.79, 0, 30, "increase in log-odds of keeping buying per unit satisfaction with the failure above 0.5", CALIBRATED);
    public static final ParameterDef REPURCHASE_VOICE = real("loyalty.repurchase_voice", "logit",
            3.685, -10, 10, "shift in log-odds of keeping buying when the customer complained about the failure (voice: the firm heard them)", CALIBRATED);
    public static final ParameterDef REPURCHASE_RESOLUTION = real("loyalty.repurchase_resolution", "logit",
            2.83, -10, 10, "shift in log-odds of keeping buying when the complaint was resolved", CALIBRATED);
    public static final ParameterDef REPURCHASE_SEVERITY = real("loyalty.repurchase_severity", "logit",
            2, 0, 20, "decrease in log-odds of keeping buying per unit severity above 0.5", "assumption: a worse problem weighs more in the decision; TARP's large-problem figures cannot pin it (prior 0 to 6)");
    public static final ParameterDef DEFENSIVE_LOSS = real("loyalty.defensive_loss", "loyalty",
            0.15, 0, 1, "loyalty lost per defensive answer (double deviation), scaled by anger", S002);
    public static final ParameterDef DEFENSIVE_LOSS_OFFSET = real("loyalty.defensive_loss_offset", "anger",
            0.5, 0, 5, "a defensive answer costs defensive_loss x (offset + anger after the answer)", "assumption: a calm customer minds a defensive answer a third as much as a furious one");
    public static final ParameterDef KIND_GAIN = real("loyalty.kind_gain", "loyalty",
            0.01, 0, 1, "loyalty gained from a kind answer", S002);
    public static final ParameterDef THANKS_GAIN = real("loyalty.thanks_gain", "loyalty",
            0.005, 0, 1, "loyalty gained when the agent thanks the customer", S003);
    public static final ParameterDef FOLLOW_UP_GAIN = real("loyalty.follow_up_gain", "loyalty",
            0.04, 0, 1, "loyalty gained from a follow-up after a resolved complaint", S003);
    public static final ParameterDef APPRECIATION_STEP = real("loyalty.appreciation_step", "-",
            0.05, 0, 1, "felt appreciation added by a thank-you, gesture or follow-up (and removed by a defensive answer)", S000);
    public static final ParameterDef WAIT_LOSS = real("loyalty.wait_loss_per_hour", "loyalty/hour",
            0.05, 0, 1, "loyalty lost per hour waited", ASSUMPTION);
    public static final ParameterDef ABANDON_LOSS = real("loyalty.abandon_loss", "loyalty",
            0.06, 0, 1, "loyalty lost on hanging up unserved", ERLANG);
    public static final ParameterDef REVERSION_DAYS = real("loyalty.reversion_days", "days",
            365, 1, 100_000, "time constant of loyalty's drift back to its anchor between encounters", ASSUMPTION);
    public static final ParameterDef GRANTED_ANCHOR_DROP = real("loyalty.granted_anchor_drop", "loyalty",
            0.15, 0, 1, "how far the loyalty anchor falls for a customer who feels taken for granted", S000);
    public static final ParameterDef APPRECIATION_GRANTED = real("loyalty.appreciation_granted", "-",
            0.2, 0, 1, "felt appreciation that customers drift to when taken for granted", S000);
    public static final ParameterDef APPRECIATION_SPECIAL = real("loyalty.appreciation_special", "-",
            0.85, 0, 1, "felt appreciation that customers drift to when treated as special", S000);
    public static final ParameterDef APPRECIATION_DAYS = real("loyalty.appreciation_days", "days",
            120, 1, 100_000, "time constant of felt appreciation's drift", ASSUMPTION);
    public static final ParameterDef BREAKING_POINT = real("loyalty.breaking_point_probability", "-",
            0.15, 0, 1, "chance of leaving at once after a hostile (anger above 0.5) defensive or unresolved encounter, scaled by anger x (1 - loyalty)", S002);

    // --- market, churn, word of mouth (M8, M9) ------------------------------------------------
    public static final ParameterDef COMPETITION = real("market.competition", "-",
            0.6, 0, 1, "intensity of competition, 0 monopoly to 1 many close rivals", S000);
    public static final ParameterDef NATURAL_CHURN = real("market.natural_churn_per_year", "1/year",
            0.04, 0, 5, "attrition no policy changes (moving away, needs ending)", ASSUMPTION);
    public static final ParameterDef UNRESOLVED_HAZARD = real("market.unresolved_hazard_per_year", "1/year",
            1.0, 0, 20, "extra churn hazard from an unresolved failure (silent or not fixed) until the next good purchase", S000 + ": 68 % leave over poor or indifferent service; " + S004);
    public static final ParameterDef INDIFFERENCE_HAZARD = real("market.indifference_hazard_per_year", "1/year",
            0.6, 0, 20, "churn hazard at full competition of a customer with zero loyalty who feels no appreciation", S000 + ": 68 % leave over poor or indifferent service");
    public static final ParameterDef COMPETITOR_HAZARD = real("market.competitor_hazard_per_year", "1/year",
            0.2, 0, 20, "churn hazard at full competition of a customer with zero loyalty", S000);
    public static final ParameterDef MARKETING_ACQUISITION = real("market.marketing_acquisitions_per_day", "customers/day",
            6, 0, 1e6, "new customers per day won by marketing", ASSUMPTION);
    public static final ParameterDef MAX_CUSTOMERS = integer("market.max_customers", "customers",
            20_000_000, 1, 20_000_000, "ceiling on customers ever acquired, the initial base included: at the ceiling marketing stops and referrals are turned away (counted in the findings), so the base cannot outgrow memory", "convention: a safeguard, not behaviour; far above any ready experiment (about 24,000 customers ever acquired)");
    public static final ParameterDef NETWORK_DEGREE = integer("market.network_degree", "contacts",
            6, 0, 100, "social contacts per customer", "word-of-mouth literature");
    public static final ParameterDef GOOD_STORY_REACH = integer("market.good_story_reach", "contacts",
            2, 0, 100, "contacts told about a memorable good experience", S004);
    public static final ParameterDef BAD_STORY_REACH = integer("market.bad_story_reach", "contacts",
            5, 0, 100, "contacts told about a bad encounter (bad stories travel further)", "TARP: bad news told to twice as many");
    public static final ParameterDef STORY_EFFECT = real("market.story_loyalty_effect", "loyalty",
            0.02, 0, 1, "loyalty change of a customer who hears a story (plus for good, minus for bad)", S004);
    public static final ParameterDef STORY_CONVERSION = real("market.story_conversion_probability", "-",
            0.08, 0, 1, "chance that a good story wins a new customer (referral)", S004);

    // --- agents (M10) -------------------------------------------------------------------------
    public static final ParameterDef EMPATHY_MEAN = real("agents.empathy_mean", "-",
            0.5, 0.01, 0.99, "mean empathy of hired agents (Beta)", S000);
    public static final ParameterDef EMPATHY_CONCENTRATION = real("agents.empathy_concentration", "-",
            8, 0.5, 200, "Beta concentration (a+b) of hired agents' empathy; lower is more varied", "assumption: hiring screens agents, so they vary less than customers' temperament (4)");
    public static final ParameterDef STRESS_HOSTILE = real("agents.stress_per_hostile_contact", "stress",
            0.01, 0, 1, "stress added by a hostile (angry) contact", S002);
    public static final ParameterDef STRESS_ABUSE = real("agents.stress_per_abusive_contact", "stress",
            0.12, 0, 1, "stress added by an abusive contact that the agent must sit through", S003);
    public static final ParameterDef BOUNDARY_RELIEF = real("agents.boundary_stress_share", "-",
            0.3, 0, 1, "share of abuse stress still felt when boundaries let the agent end the contact", S003);
    public static final ParameterDef STRESS_RECOVERY_DAYS = real("agents.stress_recovery_days", "days",
            3, 0.01, 1000, "time constant of stress relief by rest", ASSUMPTION);
    public static final ParameterDef BURNOUT_LEVEL = real("agents.burnout_level", "stress",
            0.85, 0.05, 1, "stress at which an agent quits", ASSUMPTION);
    public static final ParameterDef HIRING_DELAY = real("agents.hiring_delay_days", "days",
            21, 0, 365, "days to hire a replacement for an agent who quit", ASSUMPTION);
    public static final ParameterDef TRAINING_DAYS = real("agents.training_days", "days",
            30, 0, 365, "days for a new hire to reach the training programme's level", S003);
    public static final ParameterDef TRAINING_AT_HIRE = real("agents.training_level_at_hire", "-",
            0, 0, 1, "training level of a replacement on its first day, rising to the programme's level with time constant training_days (the initial staff start at that level)", "assumption: a replacement starts untrained");
    public static final ParameterDef TRAINING_NONE = real("agents.training_level_none", "-",
            0.2, 0, 1, "training level reached with no programme", S003);
    public static final ParameterDef TRAINING_BASIC = real("agents.training_level_basic", "-",
            0.6, 0, 1, "training level reached with the basic programme", S003);
    public static final ParameterDef TRAINING_EMPATHY = real("agents.training_level_empathy", "-",
            0.75, 0, 1, "training level reached with the empathy programme", S000);
    public static final ParameterDef EMPATHY_BOOST = real("agents.empathy_programme_boost", "-",
            0.25, 0, 1, "empathy added by the empathy programme (capped at 1)", S000);

    // --- economics (M11) ---------------------------------------------------------------------
    public static final ParameterDef MARGIN = real("economics.margin", "-",
            0.3, 0, 1, "gross margin on sales", ASSUMPTION);
    public static final ParameterDef WAGE = real("economics.agent_wage_per_day", "currency/day",
            180, 0, 1e6, "cost of one staffed agent position per day", ASSUMPTION);
    public static final ParameterDef TRAINING_COST_BASIC = real("economics.training_cost_basic", "currency/agent/year",
            1500, 0, 1e7, "cost of the basic programme per agent position per year", ASSUMPTION);
    public static final ParameterDef TRAINING_COST_EMPATHY = real("economics.training_cost_empathy", "currency/agent/year",
            4000, 0, 1e7, "cost of the empathy programme per agent position per year", ASSUMPTION);
    public static final ParameterDef HIRING_COST = real("economics.hiring_cost", "currency/hire",
            3000, 0, 1e7, "recruiting cost of replacing an agent who quit", ASSUMPTION);
    public static final ParameterDef GESTURE_COST = real("economics.recovery_gesture_cost", "currency/gesture",
            10, 0, 1e6, "cost of a recovery gesture (discount, voucher)", S004);
    public static final ParameterDef SPECIAL_COST = real("economics.special_cost_per_purchase", "currency/purchase",
            0.6, 0, 1e6, "cost of treating a purchase specially (thanks, personal attention, small gifts)", S000);
    public static final ParameterDef FOLLOW_UP_COST = real("economics.follow_up_cost", "currency/follow-up",
            3, 0, 1e6, "cost of a follow-up contact", S003);
    public static final ParameterDef ACQUISITION_COST = real("economics.acquisition_cost", "currency/customer",
            60, 0, 1e7, "marketing cost per customer won by marketing", ASSUMPTION);

    public static final ParameterDef CURRENCY = choice("economics.currency", "money units",
            List.of("money units", "EUR", "USD", "GBP", "CHF", "SEK", "NOK", "DKK", "PLN", "CZK", "CAD", "AUD", "NZD",
                    "JPY", "CNY", "INR", "BRL", "MXN", "ZAR", "SGD", "HKD"),
            "label of every amount of money in tables, charts and findings (ISO 4217 code); it converts nothing",
            "convention: the default amounts are no country's prices, so the default says so; a manager's centre "
                    + "(centre: currency) names its own");

    // --- policies ------------------------------------------------------------------------------
    public static final ParameterDef HANDLING = choice("policies.handling", "defensive",
            List.of("kind", "defensive"), "how agents are told to answer angry customers", S000 + "; " + S002);
    public static final ParameterDef APPRECIATION = choice("policies.appreciation", "granted",
            List.of("granted", "special", "special-for-high-value"),
            "whether customers are taken for granted or treated as special", S000);
    public static final ParameterDef HIGH_VALUE_SHARE = real("policies.high_value_share", "-",
            0.2, 0, 1, "share of customers (by spend) counted as high-value", S001);
    public static final ParameterDef TRAINING = choice("policies.training", "basic",
            List.of("none", "basic", "empathy"), "training programme for agents", S000 + "; " + S003);
    public static final ParameterDef ABUSE = choice("policies.abuse", "tolerate",
            List.of("tolerate", "boundaries"), "whether agents may end abusive contacts", S003);
    public static final ParameterDef ROUTING = choice("policies.routing", "fifo",
            List.of("fifo", "value-priority"), "queue discipline of the contact centre", ERLANG);
    public static final ParameterDef FOLLOW_UP = choice("policies.follow_up", "off", ON_OFF,
            "whether resolved complaints get a follow-up", S003);
    public static final ParameterDef RECOVERY = choice("policies.recovery", "standard",
            List.of("poor", "standard", "excellent"),
            "service recovery: poor (no gesture, slow), standard, excellent (gesture, tools, priority)", S004);
    public static final ParameterDef COMPLAINERS = choice("policies.complainers", "keep",
            List.of("keep", "turn-away"), "whether frequent complainers are turned away", S001);
    public static final ParameterDef TURN_AWAY_AFTER = integer("policies.turn_away_after", "complaints",
            3, 1, 1000, "complaints after which a customer is turned away (turn-away policy)", S001);

    // --- mechanism switches (ablation) ----------------------------------------------------------
    public static final ParameterDef MECHANISM_DIRECT_ANSWER = mechanism("direct_answer_effect",
            "an answer moves loyalty directly: a defensive one costs loyalty, a kind one earns a little",
            DEFENSIVE_LOSS, KIND_GAIN);
    public static final ParameterDef MECHANISM_ESCALATION = mechanism("escalation",
            "an answer moves anger: a defensive one raises it, a kind one lowers it", ESCALATION, DEESCALATION);
    public static final ParameterDef MECHANISM_STRESS_CONTAGION = mechanism("stress_contagion",
            "the stress hostile customers leave in an agent makes the agent's next answers defensive more often (off, stress still builds up and burns agents out)",
            DEFENSIVE_STRESS);
    public static final ParameterDef MECHANISM_WAIT_PENALTY = mechanism("wait_penalty",
            "waiting in the queue costs loyalty", WAIT_LOSS);
    public static final ParameterDef MECHANISM_RECOVERY_GAIN = mechanism("recovery_gain",
            "a resolved complaint can raise loyalty (the service recovery paradox)", RECOVERY_GAIN);
    public static final ParameterDef MECHANISM_BREAKING_POINT = mechanism("breaking_point",
            "a hostile customer handled badly can leave at once", BREAKING_POINT);
    public static final ParameterDef MECHANISM_WORD_OF_MOUTH = mechanism("word_of_mouth",
            "customers tell their contacts about memorable experiences, moving their loyalty and winning referrals",
            GOOD_STORY_REACH, BAD_STORY_REACH);

    private static final Map<String, ParameterDef> BY_KEY = index();

    private ParameterRegistry() {
    }

    private static Map<String, ParameterDef> index() {
        Map<String, ParameterDef> map = new LinkedHashMap<>();
        for (java.lang.reflect.Field f : ParameterRegistry.class.getDeclaredFields()) {
            if (f.getType() == ParameterDef.class) {
                try {
                    ParameterDef def = (ParameterDef) f.get(null);
                    if (map.put(def.key(), def) != null) {
                        throw new IllegalStateException("duplicate parameter " + def.key());
                    }
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return map;
    }

    /**
     * A mechanism switch: "on" (the default) or "off", which makes the carriers read as 0.
     *
     * @param name     the key after {@code mechanisms.}
     * @param meaning  what the mechanism does
     * @param carriers the parameters whose effect is the mechanism; 0 must be allowed for each
     */
    private static ParameterDef mechanism(String name, String meaning, ParameterDef... carriers) {
        List<String> keys = new ArrayList<>();
        for (ParameterDef c : carriers) {
            if (!(c.min() <= 0 && 0 <= c.max())) {
                throw new IllegalStateException("mechanism " + name + ": " + c.key() + " cannot be 0");
            }
            keys.add(c.key());
        }
        ParameterDef def = choice("mechanisms." + name, "on", ON_OFF,
                meaning + "; off: " + String.join(" and ", keys) + " read as 0", SWITCH);
        CARRIERS.put(def.key(), List.of(carriers));
        return def;
    }

    /** @return every parameter, in table order (grouped by area) */
    public static List<ParameterDef> all() {
        return List.copyOf(BY_KEY.values());
    }

    /** @return the parameter with this key, if any */
    public static Optional<ParameterDef> find(String key) {
        return Optional.ofNullable(BY_KEY.get(key));
    }

    /** @return the mechanism switches, in table order */
    public static List<ParameterDef> mechanisms() {
        return CARRIERS.keySet().stream().map(BY_KEY::get).toList();
    }

    /**
     * @param mechanism a mechanism switch
     * @return the parameters that carry it, which read as 0 when it is off
     */
    public static List<ParameterDef> carriers(ParameterDef mechanism) {
        List<ParameterDef> carriers = CARRIERS.get(mechanism.key());
        if (carriers == null) {
            throw new IllegalArgumentException(mechanism.key() + " is not a mechanism switch");
        }
        return carriers;
    }

    /** @return the areas, in table order */
    public static List<String> areas() {
        return BY_KEY.values().stream().map(ParameterDef::area).distinct().toList();
    }

    /**
     * @return the parameter with this key
     * @throws InvalidParameterException naming the key and the keys of its area if unknown
     */
    public static ParameterDef require(String key) {
        ParameterDef def = BY_KEY.get(key);
        if (def == null) {
            throw new InvalidParameterException(key, "unknown parameter '" + key + "'", knownKeysNear(key));
        }
        return def;
    }

    private static String knownKeysNear(String key) {
        int dot = key.indexOf('.');
        String area = dot > 0 ? key.substring(0, dot) : key;
        List<String> same = BY_KEY.keySet().stream().filter(k -> k.startsWith(area + ".")).toList();
        if (same.isEmpty()) {
            return "areas: " + String.join(", ", areas());
        }
        return String.join(", ", same);
    }
}

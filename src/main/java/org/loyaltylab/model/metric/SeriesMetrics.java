package org.loyaltylab.model.metric;

import static org.loyaltylab.model.metric.Aggregation.LAST;
import static org.loyaltylab.model.metric.Aggregation.RATIO;
import static org.loyaltylab.model.metric.Aggregation.SUM;
import static org.loyaltylab.model.metric.Kind.CUMULATIVE;
import static org.loyaltylab.model.metric.Kind.LEVEL;
import static org.loyaltylab.model.metric.Kind.PER_INTERVAL;

import java.util.Map;
import org.loyaltylab.model.customer.ExitReason;
import org.loyaltylab.model.customer.FailureExperience;
import org.loyaltylab.model.economy.CostComponent;

/**
 * The registry of time-series figures: the columns of timeseries.csv after {@code arm,
 * replication, day}, in column order, one row per observation day.
 */
public final class SeriesMetrics {
    /** Every time-series figure, in column order. */
    public static final MetricSet ALL = new MetricSet("time-series figure");

    public static final Metric ACTIVE_CUSTOMERS = ALL.add("active_customers", "customers", LEVEL, LAST,
            "customers active on the day");
    public static final Metric ACQUIRED_TOTAL = ALL.add("acquired_total", "customers", CUMULATIVE, LAST,
            "customers acquired since day 0, the initial base included");
    public static final Metric CHURNED_TOTAL = ALL.add("churned_total", "customers", CUMULATIVE, LAST,
            "customers lost since day 0, for every reason");
    private static final Map<ExitReason, Metric> CHURNED = ALL.addPer(ExitReason.class,
            r -> "churn_" + r.label() + "_total", "customers", CUMULATIVE, LAST,
            r -> "customers lost since day 0 who " + r.meaning());
    public static final Metric MEAN_LOYALTY = ALL.add("mean_loyalty", "score 0-1", LEVEL, LAST,
            "mean loyalty of active customers");
    public static final Metric MEAN_APPRECIATION = ALL.add("mean_appreciation", "score 0-1", LEVEL, LAST,
            "mean felt appreciation of active customers");
    private static final Map<FailureExperience, Metric> LOYALTY_BY_FAILURE = ALL.addPer(FailureExperience.class,
            f -> "mean_loyalty_failure_" + f.label(), "score 0-1", LEVEL, LAST,
            f -> "mean loyalty of active customers with " + f.meaning());
    public static final Metric MEAN_LOYALTY_NONE_COMPARABLE = ALL.add("mean_loyalty_failure_none_comparable",
            "score 0-1", LEVEL, LAST,
            "mean loyalty of never-failed customers, standardised to the recovered customers' purchase rates");
    public static final Metric PURCHASES = ALL.add("purchases", "purchases", PER_INTERVAL, SUM,
            "purchases made in the interval");
    public static final Metric FAILURES = ALL.add("failures", "failures", PER_INTERVAL, SUM,
            "service failures in the interval");
    public static final Metric COMPLAINTS = ALL.add("complaints", "complaints", PER_INTERVAL, SUM,
            "failures voiced as a complaint in the interval");
    public static final Metric CONTACTS = ALL.add("contacts", "contacts", PER_INTERVAL, SUM,
            "contacts arriving at the contact centre in the interval");
    public static final Metric ABANDONED = ALL.add("abandoned", "contacts", PER_INTERVAL, SUM,
            "contacts that hung up while waiting, in the interval");
    public static final Metric MEAN_WAIT_MINUTES = ALL.add("mean_wait_minutes", "minutes", PER_INTERVAL, RATIO,
            "mean wait of the contacts served or abandoned in the interval");
    public static final Metric DEFENSIVE_SHARE = ALL.add("defensive_share", "share 0-1", PER_INTERVAL, RATIO,
            "share of the contacts served in the interval that got a defensive answer");
    public static final Metric RESOLUTION_RATE = ALL.add("resolution_rate", "share 0-1", PER_INTERVAL, RATIO,
            "share of the complaints served in the interval that were resolved");
    public static final Metric ABUSIVE_CONTACTS = ALL.add("abusive_contacts", "contacts", PER_INTERVAL, SUM,
            "abusive contacts in the interval");
    public static final Metric QUEUE_LENGTH = ALL.add("queue_length", "contacts", LEVEL, LAST,
            "contacts waiting on the day");
    public static final Metric AGENTS_EMPLOYED = ALL.add("agents_employed", "agents", LEVEL, LAST,
            "agent positions filled on the day");
    public static final Metric AGENT_STRESS_MEAN = ALL.add("agent_stress_mean", "stress", LEVEL, LAST,
            "mean stress of the agents on the day (1 is the burnout level)");
    public static final Metric AGENTS_QUIT_TOTAL = ALL.add("agents_quit_total", "agents", CUMULATIVE, LAST,
            "agents who quit since day 0");
    public static final Metric REVENUE_CUM = ALL.add("revenue_cum", "currency", CUMULATIVE, LAST,
            "sales revenue since day 0");
    public static final Metric COST_CUM = ALL.add("cost_cum", "currency", CUMULATIVE, LAST,
            "cost since day 0, the sum of the components");
    public static final Metric PROFIT_CUM = ALL.add("profit_cum", "currency", CUMULATIVE, LAST,
            "revenue minus cost since day 0");
    private static final Map<CostComponent, Metric> COST = ALL.addPer(CostComponent.class,
            c -> "cost_" + c.label() + "_cum", "currency", CUMULATIVE, LAST, c -> "cost since day 0 of " + c.meaning());

    private SeriesMetrics() {
    }

    /** @return the customers lost since day 0 for {@code reason} */
    public static Metric churned(ExitReason reason) {
        return CHURNED.get(reason);
    }

    /** @return the mean loyalty of active customers whose first failure went as {@code experience} */
    public static Metric meanLoyalty(FailureExperience experience) {
        return LOYALTY_BY_FAILURE.get(experience);
    }

    /** @return the cost of {@code component} since day 0 */
    public static Metric cost(CostComponent component) {
        return COST.get(component);
    }
}

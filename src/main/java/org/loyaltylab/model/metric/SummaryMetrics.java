package org.loyaltylab.model.metric;

import static org.loyaltylab.model.metric.Aggregation.LAST;
import static org.loyaltylab.model.metric.Aggregation.MEAN;
import static org.loyaltylab.model.metric.Aggregation.RATIO;
import static org.loyaltylab.model.metric.Aggregation.SUM;
import static org.loyaltylab.model.metric.Kind.CUMULATIVE;
import static org.loyaltylab.model.metric.Kind.LEVEL;

import java.util.Map;
import org.loyaltylab.model.customer.ExitReason;
import org.loyaltylab.model.economy.CostComponent;

/**
 * The registry of summary figures: the columns of summary.csv after {@code arm, replication,
 * seed}, in column order, one row per run. Every one may be collected by a sweep and compared
 * between arms.
 */
public final class SummaryMetrics {
    /** Every summary figure, in column order. */
    public static final MetricSet ALL = new MetricSet("summary figure");

    public static final Metric ACTIVE_CUSTOMERS = ALL.add("active_customers", "customers", LEVEL, LAST,
            "customers active at the horizon");
    public static final Metric RETENTION = ALL.add("retention", "share 0-1", CUMULATIVE, RATIO,
            "share of the initial base still active at the horizon");
    public static final Metric ACQUIRED_TOTAL = ALL.add("acquired_total", "customers", CUMULATIVE, SUM,
            "customers acquired over the run, the initial base included");
    public static final Metric ACQUIRED_MARKETING = ALL.add("acquired_marketing", "customers", CUMULATIVE, SUM,
            "customers won by marketing");
    public static final Metric ACQUIRED_REFERRAL = ALL.add("acquired_referral", "customers", CUMULATIVE, SUM,
            "customers won by a good story an existing customer told");
    public static final Metric CHURNED_TOTAL = ALL.add("churned_total", "customers", CUMULATIVE, SUM,
            "customers lost over the run, for every reason");
    private static final Map<ExitReason, Metric> CHURNED = ALL.addPer(ExitReason.class, r -> "churn_" + r.label(),
            "customers", CUMULATIVE, SUM, r -> "customers lost over the run who " + r.meaning());
    public static final Metric MEAN_LOYALTY = ALL.add("mean_loyalty", "score 0-1", LEVEL, LAST,
            "mean loyalty of active customers at the horizon");
    public static final Metric MEAN_APPRECIATION = ALL.add("mean_appreciation", "score 0-1", LEVEL, LAST,
            "mean felt appreciation of active customers at the horizon");
    public static final Metric PURCHASES = ALL.add("purchases", "purchases", CUMULATIVE, SUM,
            "purchases made over the run");
    public static final Metric FAILURES = ALL.add("failures", "failures", CUMULATIVE, SUM,
            "service failures over the run");
    public static final Metric COMPLAINTS = ALL.add("complaints", "complaints", CUMULATIVE, SUM,
            "failures voiced as a complaint over the run");
    public static final Metric CONTACTS = ALL.add("contacts", "contacts", CUMULATIVE, SUM,
            "contacts that arrived at the contact centre over the run");
    public static final Metric COMPLAINT_CONTACTS = ALL.add("complaint_contacts", "contacts", CUMULATIVE, SUM,
            "contacts about a failure over the run: first complaints and repeat contacts");
    public static final Metric ABANDONED = ALL.add("abandoned", "contacts", CUMULATIVE, SUM,
            "contacts that hung up while waiting, over the run");
    public static final Metric P_WAIT = ALL.add("p_wait", "share 0-1", CUMULATIVE, RATIO,
            "P(wait): share of contacts that had to wait for an agent");
    public static final Metric P_ABANDON = ALL.add("p_abandon", "share 0-1", CUMULATIVE, RATIO,
            "P(abandon): share of contacts that hung up while waiting (after a warm-up, of the contacts that ended "
                    + "after it)");
    public static final Metric MEAN_WAIT_MINUTES = ALL.add("mean_wait_minutes", "minutes", CUMULATIVE, RATIO,
            "mean wait of the contacts served or abandoned");
    public static final Metric DEFENSIVE_SHARE = ALL.add("defensive_share", "share 0-1", CUMULATIVE, RATIO,
            "share of the contacts served that got a defensive answer");
    public static final Metric RESOLUTION_RATE = ALL.add("resolution_rate", "share 0-1", CUMULATIVE, RATIO,
            "share of the complaints served that were resolved");
    public static final Metric ABUSIVE_CONTACTS = ALL.add("abusive_contacts", "contacts", CUMULATIVE, SUM,
            "abusive contacts over the run");
    public static final Metric RECOVERY_NET_FIRST_RESOLVED = ALL.add("recovery_net_first_resolved", "loyalty",
            CUMULATIVE, MEAN, "mean loyalty change across a first failure whose complaint was resolved "
                    + "(above zero: the recovery paradox)");
    public static final Metric RECOVERY_NET_FIRST_UNRESOLVED = ALL.add("recovery_net_first_unresolved", "loyalty",
            CUMULATIVE, MEAN, "mean loyalty change across a first failure whose complaint was not resolved");
    public static final Metric RECOVERY_NET_REPEAT_RESOLVED = ALL.add("recovery_net_repeat_resolved", "loyalty",
            CUMULATIVE, MEAN, "mean loyalty change across a repeated failure whose complaint was resolved");
    public static final Metric RECOVERY_NET_REPEAT_UNRESOLVED = ALL.add("recovery_net_repeat_unresolved", "loyalty",
            CUMULATIVE, MEAN, "mean loyalty change across a repeated failure whose complaint was not resolved");
    public static final Metric AGENTS_QUIT = ALL.add("agents_quit", "agents", CUMULATIVE, SUM,
            "agents who quit over the run");
    public static final Metric AGENT_STRESS_MEAN = ALL.add("agent_stress_mean", "stress", LEVEL, LAST,
            "mean stress of the agents at the horizon (1 is the burnout level)");
    public static final Metric AGENT_STRESS_AVG = ALL.add("agent_stress_avg", "stress", CUMULATIVE, MEAN,
            "mean agent stress averaged over the observation days");
    public static final Metric REVENUE = ALL.add("revenue", "currency", CUMULATIVE, SUM, "sales revenue over the run");
    public static final Metric COST = ALL.add("cost", "currency", CUMULATIVE, SUM,
            "cost over the run, the sum of the components");
    public static final Metric PROFIT = ALL.add("profit", "currency", CUMULATIVE, SUM, "revenue minus cost");
    private static final Map<CostComponent, Metric> COSTS = ALL.addPer(CostComponent.class, c -> "cost_" + c.label(),
            "currency", CUMULATIVE, SUM, c -> "cost over the run of " + c.meaning());

    private SummaryMetrics() {
    }

    /** @return the customers lost over the run for {@code reason} */
    public static Metric churned(ExitReason reason) {
        return CHURNED.get(reason);
    }

    /** @return the cost of {@code component} over the run */
    public static Metric cost(CostComponent component) {
        return COSTS.get(component);
    }
}

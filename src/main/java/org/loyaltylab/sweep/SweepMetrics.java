package org.loyaltylab.sweep;

import java.util.List;

/** The summary figures a sweep can collect (the numeric columns of summary.csv). */
public final class SweepMetrics {
    /** Allowed metric names. */
    public static final List<String> ALLOWED = List.of("active_customers", "retention", "acquired_total",
            "acquired_marketing", "acquired_referral", "churned_total", "churn_indifference", "churn_poor_handling",
            "churn_unresolved", "churn_competitor", "churn_natural", "churn_turned_away", "mean_loyalty",
            "mean_appreciation", "purchases", "failures", "complaints", "contacts", "complaint_contacts", "abandoned",
            "p_wait", "p_abandon", "mean_wait_minutes", "defensive_share", "resolution_rate", "abusive_contacts",
            "recovery_net_first_resolved", "recovery_net_first_unresolved", "recovery_net_repeat_resolved",
            "recovery_net_repeat_unresolved", "agents_quit", "agent_stress_mean", "agent_stress_avg", "revenue", "cost",
            "profit", "cost_goods", "cost_wages", "cost_training", "cost_hiring", "cost_gestures", "cost_special",
            "cost_follow_up", "cost_acquisition");

    private SweepMetrics() {
    }
}

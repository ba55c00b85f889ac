package org.loyaltylab.output.charts;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.loyaltylab.output.report.ReportContext;

/**
 * Writes the tables of a small made-up experiment (no simulation): arms x replications x
 * weekly observation days, with the columns of timeseries.csv, summary.csv, customers.csv,
 * comparison.csv, survival.csv and recovery.csv. Fast, deterministic, and independent of the model.
 */
public final class SyntheticResults {
    static final String TIMESERIES = "arm,replication,day,active_customers,acquired_total,churned_total,"
            + "churn_indifference_total,churn_poor_handling_total,churn_unresolved_total,churn_competitor_total,"
            + "churn_natural_total,churn_turned_away_total,mean_loyalty,mean_appreciation,mean_loyalty_failure_none,"
            + "mean_loyalty_failure_recovered,mean_loyalty_failure_unresolved,purchases,failures,complaints,contacts,"
            + "abandoned,mean_wait_minutes,defensive_share,resolution_rate,abusive_contacts,queue_length,"
            + "agents_employed,agent_stress_mean,agents_quit_total,revenue_cum,cost_cum,profit_cum,cost_goods_cum,"
            + "cost_wages_cum,cost_training_cum,cost_hiring_cum,cost_gestures_cum,cost_special_cum,"
            + "cost_follow_up_cum,cost_acquisition_cum";
    static final String SUMMARY = "arm,replication,seed,active_customers,retention,acquired_total,acquired_marketing,"
            + "acquired_referral,churned_total,churn_indifference,churn_poor_handling,churn_unresolved,"
            + "churn_competitor,churn_natural,churn_turned_away,mean_loyalty,mean_appreciation,purchases,failures,"
            + "complaints,contacts,abandoned,p_wait,p_abandon,mean_wait_minutes,defensive_share,resolution_rate,"
            + "abusive_contacts,agents_quit,agent_stress_mean,revenue,cost,profit,cost_goods,cost_wages,"
            + "cost_training,cost_hiring,cost_gestures,cost_special,cost_follow_up,cost_acquisition";
    static final String CUSTOMERS = "arm,replication,id,channel,value,purchase_rate,temperament,rudeness,"
            + "complaint_propensity,high_value,acquired_day,exit_day,exit_reason,failures,complaints,recoveries,"
            + "first_failure,final_loyalty";
    static final String[] REASONS = {"indifference", "poor_handling", "unresolved", "competitor", "natural",
        "turned_away"};

    private SyntheticResults() {
    }

    /** Writes every table for the arms "defensive" and "kind", 3 replications, days 0..56. */
    public static Path write(Path dir) throws IOException {
        return write(dir, List.of("defensive", "kind"), 3, 56, true);
    }

    /**
     * @param arms         arm names; arm i churns less the larger i is
     * @param replications replications per arm
     * @param days         horizon, a multiple of 7
     * @param optional     also write comparison.csv, survival.csv and recovery.csv
     */
    public static Path write(Path dir, List<String> arms, int replications, int days, boolean optional)
            throws IOException {
        Files.createDirectories(dir);
        Random random = new Random(42);
        List<double[]> finals = new ArrayList<>();
        try (CSVPrinter ts = printer(dir.resolve("timeseries.csv"), TIMESERIES);
             CSVPrinter sum = printer(dir.resolve("summary.csv"), SUMMARY);
             CSVPrinter cus = printer(dir.resolve("customers.csv"), CUSTOMERS)) {
            for (int a = 0; a < arms.size(); a++) {
                String arm = arms.get(a);
                double hazard = 0.004 - 0.0012 * a;
                for (int r = 1; r <= replications; r++) {
                    double active = 1000;
                    double acquired = 1000;
                    double[] reasons = new double[REASONS.length];
                    double loyalty = 0.7;
                    double revenue = 0;
                    double cost = 0;
                    double quit = 0;
                    for (int day = 0; day <= days; day += 7) {
                        int purchases = 0;
                        int failures = 0;
                        int complaints = 0;
                        int contacts = 0;
                        int abandoned = 0;
                        if (day > 0) {
                            double left = Math.round(active * hazard * 7 * (0.8 + 0.4 * random.nextDouble()));
                            double joined = Math.round(6 + 4 * random.nextDouble());
                            for (int k = 0; k < REASONS.length; k++) {
                                reasons[k] += k == REASONS.length - 1 ? 0 : Math.round(left * (5 - k) / 15.0);
                            }
                            active += joined - left;
                            acquired += joined;
                            loyalty -= 0.004 * (1 + a * -0.5) + 0.002 * random.nextDouble();
                            purchases = (int) (active * 0.35);
                            failures = (int) (purchases * 0.05);
                            complaints = (int) (failures * 0.4);
                            contacts = complaints + 20;
                            abandoned = (int) (contacts * (0.05 + 0.05 * random.nextDouble()));
                            revenue += purchases * 40.0;
                            cost += purchases * 28.0 + 7 * 540;
                            quit += random.nextDouble() < 0.1 * (2 - a) ? 1 : 0;
                        }
                        double churned = 0;
                        for (double v : reasons) {
                            churned += v;
                        }
                        acquired = active + churned;
                        String empty = "";
                        ts.printRecord(arm, r, day, (long) active, (long) acquired, (long) churned,
                                (long) reasons[0], (long) reasons[1], (long) reasons[2], (long) reasons[3],
                                (long) reasons[4], (long) reasons[5], fmt(loyalty), fmt(0.6 - day / 1000.0),
                                fmt(loyalty + 0.01), day == 0 ? empty : fmt(loyalty + 0.02 * a),
                                day == 0 ? empty : fmt(loyalty - 0.08), purchases, failures, complaints, contacts,
                                abandoned, day == 0 ? empty : fmt(2 + random.nextDouble()),
                                day == 0 ? empty : fmt(0.4 - 0.3 * a + 0.05 * random.nextDouble()),
                                day == 0 ? empty : fmt(0.55 + 0.2 * a + 0.05 * random.nextDouble()),
                                day == 0 ? 0 : 2, 0, 3, fmt(0.2 - 0.1 * a + 0.05 * random.nextDouble()), (long) quit,
                                fmt(revenue), fmt(cost), fmt(revenue - cost), fmt(cost * 0.9), fmt(cost * 0.08),
                                fmt(cost * 0.01), 0, fmt(cost * 0.01), 0, 0, fmt(60.0 * (acquired - 1000)));
                    }
                    double churned = 0;
                    for (double v : reasons) {
                        churned += v;
                    }
                    double retention = (active - (acquired - 1000)) / 1000;
                    List<Object> row = new ArrayList<>(List.of(arm, r, 1000L + r, (long) active, fmt(retention),
                            (long) acquired, (long) (acquired - 1000) - 3, 3, (long) churned));
                    for (double v : reasons) {
                        row.add((long) v);
                    }
                    row.addAll(List.of(fmt(loyalty), fmt(0.5), 1000, 50, 20 + 3 * a + r, 40, 3, fmt(0.3), fmt(0.05),
                            fmt(2.1), fmt(0.4 - 0.3 * a), fmt(0.55 + 0.2 * a), 4, (long) quit, fmt(0.2 - 0.1 * a),
                            fmt(revenue), fmt(cost), fmt(revenue - cost), fmt(cost * 0.9), fmt(cost * 0.08),
                            fmt(cost * 0.01), 0, fmt(cost * 0.01), 0, 0, 0));
                    sum.printRecord(row);
                    finals.add(new double[] {a, retention, revenue - cost, loyalty, churned});
                    for (int id = 0; id < 60; id++) {
                        double value = Math.exp(Math.log(40) + 0.8 * random.nextGaussian());
                        boolean left = random.nextDouble() < 0.2;
                        int complaintsOf = random.nextDouble() < 0.1 + value / 400 ? 1 : 0;
                        cus.printRecord(arm, r, id, id < 50 ? "initial" : "marketing", fmt(value), fmt(0.05),
                                fmt(0.35), fmt(0.15), fmt(0.35), value > 80 ? 1 : 0, id < 50 ? 0 : 14,
                                left ? fmt(days * random.nextDouble() + 14) : "", left ? "indifference" : "",
                                complaintsOf, complaintsOf, 0, complaintsOf > 0 ? "recovered" : "none",
                                fmt(loyalty));
                    }
                }
            }
        }
        if (optional) {
            writeComparison(dir, arms, finals);
            writeSurvival(dir, arms, days);
            writeRecovery(dir, arms, days);
            writeRecoveryByLag(dir, arms, days);
        }
        return dir;
    }

    private static void writeComparison(Path dir, List<String> arms, List<double[]> finals) throws IOException {
        String[] metrics = {"retention", "profit", "mean_loyalty", "churned_total"};
        try (CSVPrinter p = printer(dir.resolve("comparison.csv"), "arm,metric,n,mean,ci_low,ci_high,baseline_arm,"
                + "diff_mean,diff_ci_low,diff_ci_high,relative_change,p_paired_t,p_wilcoxon")) {
            for (int a = 0; a < arms.size(); a++) {
                for (int m = 0; m < metrics.length; m++) {
                    double mean = mean(finals, a, m + 1);
                    double base = mean(finals, 0, m + 1);
                    double half = Math.abs(mean) * 0.02 + 1e-3;
                    if (a == 0) {
                        p.printRecord(arms.get(a), metrics[m], 3, fmt(mean), fmt(mean - half), fmt(mean + half),
                                arms.get(0), "", "", "", "", "", "");
                    } else {
                        double d = mean - base;
                        p.printRecord(arms.get(a), metrics[m], 3, fmt(mean), fmt(mean - half), fmt(mean + half),
                                arms.get(0), fmt(d), fmt(d - half), fmt(d + half), fmt(d / base), fmt(0.01),
                                fmt(0.25));
                    }
                }
            }
        }
    }

    private static double mean(List<double[]> finals, int arm, int column) {
        return finals.stream().filter(f -> f[0] == arm).mapToDouble(f -> f[column]).average().orElse(Double.NaN);
    }

    private static void writeSurvival(Path dir, List<String> arms, int days) throws IOException {
        Map<String, String[]> segments = Map.of("all", new String[] {"all"},
                "value_tier", new String[] {"low", "middle", "high"},
                "temperament_tier", new String[] {"calm", "average", "volatile"},
                "failure", new String[] {"none", "recovered", "unresolved"});
        try (CSVPrinter p = printer(dir.resolve("survival.csv"),
                "arm,segment_type,segment,day,at_risk,events,survival,ci_low,ci_high")) {
            for (int a = 0; a < arms.size(); a++) {
                for (String type : List.of("all", "value_tier", "temperament_tier", "failure")) {
                    String[] segs = segments.get(type);
                    for (int s = 0; s < segs.length; s++) {
                        double hazard = 0.004 - 0.001 * a + 0.0005 * s;
                        for (int day = 0; day <= days; day += 7) {
                            double surv = Math.exp(-hazard * day);
                            double half = 0.002 + 0.0004 * day / 7.0;
                            p.printRecord(arms.get(a), type, segs[s], day, 1000 - day, day == 0 ? 0 : 5, fmt(surv),
                                    fmt(Math.max(0, surv - half)), fmt(Math.min(1, surv + half)));
                        }
                    }
                }
            }
        }
    }

    private static void writeRecovery(Path dir, List<String> arms, int days) throws IOException {
        try (CSVPrinter p = printer(dir.resolve("recovery.csv"), "arm,group,day,mean_loyalty,ci_low,ci_high")) {
            for (int a = 0; a < arms.size(); a++) {
                String[] groups = {"no_failure", "recovered", "unresolved"};
                for (int g = 0; g < groups.length; g++) {
                    for (int day = 7; day <= days; day += 7) {
                        double m = 0.7 - day * 0.001 + (g == 1 ? 0.02 * a : g == 2 ? -0.1 : 0);
                        p.printRecord(arms.get(a), groups[g], day, fmt(m), fmt(m - 0.02), fmt(m + 0.02));
                    }
                }
            }
        }
    }

    private static void writeRecoveryByLag(Path dir, List<String> arms, int days) throws IOException {
        try (CSVPrinter p = printer(dir.resolve("recovery-by-lag.csv"),
                "arm,group,days_since_failure,replications,customers_per_replication,mean_loyalty,ci_low,ci_high,gap,"
                        + "gap_ci_low,gap_ci_high")) {
            for (int a = 0; a < arms.size(); a++) {
                for (String group : new String[] {"recovered", "unresolved"}) {
                    for (double lag = 3.5; lag < days; lag += 7) {
                        double gap = group.equals("recovered") ? 0.05 * a - lag * 0.002 : -0.08;
                        p.printRecord(arms.get(a), group, lag, 3, 500, fmt(0.6 + gap), fmt(0.58 + gap), fmt(0.62 + gap),
                                fmt(gap), fmt(gap - 0.01), fmt(gap + 0.01));
                    }
                }
            }
        }
    }

    /** @return a context for the synthetic experiment */
    public static ReportContext context(List<String> arms) {
        List<ReportContext.Arm> list = new ArrayList<>();
        for (int i = 0; i < arms.size(); i++) {
            list.add(new ReportContext.Arm(arms.get(i), i == 0 ? "Agents defend the company's position."
                    : "Agents listen, acknowledge & apologise <kindly>.",
                    i == 0 ? Map.of() : Map.of("policies.handling", "kind")));
        }
        return new ReportContext("synthetic-kind-vs-defensive",
                "Does kind handling keep more customers than defensive handling?", list,
                List.of("Kind handling keeps 1,240 more customers after 730 days (95 % CI 1,110 to 1,370)"),
                "loyaltylab run experiments/kind-vs-defensive.yaml --seed 7", 7L, "0.1.0-test", 56, 3,
                Map.of("experiment file", "experiments/kind-vs-defensive.yaml"));
    }

    private static CSVPrinter printer(Path file, String header) throws IOException {
        Writer w = Files.newBufferedWriter(file);
        return new CSVPrinter(w, CSVFormat.DEFAULT.builder().setHeader(header.split(",")).setRecordSeparator("\n")
                .get());
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.6g", v);
    }
}

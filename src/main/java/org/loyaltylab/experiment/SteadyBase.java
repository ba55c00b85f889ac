package org.loyaltylab.experiment;

import static org.loyaltylab.model.param.ParameterRegistry.MARGIN;
import static org.loyaltylab.model.param.ParameterRegistry.MARKETING_ACQUISITION;
import static org.loyaltylab.model.param.ParameterRegistry.VALUE_MEDIAN;

import java.util.List;
import java.util.Locale;
import org.loyaltylab.model.Observation;
import org.loyaltylab.model.metric.SeriesMetrics;
import org.loyaltylab.model.metric.SummaryMetrics;
import org.loyaltylab.model.param.Parameters;
import org.loyaltylab.model.random.KeyedRandom;

/**
 * The marketing acquisition that keeps a centre's customer base steady in the baseline arm. Churn
 * has no closed form (loyalty drifts, failures and word of mouth feed back), so it is found by
 * pilot runs of the baseline arm over the experiment's horizon, replications 1 and 2 of its seeds:
 * active customers on each observation day are close to linear in the acquisition rate, so two
 * trial rates give the line, and the rate that keeps the base closest to the stated customers (least
 * squares over the observation days) is taken. A third pilot at that rate measures how far the base
 * still strays, the contacts a day and the margin per customer per year; the median spend is then
 * scaled so that the margin per customer per year is the stated one. A file that sets
 * {@code market.marketing_acquisitions_per_day} itself keeps its value and gets no pilot.
 */
public final class SteadyBase {
    /** Replications of each pilot. */
    static final int PILOT_REPLICATIONS = 2;
    private static final double DEFAULT_SHARE_PER_DAY = 6.0 / 20_000;

    /**
     * What the check pilot at the chosen rate measured (means over its replications).
     *
     * @param acquisitionsPerDay the rate chosen
     * @param worstDrift         the largest relative distance of the base from the stated customers on an observation day
     * @param endDrift           the base at the horizon relative to the stated customers, minus 1
     * @param contactsPerDay     contacts a day, all kinds
     * @param marginPerCustomerYear gross margin per customer per year
     */
    public record Pilot(double acquisitionsPerDay, double worstDrift, double endDrift, double contactsPerDay,
                        double marginPerCustomerYear) {
    }

    private SteadyBase() {
    }

    /**
     * @param spec       an experiment (returned unchanged without a centre)
     * @param simulation one replication of one arm
     * @return the experiment with the steady acquisition set in its base and in every arm that does not set it
     */
    public static ExperimentSpec apply(ExperimentSpec spec, Simulation simulation) {
        if (spec.centre() == null) {
            return spec;
        }
        Object explicit = spec.baseOverrides().get(MARKETING_ACQUISITION.key());
        if (explicit != null) {
            return spec.withDerived(new CentreDerivation.Step(MARKETING_ACQUISITION.key(), explicit,
                    "set in the file's parameters: no pilot run"));
        }
        Pilot p = pilot(spec, simulation);
        String formula = String.format(Locale.ROOT, "pilot runs of the baseline arm (%d replications x %d days at "
                        + "two trial rates): the constant rate that keeps the base closest to %,d customers; at it the "
                        + "base strays at most %.1f %% and ends %+.1f %% from them, with %s contacts a day and a margin "
                        + "of %s %s per customer per year at the closed-form spend", PILOT_REPLICATIONS, spec.days(),
                spec.centre().centre().customers(), 100 * p.worstDrift(), 100 * p.endDrift(),
                CentreDerivation.num(p.contactsPerDay()), CentreDerivation.num(p.marginPerCustomerYear()),
                spec.centre().centre().currency());
        ExperimentSpec steady = spec.withDerived(new CentreDerivation.Step(MARKETING_ACQUISITION.key(),
                CentreDerivation.round(p.acquisitionsPerDay()), formula));
        return spec.baseOverrides().get(VALUE_MEDIAN.key()).equals(spec.centre().values().get(VALUE_MEDIAN.key()))
                ? correctSpend(steady, p) : steady;
    }

    /**
     * Scales the median spend so that the margin per customer per year is the stated one: the pilot
     * measures it short of the closed form (failures make some customers stop buying), and revenue is
     * proportional to the median spend (spend enters every other rule through ranks only).
     */
    private static ExperimentSpec correctSpend(ExperimentSpec spec, Pilot p) {
        double stated = spec.centre().centre().marginPerCustomerYear();
        double closedForm = ((Number) spec.centre().values().get(VALUE_MEDIAN.key())).doubleValue();
        if (!(p.marginPerCustomerYear() > 0)) {
            return spec;
        }
        double corrected = CentreDerivation.round(closedForm * stated / p.marginPerCustomerYear());
        return spec.withDerived(new CentreDerivation.Step(VALUE_MEDIAN.key(), corrected, String.format(Locale.ROOT,
                "the closed form %s (margin per customer per year / (margin share x purchases a year x the lognormal's "
                        + "mean over its median)) x stated / measured margin per customer per year = %s x %s / %s: the "
                        + "pilot at the closed form measured less, as failures make some customers stop buying",
                CentreDerivation.num(closedForm), CentreDerivation.num(closedForm), CentreDerivation.num(stated),
                CentreDerivation.num(p.marginPerCustomerYear()))));
    }

    /**
     * @param customers the stated customers
     * @param runs      the baseline arm's runs
     * @return a finding: how far the baseline's base (mean over the runs) strayed from the stated customers
     */
    public static String drift(int customers, List<RunResult> runs, String baseline) {
        double[] base = meanBase(runs);
        double worst = 0;
        for (double b : base) {
            worst = Math.max(worst, Math.abs(b / customers - 1));
        }
        return String.format(Locale.ROOT, "Steady base: the baseline arm (%s) stays within %.1f %% of the centre's %,d "
                        + "customers over the %d days (mean of %d replications) and ends %+.1f %% from them; the marketing "
                        + "acquisition was chosen by pilot runs to keep it there.", baseline, 100 * worst, customers,
                runs.isEmpty() ? 0 : Math.round(runs.get(0).observations().get(base.length - 1).day()), runs.size(),
                100 * (base[base.length - 1] / customers - 1));
    }

    /** @return the chosen rate and what a pilot at it measured */
    static Pilot pilot(ExperimentSpec spec, Simulation simulation) {
        Parameters baseline = spec.baselineArm().parameters();
        int n = spec.centre().centre().customers();
        double a0 = n * DEFAULT_SHARE_PER_DAY;
        double a1 = 2 * a0 + 1;
        double[] at0 = meanBase(runs(spec, simulation, baseline, a0));
        double[] at1 = meanBase(runs(spec, simulation, baseline, a1));
        double num = 0;
        double den = 0;
        for (int t = 0; t < at0.length; t++) {
            double slope = (at1[t] - at0[t]) / (a1 - a0);
            double intercept = at0[t] - a0 * slope;
            num += slope * (n - intercept);
            den += slope * slope;
        }
        double rate = den > 0 ? Math.max(0, num / den) : a0;
        List<RunResult> check = runs(spec, simulation, baseline, CentreDerivation.round(rate));
        double[] base = meanBase(check);
        double worst = 0;
        for (double b : base) {
            worst = Math.max(worst, Math.abs(b / n - 1));
        }
        double contacts = 0;
        double margin = 0;
        for (RunResult r : check) {
            double customerYears = meanOf(r) * spec.days() / 365.0;
            contacts += r.summary().get(SummaryMetrics.CONTACTS) / spec.days() / check.size();
            margin += r.summary().get(SummaryMetrics.REVENUE) * baseline.real(MARGIN) / customerYears / check.size();
        }
        return new Pilot(rate, worst, base[base.length - 1] / n - 1, contacts, margin);
    }

    private static List<RunResult> runs(ExperimentSpec spec, Simulation simulation, Parameters baseline, double rate) {
        Parameters p = baseline.with(MARKETING_ACQUISITION.key(), rate);
        return java.util.stream.IntStream.rangeClosed(1, PILOT_REPLICATIONS).mapToObj(rep -> simulation.run("pilot", 0,
                p, rep, KeyedRandom.replicationSeed(spec.seed(), rep), spec.days(), false, FailureSink.OFF)).toList();
    }

    /** @return active customers on each observation day, mean over the runs */
    private static double[] meanBase(List<RunResult> runs) {
        int days = runs.stream().mapToInt(r -> r.observations().size()).min().orElse(0);
        double[] mean = new double[days];
        for (RunResult r : runs) {
            for (int t = 0; t < days; t++) {
                mean[t] += r.observations().get(t).get(SeriesMetrics.ACTIVE_CUSTOMERS) / runs.size();
            }
        }
        return mean;
    }

    /** @return the mean of active customers over a run's observation days */
    private static double meanOf(RunResult r) {
        return r.observations().stream().mapToDouble((Observation o) -> o.get(SeriesMetrics.ACTIVE_CUSTOMERS))
                .average().orElse(0);
    }
}

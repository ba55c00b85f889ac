package org.loyaltylab.analysis;

import java.util.ArrayList;
import java.util.List;
import org.loyaltylab.experiment.Contrast;
import org.loyaltylab.experiment.RunResult;
import org.loyaltylab.model.economy.CostComponent;
import org.loyaltylab.model.metric.SeriesMetrics;
import org.loyaltylab.model.metric.SummaryMetrics;
import org.loyaltylab.stats.ConfidenceInterval;
import org.loyaltylab.stats.RatioInterval;

/**
 * Whether a policy pays for itself against the baseline (or against the other arm of a declared
 * pair contrast), paired by replication (common random
 * numbers): its extra profit, its extra spending (every cost but the goods sold: wages, training,
 * hiring, gestures, special treatment, follow-ups, marketing), the return on that spending
 * ROI = extra profit / extra spending with Fieller's interval ({@link RatioInterval}), and the
 * break-even day: the first observation day from which the 95 % interval's lower bound of the
 * cumulative profit difference stays above zero to the horizon (and the same with the mean, a
 * less cautious reading). The ROI is left out (NaN) when the policy spends no more than the
 * baseline: it then pays without an investment.
 *
 * @param arm          the policy's arm
 * @param baseline     the arm it is compared with: the baseline, or the other side of a declared pair
 * @param extraProfit  profit difference over the run
 * @param extraSpend   spending difference over the run
 * @param roi          extra profit per unit of extra spending, NaN without extra spending
 * @param breakEvenDay first day the lower bound stays above zero, NaN if never
 * @param breakEvenDayMean first day the mean stays above zero, NaN if never
 */
public record Payback(String arm, String baseline, ConfidenceInterval extraProfit, ConfidenceInterval extraSpend,
                      ConfidenceInterval roi, double breakEvenDay, double breakEvenDayMean) {
    private static final double LEVEL = 0.95;

    /**
     * @param contrasts the experiment's contrasts; each pair that is not an arm against the baseline
     *                  gets a row too (interactions get none)
     * @return every other arm against the baseline, in arm order, then the other declared pairs
     */
    public static List<Payback> of(ArmSamples samples, String baseline, List<Contrast> contrasts) {
        List<Payback> out = new ArrayList<>();
        for (String arm : samples.arms()) {
            if (!arm.equals(baseline)) {
                out.add(of(samples, arm, baseline));
            }
        }
        for (Contrast c : contrasts) {
            if (!c.isInteraction() && !c.against().equals(baseline)) {
                out.add(of(samples, c.arm(), c.against()));
            }
        }
        return out;
    }

    /** @return one arm against another (the baseline, or the other side of a declared pair) */
    static Payback of(ArmSamples samples, String arm, String baseline) {
        List<RunResult> a = samples.runs(arm);
        List<RunResult> b = samples.runs(baseline);
        int n = Math.min(a.size(), b.size());
        double[] profit = new double[n];
        double[] spend = new double[n];
        for (int r = 0; r < n; r++) {
            profit[r] = a.get(r).summary().get(SummaryMetrics.PROFIT) - b.get(r).summary().get(SummaryMetrics.PROFIT);
            spend[r] = spending(a.get(r)) - spending(b.get(r));
        }
        ConfidenceInterval extraSpend = ConfidenceInterval.studentT(spend, LEVEL);
        ConfidenceInterval roi = extraSpend.mean() > 0 ? RatioInterval.fieller(profit, spend, LEVEL)
                : new ConfidenceInterval(Double.NaN, Double.NaN, Double.NaN, Double.NaN, n, LEVEL);
        double[][] gap = cumulativeGap(a.subList(0, n), b.subList(0, n));
        return new Payback(arm, baseline, ConfidenceInterval.studentT(profit, LEVEL), extraSpend, roi,
                breakEven(gap, true), breakEven(gap, false));
    }

    private static double spending(RunResult r) {
        return r.summary().get(SummaryMetrics.COST) - r.summary().get(SummaryMetrics.cost(CostComponent.GOODS));
    }

    /** @return per observation: {day, lower bound, mean} of the paired cumulative profit difference */
    private static double[][] cumulativeGap(List<RunResult> a, List<RunResult> b) {
        int days = a.stream().mapToInt(r -> r.observations().size()).min().orElse(0);
        days = Math.min(days, b.stream().mapToInt(r -> r.observations().size()).min().orElse(0));
        double[][] out = new double[days][];
        for (int t = 0; t < days; t++) {
            double[] d = new double[a.size()];
            for (int r = 0; r < a.size(); r++) {
                d[r] = a.get(r).observations().get(t).get(SeriesMetrics.PROFIT_CUM)
                        - b.get(r).observations().get(t).get(SeriesMetrics.PROFIT_CUM);
            }
            ConfidenceInterval ci = ConfidenceInterval.studentT(d, LEVEL);
            out[t] = new double[] {a.get(0).observations().get(t).day(), ci.lower(), ci.mean()};
        }
        return out;
    }

    /** @return the first day from which the bound (or the mean) stays above zero to the horizon, NaN if never */
    static double breakEven(double[][] gap, boolean lowerBound) {
        double day = Double.NaN;
        for (int t = gap.length - 1; t >= 0; t--) {
            double v = gap[t][lowerBound ? 1 : 2];
            if (!(v > 0)) {
                break;
            }
            day = gap[t][0];
        }
        return day;
    }

    /** @return whether the policy spends more than the baseline (the ROI is defined) */
    public boolean invests() {
        return !Double.isNaN(roi.mean());
    }
}

package org.loyaltylab.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.loyaltylab.analysis.Comparison;
import org.loyaltylab.analysis.Payback;
import org.loyaltylab.analysis.RecoveryCurves;
import org.loyaltylab.analysis.SurvivalAnalysis;
import org.loyaltylab.experiment.Contrast;
import org.loyaltylab.model.metric.Metric;
import org.loyaltylab.output.io.AtomicFiles;
import org.loyaltylab.stats.ConfidenceInterval;
import org.loyaltylab.stats.PairedComparison;

/**
 * Writes the analysis tables of an experiment: {@code comparison.csv} (arm x metric with
 * paired statistics against the baseline, and the metric's unit), {@code roi.csv} (each policy's
 * return on its extra spending and break-even day), {@code survival.csv} (Kaplan-Meier curves with
 * Greenwood bands), {@code logrank.csv}, {@code recovery.csv} (by calendar day) and
 * {@code recovery-by-lag.csv} (by days since the first failure). Long format, atomic.
 */
public final class AnalysisTables {
    /** File name of the return-on-spending table. */
    public static final String ROI = "roi.csv";

    private AnalysisTables() {
    }

    /**
     * Writes {@code comparison.csv}: a row per arm and metric (its contrast the arm against the
     * baseline, empty for the baseline), then, where the experiment declares contrasts, a row
     * per declared contrast and metric, with the arm columns empty.
     */
    public static void writeComparison(Path dir, Comparison c, String currency) throws IOException {
        AtomicFiles.writeText(dir.resolve("comparison.csv"), w -> {
            w.write("arm,metric,n,mean,ci_low,ci_high,baseline_arm,diff_mean,diff_ci_low,diff_ci_high,"
                    + "relative_change,p_paired_t,p_wilcoxon,contrast,contrast_definition,unit\n");
            for (Comparison.Row r : c.rows()) {
                ConfidenceInterval e = r.estimate();
                Contrast own = r.versus() == null ? null : Contrast.pair(r.arm(), r.baseline());
                w.write(CsvCells.line(r.arm(), r.metric().key(), e.n(), e.mean(), e.lower(), e.upper(), r.baseline())
                        + "," + paired(r.versus(), own) + "," + CsvCells.line(unit(r.metric(), currency)) + "\n");
            }
            for (Comparison.ContrastRow r : c.declared() ? c.contrastRows() : List.<Comparison.ContrastRow>of()) {
                w.write(CsvCells.line("", r.metric().key(), r.paired().difference().n(), "", "", "", "") + ","
                        + paired(r.paired(), r.contrast()) + "," + CsvCells.line(unit(r.metric(), currency)) + "\n");
            }
        });
    }

    /** @return the metric's unit, money in the run's currency */
    private static String unit(Metric metric, String currency) {
        return metric.unit().equals("currency") ? currency : metric.unit();
    }

    /**
     * Writes {@code roi.csv}: a row per policy arm against the baseline, then per declared pair
     * contrast against another arm, with its extra profit, extra spending, return on that spending and
     * break-even day (see {@link Payback}).
     */
    public static void writePayback(Path dir, List<Payback> paybacks, String currency) throws IOException {
        AtomicFiles.writeText(dir.resolve(ROI), w -> {
            w.write("arm,against,n,extra_profit,extra_profit_ci_low,extra_profit_ci_high,extra_spend,"
                    + "extra_spend_ci_low,extra_spend_ci_high,roi,roi_ci_low,roi_ci_high,break_even_day,"
                    + "break_even_day_mean,currency\n");
            for (Payback p : paybacks) {
                w.write(CsvCells.line(p.arm(), p.baseline(), p.extraProfit().n(), p.extraProfit().mean(),
                        p.extraProfit().lower(), p.extraProfit().upper(), p.extraSpend().mean(), p.extraSpend().lower(),
                        p.extraSpend().upper(), p.roi().mean(), p.roi().lower(), p.roi().upper(), p.breakEvenDay(),
                        p.breakEvenDayMean(), currency) + "\n");
            }
        });
    }

    /** @return the paired-statistics and contrast cells, empty when there is no comparison */
    private static String paired(PairedComparison v, Contrast c) {
        if (v == null) {
            return CsvCells.line("", "", "", "", "", "", "", "");
        }
        return CsvCells.line(v.difference().mean(), v.difference().lower(), v.difference().upper(), v.relativeChange(),
                v.pairedTP(), v.wilcoxonP(), c.name(), c.definition());
    }

    /** Writes {@code survival.csv} and {@code logrank.csv}. */
    public static void writeSurvival(Path dir, SurvivalAnalysis s) throws IOException {
        AtomicFiles.writeText(dir.resolve("survival.csv"), w -> {
            w.write("arm,segment_type,segment,day,at_risk,events,survival,ci_low,ci_high\n");
            for (SurvivalAnalysis.Point p : s.points()) {
                w.write(CsvCells.line(p.arm(), p.segmentType(), p.segment(), p.day(), p.atRisk(), p.events(),
                        p.survival(), p.lower(), p.upper()) + "\n");
            }
        });
        AtomicFiles.writeText(dir.resolve("logrank.csv"), w -> {
            w.write("arm,baseline_arm,chi_square,df,p_value,strata,unstratified_chi_square,unstratified_p_value\n");
            for (SurvivalAnalysis.ArmTest t : s.tests()) {
                w.write(CsvCells.line(t.arm(), t.baseline(), t.test().chiSquare(), t.test().degreesOfFreedom(),
                        t.test().pValue(), t.strata(), t.pooled().chiSquare(), t.pooled().pValue()) + "\n");
            }
        });
    }

    /** Writes {@code recovery-by-lag.csv}. */
    public static void writeRecoveryByLag(Path dir, java.util.List<RecoveryCurves.LagPoint> points)
            throws IOException {
        AtomicFiles.writeText(dir.resolve("recovery-by-lag.csv"), w -> {
            w.write("arm,group,days_since_failure,replications,customers_per_replication,mean_loyalty,ci_low,"
                    + "ci_high,gap,gap_ci_low,gap_ci_high\n");
            for (RecoveryCurves.LagPoint p : points) {
                w.write(CsvCells.line(p.arm(), p.group(), p.daysSinceFailure(), p.loyalty().n(), p.perReplication(),
                        p.loyalty().mean(), p.loyalty().lower(), p.loyalty().upper(), p.gap().mean(),
                        p.gap().lower(), p.gap().upper()) + "\n");
            }
        });
    }

    /** Writes {@code recovery.csv}. */
    public static void writeRecovery(Path dir, java.util.List<RecoveryCurves.Point> points) throws IOException {
        AtomicFiles.writeText(dir.resolve("recovery.csv"), w -> {
            w.write("arm,group,day,n,mean_loyalty,ci_low,ci_high\n");
            for (RecoveryCurves.Point p : points) {
                w.write(CsvCells.line(p.arm(), p.group(), p.day(), p.loyalty().n(), p.loyalty().mean(),
                        p.loyalty().lower(), p.loyalty().upper()) + "\n");
            }
        });
    }
}

package org.loyaltylab.analysis;

import java.util.ArrayList;
import java.util.List;
import org.loyaltylab.experiment.RunResult;
import org.loyaltylab.model.Observation;
import org.loyaltylab.stats.ConfidenceInterval;

/**
 * The recovery-paradox view (seed 004): mean loyalty over time of active customers whose first
 * failure was recovered, of those whose failure stayed unresolved, and of customers who never
 * had one, all of them and comparable ones (standardised to the recovered customers' purchase
 * rates), per arm, with 95 % intervals across replications.
 */
public final class RecoveryCurves {
    private static final String[][] GROUPS = {{"no_failure", "mean_loyalty_failure_none"},
        {"no_failure_comparable", "mean_loyalty_failure_none_comparable"},
        {"recovered", "mean_loyalty_failure_recovered"}, {"unresolved", "mean_loyalty_failure_unresolved"}};

    /**
     * One point.
     *
     * @param arm     the arm
     * @param group   no_failure, no_failure_comparable, recovered or unresolved
     * @param day     the observation day
     * @param loyalty mean loyalty with its interval across replications
     */
    public record Point(String arm, String group, double day, ConfidenceInterval loyalty) {
    }

    private RecoveryCurves() {
    }

    /** @return the curves of every arm */
    public static List<Point> of(ArmSamples samples) {
        List<Point> out = new ArrayList<>();
        for (String arm : samples.arms()) {
            List<RunResult> runs = samples.runs(arm);
            int days = runs.get(0).observations().size();
            for (String[] g : GROUPS) {
                for (int k = 0; k < days; k++) {
                    double[] values = new double[runs.size()];
                    for (int r = 0; r < runs.size(); r++) {
                        Observation o = runs.get(r).observations().get(k);
                        values[r] = o.get(g[1]);
                    }
                    ConfidenceInterval ci = ConfidenceInterval.studentT(values, 0.95);
                    if (!Double.isNaN(ci.mean())) {
                        out.add(new Point(arm, g[0], runs.get(0).observations().get(k).day(), ci));
                    }
                }
            }
        }
        return out;
    }
}

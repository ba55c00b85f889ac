package org.loyaltylab.calibration;

import java.util.List;
import org.loyaltylab.stats.ConfidenceInterval;

/**
 * One evaluated parameter set: its values, the targets' figures in each replication, and the
 * objective (the sum of squared distances of the replication means from the targets, in the
 * targets' standard errors).
 *
 * @param index      the evaluation's number, from 1, in the optimiser's order
 * @param parameters the fitted parameters' values, in the order of the priors
 * @param moments    {@code moments[replication][target]}
 * @param objective  the sum of squared standardised distances
 */
public record Evaluation(int index, double[] parameters, double[][] moments, double objective) {
    /** Penalty of a target the runs cannot measure (no failure of its kind): far from any fit. */
    static final double UNMEASURED = 1e4;

    /** @return the evaluation of these figures against {@code targets} */
    static Evaluation of(int index, double[] parameters, double[][] moments, List<Target> targets) {
        double sum = 0;
        for (int t = 0; t < targets.size(); t++) {
            double m = mean(moments, t);
            double d = targets.get(t).distance(m);
            sum += Double.isNaN(d) ? UNMEASURED : d * d;
        }
        return new Evaluation(index, parameters, moments, sum);
    }

    /** @return the mean across replications of target {@code t}'s figure (NaN if any replication lacks it) */
    public double mean(int t) {
        return mean(moments, t);
    }

    /** @return the 95 % Student-t interval across replications of target {@code t}'s figure */
    public ConfidenceInterval interval(int t) {
        double[] sample = new double[moments.length];
        for (int r = 0; r < moments.length; r++) {
            sample[r] = moments[r][t];
        }
        return ConfidenceInterval.studentT(sample, 0.95);
    }

    /** @return true if every target's mean is within its tolerance */
    public boolean accepted(List<Target> targets) {
        for (int t = 0; t < targets.size(); t++) {
            if (!targets.get(t).matches(mean(t))) {
                return false;
            }
        }
        return true;
    }

    private static double mean(double[][] moments, int t) {
        double s = 0;
        for (double[] m : moments) {
            s += m[t];
        }
        return s / moments.length;
    }
}

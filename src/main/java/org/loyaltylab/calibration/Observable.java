package org.loyaltylab.calibration;

import java.util.Arrays;
import java.util.List;
import org.loyaltylab.model.failure.BoughtAgain;
import org.loyaltylab.model.failure.FailureOutcome;
import org.loyaltylab.model.failure.FailureOutcomes;
import org.loyaltylab.model.failure.ProblemSize;

/** A figure of one run's failures that a calibration target names (computed from {@link FailureOutcomes}). */
public enum Observable {
    /** The share of failures the customer complained about (of one problem size, or of all). */
    COMPLAINT_SHARE("complaint_share", false),
    /** The share who bought again among failures of one outcome (and problem size, or both), flag known. */
    BOUGHT_AGAIN_SHARE("bought_again_share", true);

    private final String label;
    private final boolean needsOutcome;

    Observable(String label, boolean needsOutcome) {
        this.label = label;
        this.needsOutcome = needsOutcome;
    }

    /** @return the name written in target files */
    public String label() {
        return label;
    }

    /** @return whether a target of this observable names an outcome (and must) */
    public boolean needsOutcome() {
        return needsOutcome;
    }

    /** @return the observable with this label, or null */
    public static Observable of(String label) {
        return Arrays.stream(values()).filter(o -> o.label.equals(label)).findFirst().orElse(null);
    }

    /** @return every label, in order */
    public static List<String> labels() {
        return Arrays.stream(values()).map(Observable::label).toList();
    }

    /**
     * @param size    the problem size, or null for both
     * @param outcome the outcome (bought-again share only)
     * @return the figure in one run, NaN if it has no failure to count
     */
    public double measure(FailureOutcomes o, ProblemSize size, FailureOutcome outcome) {
        List<ProblemSize> sizes = size == null ? List.of(ProblemSize.values()) : List.of(size);
        long numerator = 0;
        long denominator = 0;
        for (ProblemSize s : sizes) {
            if (this == COMPLAINT_SHARE) {
                for (FailureOutcome f : FailureOutcome.values()) {
                    long n = o.count(s, f);
                    denominator += n;
                    numerator += f == FailureOutcome.NO_COMPLAINT ? 0 : n;
                }
            } else {
                long yes = o.count(s, outcome, BoughtAgain.YES);
                numerator += yes;
                denominator += yes + o.count(s, outcome, BoughtAgain.NO);
            }
        }
        return denominator == 0 ? Double.NaN : (double) numerator / denominator;
    }
}

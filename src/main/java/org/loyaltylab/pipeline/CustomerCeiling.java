package org.loyaltylab.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.loyaltylab.experiment.Arm;
import org.loyaltylab.experiment.ExperimentSpec;
import org.loyaltylab.experiment.RunResult;
import org.loyaltylab.model.param.ParameterRegistry;

/**
 * Says in words, for the findings of {@code run.json}, which arms met the customer ceiling
 * ({@code market.max_customers}): there the model stopped marketing and turned referrals away,
 * so the base is smaller than the parameters alone would make it.
 */
final class CustomerCeiling {
    private CustomerCeiling() {
    }

    /** @return one sentence per arm whose runs met the ceiling; none if no run did */
    static List<String> findings(ExperimentSpec spec, List<RunResult> results) {
        List<String> sentences = new ArrayList<>();
        for (int a = 0; a < spec.arms().size(); a++) {
            Arm arm = spec.arms().get(a);
            int runs = 0;
            int met = 0;
            long refused = 0;
            double first = Double.POSITIVE_INFINITY;
            for (RunResult r : results) {
                if (r.armIndex() == a) {
                    runs++;
                    if (r.refused() > 0) {
                        met++;
                        refused += r.refused();
                        first = Math.min(first, r.ceilingDay());
                    }
                }
            }
            if (met > 0) {
                sentences.add(String.format(Locale.ROOT, "Customer ceiling: in arm %s, %d of %d runs reached %s = %,d "
                        + "(first on day %.1f); from then on marketing stopped and %,d acquisitions were turned away, "
                        + "so the results describe a capped market.", arm.name(), met, runs,
                        ParameterRegistry.MAX_CUSTOMERS.key(), arm.parameters().integer(ParameterRegistry.MAX_CUSTOMERS),
                        first, refused));
            }
        }
        return sentences;
    }
}

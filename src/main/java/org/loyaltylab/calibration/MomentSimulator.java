package org.loyaltylab.calibration;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.loyaltylab.experiment.ExperimentSpec;
import org.loyaltylab.experiment.FailureSink;
import org.loyaltylab.experiment.ParallelRunner;
import org.loyaltylab.experiment.SingleRun;
import org.loyaltylab.model.failure.FailureOutcomes;
import org.loyaltylab.model.param.Parameters;
import org.loyaltylab.model.random.KeyedRandom;

/**
 * The targets' figures of a parameter set, simulated: the base experiment's first arm with the
 * fitted parameters set, run for its replications with the same seeds at every evaluation
 * (common random numbers: two parameter sets differ only by the parameters), in parallel;
 * replications already in the store are read back instead of run.
 */
final class MomentSimulator {
    private final CalibrationSpec spec;
    private final CalibrationStore store;
    private final ParallelRunner runner;
    private int executed;

    MomentSimulator(CalibrationSpec spec, CalibrationStore store, int threads) {
        this.spec = spec;
        this.store = store;
        this.runner = new ParallelRunner(threads, "loyaltylab-calibrate");
    }

    /** @return {@code figures[replication][target]} of evaluation {@code index} */
    double[][] figures(int index, double[] values) throws SQLException {
        ExperimentSpec e = spec.experiment();
        Parameters p = e.arms().get(0).parameters();
        for (int k = 0; k < values.length; k++) {
            p = p.with(spec.priors().get(k).key(), values[k]);
        }
        Parameters parameters = p;
        List<Integer> replications = IntStream.rangeClosed(1, e.replications()).boxed().toList();
        List<double[]> rows = runner.map(replications, r -> {
            double[] stored = store.figures(index, r, values);
            if (stored != null) {
                return stored;
            }
            long seed = KeyedRandom.replicationSeed(e.seed(), r);
            FailureOutcomes o = SingleRun.run(e.arms().get(0).name(), 0, parameters, r, seed, e.days(), false,
                    FailureSink.OFF).failureOutcomes();
            double[] f = spec.targets().stream().mapToDouble(t -> t.measure(o)).toArray();
            store.put(index, r, seed, values, f);
            synchronized (this) {
                executed++;
            }
            return f;
        }, f -> { });
        return new ArrayList<>(rows).toArray(new double[0][]);
    }

    /** @return replications run (not read back) so far */
    synchronized int executed() {
        return executed;
    }
}

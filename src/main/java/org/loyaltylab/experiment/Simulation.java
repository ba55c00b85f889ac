package org.loyaltylab.experiment;

import org.loyaltylab.model.param.Parameters;

/**
 * One replication of one arm, as the runners see it: {@link SingleRun#run(String, int, Parameters,
 * int, long, int, boolean, FailureSink)} in every command; tests substitute a run that fails.
 */
@FunctionalInterface
public interface Simulation {
    /** The simulation itself. */
    Simulation MODEL = SingleRun::run;

    /**
     * @param arm           the arm's name
     * @param armIndex      the arm's position
     * @param parameters    the arm's resolved parameters
     * @param replication   the replication number, from 1
     * @param seed          the replication seed
     * @param days          the horizon
     * @param keepCustomers whether to keep the per-customer records
     * @param failures      where the run's failure records go ({@link FailureSink#OFF}: none collected)
     * @return the run's results
     */
    RunResult run(String arm, int armIndex, Parameters parameters, int replication, long seed, int days,
                  boolean keepCustomers, FailureSink failures);
}

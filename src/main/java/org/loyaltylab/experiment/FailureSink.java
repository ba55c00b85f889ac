package org.loyaltylab.experiment;

import java.io.IOException;

/**
 * Where the failure records of each finished run go (the writer lives in output). Called from
 * worker threads, once per run, in any order.
 */
@FunctionalInterface
public interface FailureSink {
    /** No failure record: runs do not collect failure records at all. */
    FailureSink OFF = (arm, armIndex, replication, table) -> { };

    /** Takes the failure records of one finished run. */
    void accept(String arm, int armIndex, int replication, FailureTable table) throws IOException;
}

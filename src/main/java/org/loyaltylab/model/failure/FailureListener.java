package org.loyaltylab.model.failure;

/** Told of every service failure once its record is final (the failure record's sink). */
@FunctionalInterface
public interface FailureListener {
    /** Receives one final failure record. */
    void settled(FailureRecord record);
}

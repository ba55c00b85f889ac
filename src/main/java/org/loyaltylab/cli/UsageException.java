package org.loyaltylab.cli;

/** A command used wrongly in a way picocli cannot see (for example an output that is not a directory). */
final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}

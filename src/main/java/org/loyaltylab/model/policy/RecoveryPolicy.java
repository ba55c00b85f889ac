package org.loyaltylab.model.policy;

/** How failures are recovered (440 Industries, 'The customer service paradox: explained'; docs/REFERENCES.md). */
public enum RecoveryPolicy {
    /** No gesture, fewer tools. */
    POOR,
    /** Some gesture, usual tools. */
    STANDARD,
    /** Gesture, full tools, fast. */
    EXCELLENT;

    /** @return the value named as in experiment files, e.g. {@code value-priority} */
    public static RecoveryPolicy named(String name) {
        return PolicyNames.parse(RecoveryPolicy.class, name);
    }
}

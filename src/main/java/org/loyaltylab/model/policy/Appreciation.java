package org.loyaltylab.model.policy;

/** Whether customers are taken for granted or made to feel special (Christofi, paradox 3; docs/REFERENCES.md). */
public enum Appreciation {
    /** No appreciation effort: felt appreciation drifts down. */
    GRANTED,
    /** Thanks, personal attention and small gestures for every customer. */
    SPECIAL,
    /** Special treatment for the high-value share only. */
    SPECIAL_FOR_HIGH_VALUE;

    /** @return the value named as in experiment files, e.g. {@code value-priority} */
    public static Appreciation named(String name) {
        return PolicyNames.parse(Appreciation.class, name);
    }
}

package org.loyaltylab.model.centre;

/** The story a customer tells contacts after an encounter (M9). */
public enum Story {
    /** Nothing memorable. */
    NONE,
    /** A memorable good experience, such as a well-recovered failure. */
    GOOD,
    /** A bad encounter: a defensive answer or an unresolved complaint. */
    BAD
}

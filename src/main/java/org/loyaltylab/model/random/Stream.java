package org.loyaltylab.model.random;

/**
 * The purposes random numbers are drawn for. Each purpose is an independent stream, so two
 * policy arms that share a seed draw the same numbers for the same customer and event
 * (common random numbers) until their paths diverge.
 */
public enum Stream {
    /** Customer attributes at acquisition. */
    ATTRIBUTES,
    /** Times between a customer's activities (purchases and routine contacts). */
    ACTIVITY,
    /** Whether a purchase fails, and how badly. */
    FAILURES,
    /** Whether a failure is voiced as a complaint. */
    COMPLAINTS,
    /** The service encounter: answer style, resolution, abuse, handling time, thanks. */
    ENCOUNTERS,
    /** Patience in the queue. */
    PATIENCE,
    /**
     * The reason of a hazard churn (competing risks). The churn budget is drawn with the
     * {@link #ATTRIBUTES}, breaking-point exits with the {@link #ENCOUNTERS}.
     */
    CHURN,
    /** Which contacts hear a story, and referrals. */
    WORD_OF_MOUTH,
    /** Who is linked to whom in the social network. */
    NETWORK,
    /** Marketing acquisition times. */
    ACQUISITION,
    /** Service agents' attributes. */
    AGENTS,
    /** Whether a customer decides to keep buying when a failure is settled. */
    REPURCHASE
}

package org.loyaltylab.model.customer;

/** How a customer came to the firm (M9). */
public enum AcquisitionChannel {
    /** In the base at day 0. */
    INITIAL,
    /** Won by marketing, at an acquisition cost. */
    MARKETING,
    /** Won by a good story told by an existing customer. */
    REFERRAL
}

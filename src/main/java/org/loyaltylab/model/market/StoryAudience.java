package org.loyaltylab.model.market;

/** Where word of mouth lands: implemented by the model. */
public interface StoryAudience {
    /** Customer {@code listener} hears a story that moves their loyalty by {@code change}. */
    void hear(int listener, double change, double day);

    /** A good story told by {@code teller} wins a new customer. */
    void referral(int teller, double day);
}

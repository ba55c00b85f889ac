package org.loyaltylab.model;

import org.loyaltylab.model.centre.Story;

/** Told when a customer tells their contacts a story (word of mouth, M9). */
@FunctionalInterface
public interface StoryListener {
    /**
     * @param teller the customer telling it
     * @param story  good or bad
     * @param day    when
     */
    void told(int teller, Story story, double day);
}

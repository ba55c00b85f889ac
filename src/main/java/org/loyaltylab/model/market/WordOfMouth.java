package org.loyaltylab.model.market;

import static org.loyaltylab.model.param.ParameterRegistry.BAD_STORY_REACH;
import static org.loyaltylab.model.param.ParameterRegistry.GOOD_STORY_REACH;
import static org.loyaltylab.model.param.ParameterRegistry.STORY_CONVERSION;
import static org.loyaltylab.model.param.ParameterRegistry.STORY_EFFECT;

import org.loyaltylab.model.centre.Story;
import org.loyaltylab.model.param.Parameters;
import org.loyaltylab.model.random.KeyedRandom;
import org.loyaltylab.model.random.Stream;

/**
 * Word of mouth (M9): a customer with a memorable experience tells some of their contacts.
 * Bad stories reach more contacts than good ones. Each listener's loyalty moves by the story
 * effect; each listener of a good story brings a new customer with the conversion probability.
 */
public final class WordOfMouth {
    private final SocialNetwork network;
    private final KeyedRandom random;
    private final int goodReach;
    private final int badReach;
    private final double effect;
    private final double conversion;
    private double[] draws = new double[0];

    /**
     * @param p       the parameters
     * @param network the social network
     * @param random  the run's keyed generator
     */
    public WordOfMouth(Parameters p, SocialNetwork network, KeyedRandom random) {
        this.network = network;
        this.random = random;
        goodReach = p.integer(GOOD_STORY_REACH);
        badReach = p.integer(BAD_STORY_REACH);
        effect = p.real(STORY_EFFECT);
        conversion = p.real(STORY_CONVERSION);
    }

    /**
     * Tells a story.
     *
     * @param teller   the customer telling it
     * @param key      a number unique to the teller's experience (their contact number)
     * @param story    the story
     * @param day      now
     * @param audience where the story lands
     */
    public void tell(int teller, int key, Story story, double day, StoryAudience audience) {
        if (story == Story.NONE || network.degree() == 0) {
            return;
        }
        boolean good = story == Story.GOOD;
        int reach = Math.min(good ? goodReach : badReach, network.degree());
        random.start(Stream.WORD_OF_MOUTH, teller, key);
        int offset = (int) (random.uniform() * network.degree());
        if (draws.length < reach) {
            draws = new double[reach];
        }
        for (int i = 0; i < reach; i++) {
            draws[i] = random.uniform();
        }
        for (int i = 0; i < reach; i++) {
            int listener = network.contact(teller, (offset + i) % network.degree());
            if (listener != teller) {
                audience.hear(listener, good ? effect : -effect, day);
            }
            if (good && draws[i] < conversion) {
                audience.referral(teller, day);
            }
        }
    }
}

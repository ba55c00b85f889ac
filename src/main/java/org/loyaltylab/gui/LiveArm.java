package org.loyaltylab.gui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.loyaltylab.model.LoyaltyModel;
import org.loyaltylab.model.Observation;
import org.loyaltylab.model.centre.Story;
import org.loyaltylab.model.param.ParameterRegistry;
import org.loyaltylab.model.param.Parameters;

/**
 * One arm's model in the live view, observed every day, with the stories told recently (so
 * the display can flash the tellers' links).
 */
final class LiveArm {
    private final String name;
    private final int index;
    private final int position;
    private final LoyaltyModel model;
    private final List<Observation> observations = new ArrayList<>();
    private final Map<Integer, Story> recentStories = new HashMap<>();

    /**
     * @param name     the arm's name
     * @param index    its place among the arms shown
     * @param position its place in the experiment, which gives its colour
     */
    LiveArm(String name, int index, int position, Parameters parameters, long seed, int days) {
        this.name = name;
        this.index = index;
        this.position = position;
        this.model = new LoyaltyModel(parameters.with(ParameterRegistry.OBSERVATION_INTERVAL.key(), 1), seed, days);
        model.onObservation(o -> {
            synchronized (observations) {
                observations.add(o);
            }
        });
        model.onStory((teller, story, day) -> recentStories.put(teller, story));
    }

    String name() {
        return name;
    }

    int index() {
        return index;
    }

    /** @return the arm's place in the experiment: its colour is {@code ChartStyle.colour(position())} */
    int position() {
        return position;
    }

    LoyaltyModel model() {
        return model;
    }

    /** @return a copy of the observations so far */
    List<Observation> observations() {
        synchronized (observations) {
            return new ArrayList<>(observations);
        }
    }

    /** @return the stories told since the last call, by teller, and forgets them */
    Map<Integer, Story> takeStories() {
        Map<Integer, Story> copy = new HashMap<>(recentStories);
        recentStories.clear();
        return copy;
    }
}

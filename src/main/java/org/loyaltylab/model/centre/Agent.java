package org.loyaltylab.model.centre;

import sim.engine.Steppable;

/**
 * A service agent (M10): empathy, a training level that rises towards the programme's level
 * after hiring, and stress that hostile and abusive contacts raise and rest relieves
 * exponentially. Stress and training are brought up to date lazily, in closed form.
 */
public final class Agent {
    private final double empathy;
    private final double hiredDay;
    private final double trainingAtHire;
    private double stress;
    private double stressDay;
    private Contact current;
    /** The event that ends this agent's current service: one per agent, scheduled again for each contact. */
    Steppable serviceEnd;

    /**
     * @param empathy        innate empathy in [0, 1] (before any programme boost)
     * @param hiredDay       the day of hiring
     * @param trainingAtHire training level on the first day
     */
    public Agent(double empathy, double hiredDay, double trainingAtHire) {
        this.empathy = empathy;
        this.hiredDay = hiredDay;
        this.trainingAtHire = trainingAtHire;
        this.stressDay = hiredDay;
    }

    /** @return innate empathy (before any programme boost) */
    public double empathy() {
        return empathy;
    }

    /**
     * @param day         now
     * @param target      the training level the programme leads to
     * @param rampDays    the time constant of learning, days
     * @return training on {@code day}
     */
    public double training(double day, double target, double rampDays) {
        if (rampDays <= 0) {
            return target;
        }
        if (trainingAtHire == target) { // the gap term below is a zero: the same sum, without the exponential
            return target + 0.0;
        }
        return target + (trainingAtHire - target) * Math.exp(-(day - hiredDay) / rampDays);
    }

    /** @return stress on {@code day}, relieved by rest since the last update */
    public double stress(double day, double recoveryDays) {
        return stress * Math.exp(-(day - stressDay) / recoveryDays);
    }

    /** Adds stress on {@code day}, after bringing it up to date; returns the new level. */
    public double addStress(double day, double recoveryDays, double amount) {
        stress = Math.min(1, stress(day, recoveryDays) + amount);
        stressDay = day;
        return stress;
    }

    /** @return the contact in service, or null if idle */
    public Contact current() {
        return current;
    }

    /** Starts serving {@code contact} (null when the agent becomes idle). */
    void serve(Contact contact) {
        current = contact;
    }
}

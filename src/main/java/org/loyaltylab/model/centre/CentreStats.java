package org.loyaltylab.model.centre;

/**
 * Counters of the contact centre's work, cumulative since day 0. Observers take differences
 * between two snapshots to get per-interval figures.
 */
public final class CentreStats {
    long arrivals;
    long delayed;
    long abandoned;
    long served;
    long complaintsServed;
    long complaintsResolved;
    long defensive;
    long abusive;
    long endedByAgent;
    long agentsQuit;
    double waitDaysTotal;

    /** @return contacts that arrived */
    public long arrivals() {
        return arrivals;
    }

    /** @return contacts that found every agent busy and had to wait */
    public long delayed() {
        return delayed;
    }

    /** @return contacts that hung up before service */
    public long abandoned() {
        return abandoned;
    }

    /** @return contacts whose service started */
    public long served() {
        return served;
    }

    /** @return complaints whose service started */
    public long complaintsServed() {
        return complaintsServed;
    }

    /** @return complaints resolved */
    public long complaintsResolved() {
        return complaintsResolved;
    }

    /** @return defensive answers given */
    public long defensive() {
        return defensive;
    }

    /** @return contacts in which the customer turned abusive */
    public long abusive() {
        return abusive;
    }

    /** @return contacts ended by the agent under a boundaries policy */
    public long endedByAgent() {
        return endedByAgent;
    }

    /** @return agents who quit from burnout */
    public long agentsQuit() {
        return agentsQuit;
    }

    /** @return total time waited by contacts whose wait has ended (served or abandoned), days */
    public double waitDaysTotal() {
        return waitDaysTotal;
    }

    /** @return a copy of the counters now */
    public CentreStats snapshot() {
        CentreStats s = new CentreStats();
        s.arrivals = arrivals;
        s.delayed = delayed;
        s.abandoned = abandoned;
        s.served = served;
        s.complaintsServed = complaintsServed;
        s.complaintsResolved = complaintsResolved;
        s.defensive = defensive;
        s.abusive = abusive;
        s.endedByAgent = endedByAgent;
        s.agentsQuit = agentsQuit;
        s.waitDaysTotal = waitDaysTotal;
        return s;
    }
}

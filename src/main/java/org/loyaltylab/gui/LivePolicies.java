package org.loyaltylab.gui;

import java.util.List;
import org.loyaltylab.model.policy.AbusePolicy;
import org.loyaltylab.model.policy.Appreciation;
import org.loyaltylab.model.policy.ComplainerPolicy;
import org.loyaltylab.model.policy.Handling;
import org.loyaltylab.model.policy.PolicyNames;
import org.loyaltylab.model.policy.PolicySet;
import org.loyaltylab.model.policy.RecoveryPolicy;
import org.loyaltylab.model.policy.Routing;
import org.loyaltylab.model.policy.TrainingProgramme;

/**
 * What MASON's model inspector shows and edits: the policies of the first arm, applied live
 * (agents answer under the new handling at once; each customer follows the new appreciation
 * policy from their next event), and the staffing and temperament mix of the next run (the
 * first arm's; the other arms move by as much).
 * MASON turns each {@code getX}/{@code setX} pair into a field and each {@code domX} into a
 * drop-down of allowed values.
 */
public final class LivePolicies {
    private final LoyaltyLabGui gui;

    LivePolicies(LoyaltyLabGui gui) {
        this.gui = gui;
    }

    private PolicySet current() {
        return gui.firstArm().model().policies();
    }

    private void update(java.util.function.UnaryOperator<PolicySet> change) {
        gui.firstArm().model().setPolicies(change.apply(current()));
    }

    private static Object[] names(Enum<?>[] values) {
        return List.of(values).stream().map(PolicyNames::nameOf).toArray();
    }

    /** @return handling of angry customers (live) */
    public int getHandling() {
        return current().handling().ordinal();
    }

    /** @param i the new handling (live) */
    public void setHandling(int i) {
        update(p -> p.withHandling(Handling.values()[i]));
    }

    /** @return the allowed handling values */
    public Object domHandling() {
        return names(Handling.values());
    }

    /** @return granted or special treatment (live) */
    public int getAppreciation() {
        return current().appreciation().ordinal();
    }

    /** @param i the new appreciation policy (live) */
    public void setAppreciation(int i) {
        update(p -> p.withAppreciation(Appreciation.values()[i]));
    }

    /** @return the allowed appreciation values */
    public Object domAppreciation() {
        return names(Appreciation.values());
    }

    /** @return the training programme (live) */
    public int getTraining() {
        return current().training().ordinal();
    }

    /** @param i the new training programme (live) */
    public void setTraining(int i) {
        update(p -> p.withTraining(TrainingProgramme.values()[i]));
    }

    /** @return the allowed training values */
    public Object domTraining() {
        return names(TrainingProgramme.values());
    }

    /** @return the abuse policy (live) */
    public int getAbuse() {
        return current().abuse().ordinal();
    }

    /** @param i the new abuse policy (live) */
    public void setAbuse(int i) {
        update(p -> p.withAbuse(AbusePolicy.values()[i]));
    }

    /** @return the allowed abuse values */
    public Object domAbuse() {
        return names(AbusePolicy.values());
    }

    /** @return the routing policy (live) */
    public int getRouting() {
        return current().routing().ordinal();
    }

    /** @param i the new routing (live) */
    public void setRouting(int i) {
        update(p -> p.withRouting(Routing.values()[i]));
    }

    /** @return the allowed routing values */
    public Object domRouting() {
        return names(Routing.values());
    }

    /** @return service recovery (live) */
    public int getRecovery() {
        return current().recovery().ordinal();
    }

    /** @param i the new recovery policy (live) */
    public void setRecovery(int i) {
        update(p -> p.withRecovery(RecoveryPolicy.values()[i]));
    }

    /** @return the allowed recovery values */
    public Object domRecovery() {
        return names(RecoveryPolicy.values());
    }

    /** @return whether frequent complainers are turned away (live) */
    public int getComplainers() {
        return current().complainers().ordinal();
    }

    /** @param i the new complainer policy (live) */
    public void setComplainers(int i) {
        update(p -> p.withComplainers(ComplainerPolicy.values()[i]));
    }

    /** @return the allowed complainer values */
    public Object domComplainers() {
        return names(ComplainerPolicy.values());
    }

    /** @return whether resolved complaints get a follow-up (live) */
    public boolean getFollowUp() {
        return current().followUp();
    }

    /** @param on the new follow-up policy (live) */
    public void setFollowUp(boolean on) {
        update(p -> p.withFollowUp(on));
    }

    /** @return staffed agents of the next run (press stop, then play) */
    public int getAgentsNextRun() {
        return gui.nextAgents();
    }

    /** @param n staffed agents of the next run */
    public void setAgentsNextRun(int n) {
        gui.setNextAgents(Math.max(1, n));
    }

    /** @return mean customer temperament of the next run, 0 calm to 1 volatile */
    public double getTemperamentNextRun() {
        return gui.nextTemperament();
    }

    /** @param t mean customer temperament of the next run */
    public void setTemperamentNextRun(double t) {
        gui.setNextTemperament(Math.max(0.01, Math.min(0.99, t)));
    }

    /** @return the animation's pause per simulated day, milliseconds (speed control) */
    public long getPauseMillisPerDay() {
        return gui.getPauseMillisPerDay();
    }

    /** @param ms the pause per simulated day, milliseconds (0 = as fast as possible) */
    public void setPauseMillisPerDay(long ms) {
        gui.setPauseMillisPerDay(ms);
    }

    /** @return the slider range of the temperament */
    public Object domTemperamentNextRun() {
        return new sim.util.Interval(0.01, 0.99);
    }
}

package org.loyaltylab.model.policy;

import org.loyaltylab.model.param.ParameterRegistry;
import org.loyaltylab.model.param.Parameters;

/**
 * The policies in force: an immutable bundle read from the parameters.
 *
 * @param handling     how angry customers are answered
 * @param appreciation granted or special treatment
 * @param training     the agents' training programme
 * @param abuse        tolerate abuse or set boundaries
 * @param routing      queue discipline
 * @param recovery     service recovery quality
 * @param complainers  keep or turn away frequent complainers
 * @param followUp     whether resolved complaints get a follow-up
 */
public record PolicySet(Handling handling, Appreciation appreciation, TrainingProgramme training,
                        AbusePolicy abuse, Routing routing, RecoveryPolicy recovery,
                        ComplainerPolicy complainers, boolean followUp) {

    /** @return a copy with another handling policy */
    public PolicySet withHandling(Handling h) {
        return new PolicySet(h, appreciation, training, abuse, routing, recovery, complainers, followUp);
    }

    /** @return a copy with another appreciation policy */
    public PolicySet withAppreciation(Appreciation a) {
        return new PolicySet(handling, a, training, abuse, routing, recovery, complainers, followUp);
    }

    /** @return a copy with another training programme */
    public PolicySet withTraining(TrainingProgramme t) {
        return new PolicySet(handling, appreciation, t, abuse, routing, recovery, complainers, followUp);
    }

    /** @return a copy with another abuse policy */
    public PolicySet withAbuse(AbusePolicy a) {
        return new PolicySet(handling, appreciation, training, a, routing, recovery, complainers, followUp);
    }

    /** @return a copy with another routing */
    public PolicySet withRouting(Routing r) {
        return new PolicySet(handling, appreciation, training, abuse, r, recovery, complainers, followUp);
    }

    /** @return a copy with another recovery policy */
    public PolicySet withRecovery(RecoveryPolicy r) {
        return new PolicySet(handling, appreciation, training, abuse, routing, r, complainers, followUp);
    }

    /** @return a copy with another complainer policy */
    public PolicySet withComplainers(ComplainerPolicy c) {
        return new PolicySet(handling, appreciation, training, abuse, routing, recovery, c, followUp);
    }

    /** @return a copy with follow-up on or off */
    public PolicySet withFollowUp(boolean on) {
        return new PolicySet(handling, appreciation, training, abuse, routing, recovery, complainers, on);
    }

    /** @return the policies named in {@code p} */
    public static PolicySet from(Parameters p) {
        return new PolicySet(
                Handling.named(p.choice(ParameterRegistry.HANDLING)),
                Appreciation.named(p.choice(ParameterRegistry.APPRECIATION)),
                TrainingProgramme.named(p.choice(ParameterRegistry.TRAINING)),
                AbusePolicy.named(p.choice(ParameterRegistry.ABUSE)),
                Routing.named(p.choice(ParameterRegistry.ROUTING)),
                RecoveryPolicy.named(p.choice(ParameterRegistry.RECOVERY)),
                ComplainerPolicy.named(p.choice(ParameterRegistry.COMPLAINERS)),
                "on".equals(p.choice(ParameterRegistry.FOLLOW_UP)));
    }
}

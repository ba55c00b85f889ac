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

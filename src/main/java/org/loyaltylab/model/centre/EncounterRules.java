package org.loyaltylab.model.centre;

import static org.loyaltylab.model.param.ParameterRegistry.*;

import org.loyaltylab.model.param.Parameters;
import org.loyaltylab.model.policy.AbusePolicy;
import org.loyaltylab.model.policy.Handling;
import org.loyaltylab.model.policy.PolicySet;
import org.loyaltylab.model.policy.RecoveryPolicy;
import org.loyaltylab.model.random.KeyedRandom;

/**
 * The service encounter (M5) and its effect on loyalty (M6). A pure function of the situation,
 * the policies and the encounter's own random numbers, which are drawn in a fixed order
 * (answer, abuse, resolution, thanks, handling time, breaking point), all of them always so that the same incident
 * under two policies uses the same numbers.
 *
 * <ul>
 * <li>Anger on arrival: {@code temperament * (angerBase + severity) + waitHours * waitAnger
 *     + repeatAnger * earlierContacts}, capped at 1: a customer who must contact the centre again
 *     about the same failure arrives angrier.</li>
 * <li>Defensive answer with probability {@code logistic(base + a*anger + s*stress - e*(empathy-0.5)
 *     - t*(training-0.5) +/- policy)}: minus under kind handling, plus under defensive.</li>
 * <li>A defensive answer adds {@code escalation} to anger, a kind one removes {@code deescalation}.</li>
 * <li>Above the abuse threshold a customer turns abusive with probability equal to their rudeness;
 *     under boundaries the agent ends the contact (unresolved, a share of the handling time).</li>
 * <li>A complaint is resolved with probability {@code logistic(r0 + rt*(training-0.5)
 *     + rs*(support-0.5) - rsev*(severity-0.5) - rdef*defensive - ranger*(anger-0.5) + rrec*recovery)},
 *     recovery being -1, 0, +1 for poor, standard, excellent.</li>
 * <li>Anger after the answer above the hostile level stresses the agent, opens the breaking point
 *     and makes the contact memorable.</li>
 * <li>Loyalty after a resolved complaint rises by {@code gain * quality * speed * kindness
 *     * (1-severity)^fade * exp(-repeatFade * priorFailures)}, speed being
 *     {@code 1 / (1 + waitHours / recoveryWaitHours)} and kindness 1, or the defensive share after
 *     a defensive answer: the service recovery paradox, strongest for a first, mild failure
 *     recovered fast, kindly and with a gesture. An unresolved complaint costs
 *     {@code unresolvedLoss * (unresolvedOffset + severity)}, a defensive answer
 *     {@code defensiveLoss * (defensiveOffset + anger)}: the double deviation.</li>
 * </ul>
 */
public final class EncounterRules {
    private static final double MINUTES_PER_DAY = 1440;
    private static final double HOURS_PER_DAY = 24;

    private final double angerBase;
    private final double hostileAnger;
    private final double waitAnger;
    private final double repeatAnger;
    private final double defensiveBase;
    private final double defensiveAnger;
    private final double defensiveStress;
    private final double defensiveEmpathy;
    private final double defensiveTraining;
    private final double kindPolicy;
    private final double escalation;
    private final double deescalation;
    private final double abuseThreshold;
    private final double resolutionBase;
    private final double resolutionTraining;
    private final double resolutionSupport;
    private final double resolutionSeverity;
    private final double resolutionDefensive;
    private final double resolutionAnger;
    private final double resolutionRecovery;
    private final double standardGesture;
    private final double backOffice;
    private final double thankBase;
    private final double handleDays;
    private final double handleAnger;
    private final double handleUntrained;
    private final double endedHandleShare;
    private final double recoveryGain;
    private final double standardQuality;
    private final double defensiveRecoveryShare;
    private final double recoveryWaitHours;
    private final double severityFade;
    private final double repeatFade;
    private final double unresolvedLoss;
    private final double unresolvedOffset;
    private final double defensiveLoss;
    private final double defensiveOffset;
    private final double kindGain;
    private final double thanksGain;
    private final double followUpGain;
    private final double waitLoss;
    private final double appreciationStep;
    private final double breakingPoint;
    private final double stressHostile;
    private final double stressAbuse;
    private final double boundaryShare;

    /** @param p the parameters */
    public EncounterRules(Parameters p) {
        angerBase = p.real(ANGER_BASE);
        hostileAnger = p.real(HOSTILE_ANGER);
        waitAnger = p.real(WAIT_ANGER);
        repeatAnger = p.real(REPEAT_ANGER);
        defensiveBase = p.real(DEFENSIVE_BASE);
        defensiveAnger = p.real(DEFENSIVE_ANGER);
        defensiveStress = p.real(DEFENSIVE_STRESS);
        defensiveEmpathy = p.real(DEFENSIVE_EMPATHY);
        defensiveTraining = p.real(DEFENSIVE_TRAINING);
        kindPolicy = p.real(KIND_POLICY_EFFECT);
        escalation = p.real(ESCALATION);
        deescalation = p.real(DEESCALATION);
        abuseThreshold = p.real(ABUSE_THRESHOLD);
        resolutionBase = p.real(RESOLUTION_BASE);
        resolutionTraining = p.real(RESOLUTION_TRAINING);
        resolutionSupport = p.real(RESOLUTION_SUPPORT);
        resolutionSeverity = p.real(RESOLUTION_SEVERITY);
        resolutionDefensive = p.real(RESOLUTION_DEFENSIVE);
        resolutionAnger = p.real(RESOLUTION_ANGER);
        resolutionRecovery = p.real(RESOLUTION_RECOVERY);
        standardGesture = p.real(STANDARD_GESTURE_SHARE);
        backOffice = p.real(BACK_OFFICE_SUPPORT);
        thankBase = p.real(THANK_PROBABILITY);
        handleDays = p.real(HANDLE_MINUTES) / MINUTES_PER_DAY;
        handleAnger = p.real(HANDLE_ANGER);
        handleUntrained = p.real(HANDLE_TRAINING);
        endedHandleShare = p.real(ENDED_HANDLE_SHARE);
        recoveryGain = p.real(RECOVERY_GAIN);
        standardQuality = p.real(STANDARD_RECOVERY_QUALITY);
        defensiveRecoveryShare = p.real(DEFENSIVE_RECOVERY_SHARE);
        recoveryWaitHours = p.real(RECOVERY_WAIT_HOURS);
        severityFade = p.real(SEVERITY_FADE);
        repeatFade = p.real(REPEAT_FADE);
        unresolvedLoss = p.real(UNRESOLVED_LOSS);
        unresolvedOffset = p.real(UNRESOLVED_LOSS_OFFSET);
        defensiveLoss = p.real(DEFENSIVE_LOSS);
        defensiveOffset = p.real(DEFENSIVE_LOSS_OFFSET);
        kindGain = p.real(KIND_GAIN);
        thanksGain = p.real(THANKS_GAIN);
        followUpGain = p.real(FOLLOW_UP_GAIN);
        waitLoss = p.real(WAIT_LOSS);
        appreciationStep = p.real(APPRECIATION_STEP);
        breakingPoint = p.real(BREAKING_POINT);
        stressHostile = p.real(STRESS_HOSTILE);
        stressAbuse = p.real(STRESS_ABUSE);
        boundaryShare = p.real(BOUNDARY_RELIEF);
    }

    /** @return the customer's anger when the agent picks up */
    public double angerOnArrival(EncounterSituation s) {
        return clamp(s.temperament() * (angerBase + s.severity()) + s.waitedDays() * HOURS_PER_DAY * waitAnger
                + repeatAnger * s.earlierContacts());
    }

    /** @return the probability of a defensive answer in this situation under this handling policy */
    public double defensiveProbability(EncounterSituation s, Handling handling) {
        double policy = handling == Handling.KIND ? -kindPolicy : kindPolicy;
        return logistic(defensiveBase + defensiveAnger * angerOnArrival(s) + defensiveStress * s.agentStress()
                - defensiveEmpathy * (s.agentEmpathy() - 0.5) - defensiveTraining * (s.agentTraining() - 0.5)
                + policy);
    }

    /**
     * Plays one encounter; {@code random} must be positioned on the encounter's event.
     *
     * @return the outcome
     */
    public EncounterOutcome play(EncounterSituation s, PolicySet policies, KeyedRandom random) {
        boolean defensive = random.uniform() < defensiveProbability(s, policies.handling());
        return playAnswer(s, policies, defensive, random);
    }

    /**
     * Plays one encounter with the answer given; {@code random} must be positioned on the
     * encounter's event with its first number (the answer's) already drawn.
     *
     * @return the outcome
     */
    public EncounterOutcome playAnswer(EncounterSituation s, PolicySet policies, boolean defensive,
                                       KeyedRandom random) {
        double uAbuse = random.uniform();
        double uResolve = random.uniform();
        double uThanks = random.uniform();
        double handleDraw = random.exponential(handleDays);
        double uLeave = random.uniform();
        double angerBefore = angerOnArrival(s);
        double anger = clamp(defensive ? angerBefore + escalation : angerBefore - deescalation);
        boolean abusive = uAbuse < s.rudeness() && anger > abuseThreshold;
        boolean ended = abusive && policies.abuse() == AbusePolicy.BOUNDARIES;
        boolean resolved = !ended && (!s.complaint() || uResolve < resolutionProbability(s, policies, defensive, anger));
        boolean thanked = !ended && uThanks < thankBase + (1 - thankBase) * s.agentTraining();
        double handle = handleDraw * (1 + handleAnger * anger)
                * (1 + handleUntrained * (1 - s.agentTraining())) * (ended ? endedHandleShare : 1);
        boolean followUp = s.complaint() && resolved && policies.followUp();
        double gesture = s.complaint() && resolved ? gestureShare(policies.recovery()) : 0;
        double waitedHours = s.waitedDays() * HOURS_PER_DAY;

        double loyalty = -waitLoss * waitedHours + (thanked ? thanksGain : 0) + (followUp ? followUpGain : 0)
                + (defensive ? -defensiveLoss * (defensiveOffset + anger) : kindGain);
        double recoveryEffect = 0;
        if (s.complaint()) {
            recoveryEffect = resolved
                    ? recoveryGain * recoveryQuality(policies.recovery()) * (defensive ? defensiveRecoveryShare : 1)
                        / (1 + waitedHours / recoveryWaitHours)
                        * Math.pow(1 - s.severity(), severityFade) * Math.exp(-repeatFade * s.priorFailures())
                    : -unresolvedLoss * (unresolvedOffset + s.severity());
        }
        loyalty += recoveryEffect;
        int gestures = (thanked ? 1 : 0) + (followUp ? 1 : 0) + (gesture > 0 ? 1 : 0) - (defensive ? 1 : 0);
        boolean hostile = anger > hostileAnger;
        double stress = (hostile ? stressHostile : 0) + (abusive ? stressAbuse * (ended ? boundaryShare : 1) : 0);
        boolean bad = defensive || (s.complaint() && !resolved);
        boolean memorable = s.complaint() || hostile;
        double loyaltyAfter = clamp(s.loyalty() + loyalty);
        boolean leaves = uLeave < (bad && hostile ? breakingPoint * anger * (1 - loyaltyAfter) : 0);
        Story story = bad && memorable ? Story.BAD : s.complaint() && recoveryEffect > 0 && loyalty > 0 ? Story.GOOD : Story.NONE;
        return new EncounterOutcome(angerBefore, defensive, anger, abusive, ended, resolved, thanked, followUp,
                gesture, handle, loyalty, gestures * appreciationStep, stress, leaves, story);
    }

    private double resolutionProbability(EncounterSituation s, PolicySet policies, boolean defensive, double anger) {
        double recovery = policies.recovery().ordinal() - RecoveryPolicy.STANDARD.ordinal();
        return logistic(resolutionBase + resolutionTraining * (s.agentTraining() - 0.5)
                + resolutionSupport * (backOffice - 0.5) - resolutionSeverity * (s.severity() - 0.5)
                - (defensive ? resolutionDefensive : 0) - resolutionAnger * (anger - 0.5)
                + resolutionRecovery * recovery);
    }

    /** @return the share of a full gesture a recovered complaint gets under this policy */
    private double gestureShare(RecoveryPolicy recovery) {
        switch (recovery) {
            case EXCELLENT:
                return 1;
            case STANDARD:
                return standardGesture;
            default:
                return 0;
        }
    }

    /** @return how much of the ideal recovery gain this policy delivers */
    private double recoveryQuality(RecoveryPolicy recovery) {
        switch (recovery) {
            case EXCELLENT:
                return 1;
            case STANDARD:
                return standardQuality;
            default:
                return 0;
        }
    }

    private static double logistic(double x) {
        return 1 / (1 + Math.exp(-x));
    }

    private static double clamp(double x) {
        return Math.min(1, Math.max(0, x));
    }
}

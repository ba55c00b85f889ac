package org.loyaltylab.experiment;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.loyaltylab.model.param.ParameterRegistry;
import org.loyaltylab.model.param.Parameters;

/**
 * A policy experiment as read from an experiment file: the question, horizon, replications,
 * master seed, base parameters and arms, the contrasts it asks, and an optional sweep section.
 * Immutable; the {@code with...} methods return changed copies (command-line overrides).
 *
 * @param name         short name, [a-z0-9-]+
 * @param description  the question the experiment answers
 * @param file         the file it was read from (may be null)
 * @param days         horizon, days
 * @param replications replications per arm
 * @param seed         master seed
 * @param base         base parameters (defaults with the file's base values)
 * @param baseOverrides the file's base values
 * @param arms         the arms, in file order
 * @param sweep        the sweep section, or null
 * @param declaredContrasts the contrasts the file asks ({@code contrasts:}), empty if none
 * @param centre       the parameters derived from the file's {@code centre:} section, or null without one
 */
public record ExperimentSpec(String name, String description, Path file, int days, int replications, long seed,
                             Parameters base, Map<String, Object> baseOverrides, List<Arm> arms,
                             SweepSection sweep, List<Contrast> declaredContrasts, CentreDerivation centre) {
    /** The longest horizon, days, in a file or on the command line (100 years). */
    public static final int MAX_DAYS = 36_500;
    /** The most replications per arm (or per sweep point and arm), in a file or on the command line. */
    public static final int MAX_REPLICATIONS = 100_000;

    /** Copies the lists. */
    public ExperimentSpec {
        arms = List.copyOf(arms);
        baseOverrides = Map.copyOf(baseOverrides);
        declaredContrasts = List.copyOf(declaredContrasts);
    }

    /** An experiment that declares no contrasts: every arm is compared with the baseline. */
    public ExperimentSpec(String name, String description, Path file, int days, int replications, long seed,
                          Parameters base, Map<String, Object> baseOverrides, List<Arm> arms, SweepSection sweep) {
        this(name, description, file, days, replications, seed, base, baseOverrides, arms, sweep, List.of(), null);
    }

    /** @return the declared contrasts, or, if none, every other arm against the baseline */
    public List<Contrast> contrasts() {
        if (!declaredContrasts.isEmpty()) {
            return declaredContrasts;
        }
        String b = baselineArm().name();
        return arms.stream().filter(a -> !a.name().equals(b)).map(a -> Contrast.pair(a.name(), b)).toList();
    }

    /** @return the arm marked baseline, else the first */
    public Arm baselineArm() {
        return arms.stream().filter(Arm::baseline).findFirst().orElse(arms.get(0));
    }

    /** @return a copy with another horizon */
    public ExperimentSpec withDays(int newDays) {
        return new ExperimentSpec(name, description, file, newDays, replications, seed, base, baseOverrides, arms, sweep, declaredContrasts, centre);
    }

    /** @return a copy with another number of replications */
    public ExperimentSpec withReplications(int n) {
        return new ExperimentSpec(name, description, file, days, n, seed, base, baseOverrides, arms, sweep, declaredContrasts, centre);
    }

    /** @return a copy with another master seed */
    public ExperimentSpec withSeed(long newSeed) {
        return new ExperimentSpec(name, description, file, days, replications, newSeed, base, baseOverrides, arms, sweep, declaredContrasts, centre);
    }

    /**
     * Sets a parameter for the whole experiment, as {@code --set key=value} does: in the base
     * and in every arm, replacing an arm's own value of that key.
     *
     * @return the changed copy
     */
    public ExperimentSpec withOverride(String key, Object value) {
        Object canonical = ParameterRegistry.require(key).coerce(value);
        Map<String, Object> newBase = new LinkedHashMap<>(baseOverrides);
        newBase.put(key, canonical);
        List<Arm> newArms = new ArrayList<>();
        for (Arm a : arms) {
            Map<String, Object> o = new LinkedHashMap<>(a.overrides());
            o.put(key, canonical);
            newArms.add(new Arm(a.name(), a.description(), a.baseline(), o, a.parameters().with(key, canonical)));
        }
        return new ExperimentSpec(name, description, file, days, replications, seed, base.with(key, canonical),
                newBase, newArms, sweep, declaredContrasts, centre);
    }

    /**
     * Sets a value the centre implies (the steady-base acquisition): in the base, and in every
     * arm that does not set the key itself; records the step in the centre's derivation.
     *
     * @return the changed copy
     */
    public ExperimentSpec withDerived(CentreDerivation.Step step) {
        Object canonical = ParameterRegistry.require(step.key()).coerce(step.value());
        Map<String, Object> newBase = new LinkedHashMap<>(baseOverrides);
        newBase.put(step.key(), canonical);
        List<Arm> newArms = new ArrayList<>();
        for (Arm a : arms) {
            Parameters p = a.overrides().containsKey(step.key()) ? a.parameters() : a.parameters().with(step.key(),
                    canonical);
            newArms.add(new Arm(a.name(), a.description(), a.baseline(), a.overrides(), p));
        }
        return new ExperimentSpec(name, description, file, days, replications, seed, base.with(step.key(), canonical),
                newBase, newArms, sweep, declaredContrasts, centre == null ? null : centre.with(step));
    }

    /** @return the days at the start of each run left out of the statistics (the base's {@code simulation.warmup_days}) */
    public int warmupDays() {
        return base.integer(ParameterRegistry.WARMUP);
    }

    /** @return a copy whose statistics start after {@code days} of warm-up, in the base and every arm */
    public ExperimentSpec withWarmup(int warmupDays) {
        return withOverride(ParameterRegistry.WARMUP.key(), warmupDays);
    }

    /** @return the arms as the runner sees them */
    public List<ArmPlan> plans() {
        return arms.stream().map(a -> new ArmPlan(a.name(), a.parameters())).toList();
    }
}

package org.loyaltylab.calibration;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.CMAESOptimizer;
import org.apache.commons.math3.random.MersenneTwister;

/**
 * The method of simulated moments with Commons Math's CMA-ES: minimises the sum of squared
 * standardised distances between the targets and the replication means of the simulated
 * figures over the priors' box (searched as the unit cube, starting at its centre with step
 * 0.3), with common random numbers. CMA-ES is derivative-free and tolerates the objective's
 * small steps (figures are counts). Its own random numbers come from {@code seed}, so the same
 * calibration asks for the same parameter sets in the same order: a resumed calibration replays
 * the stored evaluations and carries on where it was killed. It stops after {@code budget}
 * evaluations or when CMA-ES has converged.
 */
public final class Calibrator {
    private static final double STEP = 0.3;

    private final CalibrationSpec spec;
    private final MomentSimulator simulator;
    private final long seed;
    private final Consumer<Evaluation> done;
    private final List<Evaluation> evaluations = new ArrayList<>();

    /**
     * @param store   the crash-safe store (read back on resume)
     * @param threads threads running the replications of an evaluation
     * @param seed    the optimiser's seed
     * @param done    told of each evaluation, stored or run
     */
    Calibrator(CalibrationSpec spec, CalibrationStore store, int threads, long seed, Consumer<Evaluation> done) {
        this.spec = spec;
        this.simulator = new MomentSimulator(spec, store, threads);
        this.seed = seed;
        this.done = done;
    }

    /** Thrown from the objective when the budget is spent. */
    private static final class BudgetSpent extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BudgetSpent() {
            super(null, null, false, false);
        }
    }

    /** Carries a store failure out of the optimiser. */
    private static final class StoreFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StoreFailure(SQLException cause) {
            super(cause);
        }
    }

    /** @return every evaluation, in order */
    List<Evaluation> run() throws SQLException {
        int k = spec.priors().size();
        double[] lower = new double[k];
        double[] upper = new double[k];
        double[] start = new double[k];
        double[] step = new double[k];
        Arrays.fill(upper, 1);
        Arrays.fill(start, 0.5);
        Arrays.fill(step, STEP);
        CMAESOptimizer cmaes = new CMAESOptimizer(100_000, 0, true, 0, 10, new MersenneTwister(seed), false, null);
        try {
            cmaes.optimize(new MaxEval(Integer.MAX_VALUE), new ObjectiveFunction(this::objective), GoalType.MINIMIZE,
                    new InitialGuess(start), new SimpleBounds(lower, upper), new CMAESOptimizer.Sigma(step),
                    new CMAESOptimizer.PopulationSize(4 + (int) (3 * Math.log(k))));
        } catch (BudgetSpent e) {
            // the budget ends the search
        } catch (StoreFailure e) {
            throw (SQLException) e.getCause();
        }
        return List.copyOf(evaluations);
    }

    /** @return replications run (not read back from the store) */
    int executed() {
        return simulator.executed();
    }

    private double objective(double[] unit) {
        if (evaluations.size() >= spec.budget()) {
            throw new BudgetSpent();
        }
        double[] values = new double[unit.length];
        for (int i = 0; i < unit.length; i++) {
            values[i] = spec.priors().get(i).at(Math.min(1, Math.max(0, unit[i])));
        }
        int index = evaluations.size() + 1;
        try {
            Evaluation e = Evaluation.of(index, values, simulator.figures(index, values), spec.targets());
            evaluations.add(e);
            done.accept(e);
            return e.objective();
        } catch (SQLException ex) {
            throw new StoreFailure(ex);
        }
    }

    /** @return the evaluation with the smallest objective (the first of ties) */
    static Evaluation best(List<Evaluation> evaluations) {
        return evaluations.stream().min(Comparator.comparingDouble(Evaluation::objective)).orElseThrow();
    }
}

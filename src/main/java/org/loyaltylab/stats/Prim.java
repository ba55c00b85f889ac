package org.loyaltylab.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The Patient Rule Induction Method (Friedman and Fisher 1999, "Bump hunting in
 * high-dimensional data", Statistics and Computing 9): finds a box, one range per input, where a
 * binary outcome (here: a policy loses) is concentrated.
 *
 * <p>Peeling: starting from the box holding every point, repeatedly remove the share
 * {@code alpha} of the points in the box at one face of one input, choosing the face that leaves
 * the highest density (share of points in the box that are targets), until fewer than
 * {@code minSupport} of the points remain. The box kept from this trajectory is the one of highest
 * density among those that still hold at least {@code minCoverage} of the targets (the earliest on
 * a tie). Pasting: then widen that box by about {@code alpha} of its points at a face while that
 * raises its density. Last, a restriction is dropped if dropping it does not lower the density,
 * and the weakest are dropped while more than {@value #MAX_RESTRICTED} remain: with few points,
 * peeling can cut one point at a time on many inputs, and such a box describes noise.
 */
public final class Prim {
    /** The most inputs the box restricts. */
    public static final int MAX_RESTRICTED = 3;

    private final double alpha;
    private final double minSupport;
    private final double minCoverage;

    /**
     * The box found: its range per input (within the data's range), whether each input is
     * restricted, and how well it describes the targets.
     *
     * @param lower      the lower bound per input
     * @param upper      the upper bound per input
     * @param restricted whether the box cuts the input's range
     * @param coverage   targets in the box / all targets
     * @param density    targets in the box / points in the box
     * @param points     points in the box
     */
    public record Box(double[] lower, double[] upper, boolean[] restricted, double coverage, double density,
                      int points) {
    }

    /**
     * @param alpha       the share peeled (or pasted) per step, in (0, 0.5), e.g. 0.05
     * @param minSupport  the smallest share of all points a box may hold, in (0, 1)
     * @param minCoverage the smallest share of the targets the chosen box must hold, in (0, 1]
     */
    public Prim(double alpha, double minSupport, double minCoverage) {
        if (!(alpha > 0 && alpha < 0.5 && minSupport > 0 && minSupport < 1 && minCoverage > 0 && minCoverage <= 1)) {
            throw new IllegalArgumentException("need alpha in (0, 0.5), minSupport in (0, 1), minCoverage in (0, 1]");
        }
        this.alpha = alpha;
        this.minSupport = minSupport;
        this.minCoverage = minCoverage;
    }

    /**
     * @param x      one row of inputs per point
     * @param target whether each point is a target
     * @return the box; it holds every point if there is no target
     */
    public Box find(double[][] x, boolean[] target) {
        if (x.length == 0 || x.length != target.length) {
            throw new IllegalArgumentException("need one target flag per point, and at least one point");
        }
        int k = x[0].length;
        double[] lo = new double[k];
        double[] hi = new double[k];
        Arrays.fill(lo, Double.NEGATIVE_INFINITY);
        Arrays.fill(hi, Double.POSITIVE_INFINITY);
        int targets = count(target);
        double[][] best = {lo.clone(), hi.clone()};
        double bestDensity = density(x, target, lo, hi);
        while (inBox(x, lo, hi).size() >= Math.max(2, minSupport * x.length) && targets > 0) {
            double[][] peeled = bestStep(x, target, lo, hi, true);
            if (peeled == null || inBox(x, peeled[0], peeled[1]).size() < minSupport * x.length) {
                break;
            }
            lo = peeled[0];
            hi = peeled[1];
            double d = density(x, target, lo, hi);
            if (d > bestDensity && coverage(x, target, lo, hi, targets) >= minCoverage) {
                bestDensity = d;
                best = new double[][] {lo.clone(), hi.clone()};
            }
        }
        lo = best[0];
        hi = best[1];
        for (double[][] pasted = bestStep(x, target, lo, hi, false); pasted != null
                && density(x, target, pasted[0], pasted[1]) > density(x, target, lo, hi);
                pasted = bestStep(x, target, lo, hi, false)) {
            lo = pasted[0];
            hi = pasted[1];
        }
        prune(x, target, lo, hi);
        return box(x, target, lo, hi, targets);
    }

    /** @return the best peel (or paste) of one face, or null if none changes the box */
    private double[][] bestStep(double[][] x, boolean[] target, double[] lo, double[] hi, boolean peel) {
        double[][] best = null;
        double bestDensity = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < lo.length; j++) {
            for (boolean lowerFace : new boolean[] {true, false}) {
                double[][] c = peel ? peel(x, lo, hi, j, lowerFace) : paste(x, lo, hi, j, lowerFace);
                if (c != null) {
                    double d = density(x, target, c[0], c[1]);
                    if (d > bestDensity) {
                        bestDensity = d;
                        best = c;
                    }
                }
            }
        }
        return best;
    }

    private double[][] peel(double[][] x, double[] lo, double[] hi, int j, boolean lowerFace) {
        List<Integer> in = inBox(x, lo, hi);
        double[] v = in.stream().mapToDouble(i -> x[i][j]).sorted().toArray();
        int step = Math.max(1, (int) Math.floor(alpha * v.length));
        if (step >= v.length) {
            return null;
        }
        double[] nlo = lo.clone();
        double[] nhi = hi.clone();
        if (lowerFace) {
            nlo[j] = v[step];
        } else {
            nhi[j] = v[v.length - 1 - step];
        }
        return inBox(x, nlo, nhi).size() < v.length ? new double[][] {nlo, nhi} : null;
    }

    private double[][] paste(double[][] x, double[] lo, double[] hi, int j, boolean lowerFace) {
        int step = Math.max(1, (int) Math.floor(alpha * inBox(x, lo, hi).size()));
        double[] out = Arrays.stream(x).filter(r -> insideExcept(r, lo, hi, j))
                .mapToDouble(r -> r[j]).filter(v -> lowerFace ? v < lo[j] : v > hi[j]).sorted().toArray();
        if (out.length == 0) {
            return null;
        }
        double[] nlo = lo.clone();
        double[] nhi = hi.clone();
        if (lowerFace) {
            nlo[j] = out[Math.max(0, out.length - step)];
        } else {
            nhi[j] = out[Math.min(out.length, step) - 1];
        }
        return new double[][] {nlo, nhi};
    }

    /**
     * Drops every restriction whose removal does not lower the density, then, while more than
     * {@value #MAX_RESTRICTED} remain, the one whose removal lowers it least.
     */
    private static void prune(double[][] x, boolean[] target, double[] lo, double[] hi) {
        while (true) {
            int weakest = -1;
            int restricted = 0;
            double best = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < lo.length; j++) {
                if (lo[j] == Double.NEGATIVE_INFINITY && hi[j] == Double.POSITIVE_INFINITY) {
                    continue;
                }
                restricted++;
                double[] l = lo.clone();
                double[] h = hi.clone();
                l[j] = Double.NEGATIVE_INFINITY;
                h[j] = Double.POSITIVE_INFINITY;
                double d = density(x, target, l, h);
                if (d > best) {
                    best = d;
                    weakest = j;
                }
            }
            if (weakest < 0 || (best < density(x, target, lo, hi) && restricted <= MAX_RESTRICTED)) {
                return;
            }
            lo[weakest] = Double.NEGATIVE_INFINITY;
            hi[weakest] = Double.POSITIVE_INFINITY;
        }
    }

    private static Box box(double[][] x, boolean[] target, double[] lo, double[] hi, int targets) {
        int k = lo.length;
        double[] lower = new double[k];
        double[] upper = new double[k];
        boolean[] restricted = new boolean[k];
        for (int j = 0; j < k; j++) {
            final int col = j;
            double min = Arrays.stream(x).mapToDouble(r -> r[col]).min().orElseThrow();
            double max = Arrays.stream(x).mapToDouble(r -> r[col]).max().orElseThrow();
            restricted[j] = lo[j] > min || hi[j] < max;
            lower[j] = Math.max(lo[j], min);
            upper[j] = Math.min(hi[j], max);
        }
        return new Box(lower, upper, restricted, coverage(x, target, lo, hi, targets), density(x, target, lo, hi),
                inBox(x, lo, hi).size());
    }

    private static double coverage(double[][] x, boolean[] target, double[] lo, double[] hi, int targets) {
        return targets == 0 ? Double.NaN : (double) hits(x, target, lo, hi) / targets;
    }

    private static double density(double[][] x, boolean[] target, double[] lo, double[] hi) {
        int n = inBox(x, lo, hi).size();
        return n == 0 ? Double.NaN : (double) hits(x, target, lo, hi) / n;
    }

    private static int hits(double[][] x, boolean[] target, double[] lo, double[] hi) {
        return (int) inBox(x, lo, hi).stream().filter(i -> target[i]).count();
    }

    private static List<Integer> inBox(double[][] x, double[] lo, double[] hi) {
        List<Integer> in = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            if (insideExcept(x[i], lo, hi, -1)) {
                in.add(i);
            }
        }
        return in;
    }

    private static boolean insideExcept(double[] row, double[] lo, double[] hi, int skip) {
        for (int j = 0; j < row.length; j++) {
            if (j != skip && (row[j] < lo[j] || row[j] > hi[j])) {
                return false;
            }
        }
        return true;
    }

    private static int count(boolean[] flags) {
        int n = 0;
        for (boolean f : flags) {
            n += f ? 1 : 0;
        }
        return n;
    }
}

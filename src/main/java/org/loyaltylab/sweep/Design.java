package org.loyaltylab.sweep;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.random.SobolSequenceGenerator;
import org.loyaltylab.model.random.KeyedRandom;
import org.loyaltylab.model.random.Stream;
import org.loyaltylab.stats.SobolIndices;

/**
 * Builds the points of a sweep: each point is an ordered map from parameter key to value.
 * Designs are deterministic functions of (factors, points, seed), so every machine and shard
 * builds the same list.
 */
public final class Design {
    /** The most points a design may have, as in the {@code points} key of a sweep section. */
    public static final int MAX_POINTS = 1_000_000;
    /** The most runs (points x arms x replications) a sweep may have, over all its shards. */
    public static final long MAX_RUNS = 10_000_000;

    private Design() {
    }

    /**
     * @return the number of points {@link #points} builds, without building them (a grid: the
     *         product of its factors' values; Saltelli: N x (k + 2))
     * @throws ArithmeticException if a grid has more than {@code Long.MAX_VALUE} points
     */
    public static long size(DesignKind kind, List<Factor> factors, int points) {
        return switch (kind) {
            case GRID -> factors.stream().mapToLong(f -> f.gridValues().size()).reduce(1, Math::multiplyExact);
            case SALTELLI -> (long) points * (factors.size() + 2);
            default -> points;
        };
    }

    /**
     * @param kind    the design
     * @param factors the swept parameters
     * @param points  the number of points (sampling designs); for Saltelli the number of base
     *                rows N, giving N x (k + 2) points
     * @param seed    seeds the Latin hypercube
     * @return the points, in a fixed order
     */
    public static List<Map<String, Object>> points(DesignKind kind, List<Factor> factors, int points, long seed) {
        switch (kind) {
            case GRID:
                return grid(factors);
            case LATIN_HYPERCUBE:
                return map(factors, latinHypercube(points, factors.size(), seed));
            case SOBOL:
                return map(factors, sobol(points, factors.size()));
            default:
                return map(factors, SobolIndices.saltelliDesign(points, factors.size()));
        }
    }

    /**
     * The number of points {@link #points} builds, computed without building them (saturating
     * at {@code Long.MAX_VALUE}), so that a design too large to hold is refused first.
     */
    public static long count(DesignKind kind, List<Factor> factors, int points) {
        switch (kind) {
            case GRID:
                long n = 1;
                for (Factor f : factors) {
                    long values = f.categorical() ? f.levels().size() : Math.max(2, f.steps());
                    n = n > Long.MAX_VALUE / values ? Long.MAX_VALUE : n * values;
                }
                return n;
            case SALTELLI:
                return (long) points * (factors.size() + 2);
            default:
                return points;
        }
    }

    private static List<Map<String, Object>> grid(List<Factor> factors) {
        List<Map<String, Object>> out = new ArrayList<>();
        out.add(new LinkedHashMap<>());
        for (Factor f : factors) {
            List<Map<String, Object>> next = new ArrayList<>();
            for (Map<String, Object> partial : out) {
                for (Object v : f.gridValues()) {
                    Map<String, Object> point = new LinkedHashMap<>(partial);
                    point.put(f.key(), v);
                    next.add(point);
                }
            }
            out = next;
        }
        return out;
    }

    /**
     * @return an n x k Latin hypercube in the unit cube: in every coordinate, one point drawn
     *         uniformly within each of the n strata
     */
    public static double[][] latinHypercube(int n, int k, long seed) {
        KeyedRandom random = new KeyedRandom(seed);
        double[][] x = new double[n][k];
        for (int j = 0; j < k; j++) {
            int[] perm = new int[n];
            for (int i = 0; i < n; i++) {
                perm[i] = i;
            }
            random.start(Stream.ATTRIBUTES, j, 0);
            for (int i = n - 1; i > 0; i--) {
                int swap = (int) (random.uniform() * (i + 1));
                int t = perm[i];
                perm[i] = perm[swap];
                perm[swap] = t;
            }
            for (int i = 0; i < n; i++) {
                x[i][j] = (perm[i] + random.uniform()) / n;
            }
        }
        return x;
    }

    /**
     * @return n points of a k-dimensional Sobol sequence, from its third point on: Commons Math's
     *         {@code skipTo(1)} returns the point after the origin, (1/2, ..., 1/2), which is dropped too
     */
    static double[][] sobol(int n, int k) {
        SobolSequenceGenerator g = new SobolSequenceGenerator(k);
        g.skipTo(1);
        double[][] x = new double[n][];
        for (int i = 0; i < n; i++) {
            x[i] = g.nextVector();
        }
        return x;
    }

    private static List<Map<String, Object>> map(List<Factor> factors, double[][] unit) {
        List<Map<String, Object>> out = new ArrayList<>(unit.length);
        for (double[] u : unit) {
            Map<String, Object> point = new LinkedHashMap<>();
            for (int j = 0; j < factors.size(); j++) {
                point.put(factors.get(j).key(), factors.get(j).fromUnit(u[j]));
            }
            out.add(point);
        }
        return out;
    }
}

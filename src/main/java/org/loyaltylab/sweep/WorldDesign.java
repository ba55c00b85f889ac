package org.loyaltylab.sweep;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.loyaltylab.BadInputException;
import org.loyaltylab.model.param.ParameterDef;
import org.loyaltylab.model.param.ParameterPriors;
import org.loyaltylab.model.param.ParameterRegistry;
import org.loyaltylab.model.param.ParameterType;
import org.loyaltylab.model.param.Prior;
import org.loyaltylab.stats.SobolIndices;

/**
 * The plausible worlds of a {@code run --worlds}: each world is one value per uncertain
 * parameter, drawn either as a Latin hypercube over the priors ({@link ParameterPriors}) or read
 * from the rows of a CSV file of accepted parameter sets (as calibration writes them). Parameters
 * the experiment fixes (its base, {@code --set}) are not varied.
 *
 * <p>A Saltelli design ({@link #saltelli}) holds N (k + 2) worlds in blocks of N: A, B, then A
 * with the column of parameter i taken from B, for each of the k parameters; A and B are two
 * independent samples of the priors, the other blocks serve the Sobol indices.
 *
 * @param keys         the varied parameters, in column order
 * @param worlds       one map per world, key to canonical value, in world order
 * @param source       where the worlds came from, in words
 * @param saltelliBase N, the base rows of a Saltelli design, or 0 when the worlds are a sample
 */
public record WorldDesign(List<String> keys, List<Map<String, Object>> worlds, String source, int saltelliBase) {

    /** Copies the lists. */
    public WorldDesign {
        keys = List.copyOf(keys);
        worlds = worlds.stream().map(w -> (Map<String, Object>) new LinkedHashMap<>(w)).toList();
    }

    /**
     * @param n     the number of worlds, at least 1
     * @param fixed the keys the experiment fixes
     * @param seed  seeds the hypercube (the experiment's master seed)
     * @return a Latin hypercube of {@code n} worlds over the priors of the parameters not fixed
     */
    public static WorldDesign latinHypercube(int n, Set<String> fixed, long seed) {
        List<Prior> priors = uncertain(fixed);
        return new WorldDesign(priors.stream().map(Prior::key).toList(),
                fromUnit(priors, Design.latinHypercube(n, priors.size(), seed)),
                "Latin hypercube over the priors, seed " + seed, 0);
    }

    /**
     * @param n     the base rows N, at least 2
     * @param fixed the keys the experiment fixes
     * @return Saltelli's design over the priors of the parameters not fixed: N (k + 2) worlds
     *         from a Sobol sequence (deterministic, no seed)
     */
    public static WorldDesign saltelli(int n, Set<String> fixed) {
        List<Prior> priors = uncertain(fixed);
        return new WorldDesign(priors.stream().map(Prior::key).toList(),
                fromUnit(priors, SobolIndices.saltelliDesign(n, priors.size())),
                "Saltelli design over the priors, " + n + " base rows", n);
    }

    private static List<Map<String, Object>> fromUnit(List<Prior> priors, double[][] unit) {
        List<Map<String, Object>> worlds = new ArrayList<>();
        for (double[] u : unit) {
            Map<String, Object> world = new LinkedHashMap<>();
            for (int j = 0; j < priors.size(); j++) {
                world.put(priors.get(j).key(), priors.get(j).fromUnit(u[j]));
            }
            worlds.add(world);
        }
        return worlds;
    }

    /**
     * Reads worlds from a CSV file with a header: the columns named by a numeric registry key not
     * in {@code fixed} are the varied parameters; other columns are ignored.
     *
     * @param file  the file
     * @param limit the most worlds to read (the first rows), or null for all
     * @param fixed the keys the experiment fixes
     * @return the worlds
     * @throws BadInputException if the file has no parameter column, no row, or a bad value
     * @throws IOException       if it cannot be read
     */
    public static WorldDesign fromCsv(Path file, Integer limit, Set<String> fixed) throws IOException {
        List<String> lines = Files.readAllLines(file).stream().filter(l -> !l.isBlank()).toList();
        if (lines.isEmpty()) {
            throw new BadInputException("--worlds-from " + file + " is empty");
        }
        List<String> header = cells(lines.get(0));
        List<Integer> columns = new ArrayList<>();
        for (int c = 0; c < header.size(); c++) {
            String key = header.get(c).trim();
            boolean numeric = ParameterRegistry.find(key).map(d -> d.type() != ParameterType.CHOICE).orElse(false);
            if (numeric && !fixed.contains(key)) {
                columns.add(c);
            }
        }
        int rows = Math.min(lines.size() - 1, limit == null ? Integer.MAX_VALUE : limit);
        if (columns.isEmpty() || rows < 1) {
            throw new BadInputException("--worlds-from " + file + " needs a header naming parameters the experiment "
                    + "does not fix, and at least one row");
        }
        List<Map<String, Object>> worlds = new ArrayList<>();
        for (int r = 1; r <= rows; r++) {
            List<String> row = cells(lines.get(r));
            Map<String, Object> world = new LinkedHashMap<>();
            for (int c : columns) {
                ParameterDef def = ParameterRegistry.require(header.get(c).trim());
                try {
                    world.put(def.key(), def.coerce(c < row.size() ? row.get(c) : ""));
                } catch (RuntimeException e) {
                    throw new BadInputException("--worlds-from " + file + " row " + r + ": " + e.getMessage());
                }
            }
            worlds.add(world);
        }
        return new WorldDesign(columns.stream().map(c -> header.get(c).trim()).toList(), worlds,
                rows + " accepted parameter sets from " + file, 0);
    }

    /** @return the priors of the parameters a Latin hypercube varies: those not in {@code fixed} */
    public static List<Prior> uncertain(Set<String> fixed) {
        return ParameterPriors.all().stream().filter(p -> !fixed.contains(p.key())).toList();
    }

    /** @return the drawn values as numbers, one row per world, in key order */
    public double[][] values() {
        double[][] x = new double[worlds.size()][keys.size()];
        for (int w = 0; w < x.length; w++) {
            for (int j = 0; j < keys.size(); j++) {
                x[w][j] = ((Number) worlds.get(w).get(keys.get(j))).doubleValue();
            }
        }
        return x;
    }

    /** @return the cells of one CSV line; a quoted cell may hold commas and doubled quotes */
    public static List<String> cells(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted && ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                cell.append('"');
                i++;
            } else if (ch == '"') {
                quoted = !quoted;
            } else if (ch == ',' && !quoted) {
                out.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(ch);
            }
        }
        out.add(cell.toString());
        return out;
    }
}

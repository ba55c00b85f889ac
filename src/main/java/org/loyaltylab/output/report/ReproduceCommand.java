package org.loyaltylab.output.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The command a user types, in the project folder, to repeat a run: the experiment file relative
 * to the working directory, the exact seed, horizon and replications, and the parameter
 * overrides and warm-up the run had; without where the results went or how many threads
 * computed them (the tables do not depend on either) and without the precision loop (its
 * replications are stated instead).
 */
public final class ReproduceCommand {
    /** Options that take a value: stated from the run's own figures, or not changing the tables. */
    private static final Set<String> DROPPED_WITH_VALUE = Set.of("--out", "--threads", "--precision",
            "--max-replications", "--seed", "--days", "--replications", "--budget");
    /** Flags that do not change the tables. */
    private static final Set<String> DROPPED = Set.of("--quiet", "--resume");

    private ReproduceCommand() {
    }

    /**
     * @param recorded     the command line as run.json records it ({@code loyaltylab run FILE ...})
     * @param file         the experiment file as the run read it, or null
     * @param seed         the master seed
     * @param days         the horizon
     * @param replications replications per arm the run ended with
     * @return e.g. {@code ./loyaltylab run experiments/kind-vs-defensive.yaml --seed 1 --days 730
     *         --replications 20 --set customers.initial_count=5000}
     */
    public static String of(String recorded, String file, long seed, int days, int replications) {
        List<String> kept = drop(withoutProgram(List.of(recorded.trim().split("\\s+"))), DROPPED_WITH_VALUE);
        if (kept.size() < 2) {
            return "./loyaltylab " + String.join(" ", kept);
        }
        List<String> out = new ArrayList<>(List.of("./loyaltylab", kept.get(0),
                file == null ? kept.get(1) : relative(file)));
        out.addAll(List.of("--seed", Long.toString(seed), "--days", Integer.toString(days), "--replications",
                Integer.toString(replications)));
        out.addAll(kept.subList(2, kept.size()));
        return String.join(" ", out);
    }

    /**
     * @param arguments the command-line arguments of any command
     * @return the arguments (after the program's name, if they start with it) without the options that
     *         only say where and how fast (output folder, threads, quiet, resume), prefixed by
     *         {@code ./loyaltylab}
     */
    public static String withoutLocalOptions(List<String> arguments) {
        return "./loyaltylab " + String.join(" ", drop(withoutProgram(arguments), Set.of("--out", "--threads")));
    }

    private static List<String> withoutProgram(List<String> args) {
        return !args.isEmpty() && args.get(0).endsWith("loyaltylab") ? args.subList(1, args.size()) : args;
    }

    /** @return {@code args} without the options named in {@code withValue} (and their values) nor the flags */
    private static List<String> drop(List<String> args, Set<String> withValue) {
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            boolean joined = a.contains("=");
            String name = joined ? a.substring(0, a.indexOf('=')) : a;
            if (withValue.contains(name)) {
                i += joined ? 0 : 1;
            } else if (!DROPPED.contains(name)) {
                kept.add(a);
            }
        }
        return kept;
    }

    /** @return {@code file} relative to the working directory when it lies inside it, else as given */
    static String relative(String file) {
        Path cwd = Path.of("").toAbsolutePath().normalize();
        Path p = Path.of(file).toAbsolutePath().normalize();
        return p.startsWith(cwd) ? cwd.relativize(p).toString() : file;
    }
}

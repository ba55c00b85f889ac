package org.loyaltylab.output.report;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the report says around the tables: the experiment, its question, its arms and what
 * differs between them, the findings in plain words, and how to reproduce the run. Built by the
 * caller (the command line builds it from the experiment and the run); the tables themselves are
 * read from the results directory.
 *
 * @param experiment   the experiment's name
 * @param description  the question the experiment asks, in words
 * @param arms         the arms in experiment order (arm i is drawn in colour i)
 * @param findings     plain-words findings with their confidence intervals, e.g. "Kind handling
 *                     keeps 1,240 more customers after 730 days (95 % CI 1,110 to 1,370)"; may
 *                     be empty
 * @param command      the command line that reproduces the run
 * @param seed         the master seed
 * @param version      the tool's version
 * @param days         the simulated horizon, days
 * @param replications replications per arm
 * @param provenance   further facts for the "how to reproduce" table, in order (e.g. experiment
 *                     file and its SHA-256); may be empty
 * @param warmupDays   the days at the start of each run left out of the statistics, 0 for none
 */
public record ReportContext(String experiment, String description, List<Arm> arms, List<String> findings,
                            String command, long seed, String version, int days, int replications,
                            Map<String, String> provenance, int warmupDays) {

    /**
     * One arm of the experiment.
     *
     * @param name               the arm's name, as in the tables' {@code arm} column
     * @param description        what the arm stands for, in words (may be empty)
     * @param differsFromDefaults every parameter whose value differs from the documented default,
     *                           dotted key to value, in a stable order (may be empty)
     */
    public record Arm(String name, String description, Map<String, ?> differsFromDefaults) {
        /** Null-safe, immutable copies (parameter order kept). */
        public Arm {
            name = name == null ? "" : name;
            description = description == null ? "" : description;
            differsFromDefaults = differsFromDefaults == null ? Map.of()
                    : Collections.unmodifiableMap(new LinkedHashMap<>(differsFromDefaults));
        }
    }

    /** Null-safe, immutable copies. */
    public ReportContext {
        experiment = experiment == null ? "" : experiment;
        description = description == null ? "" : description;
        arms = arms == null ? List.of() : List.copyOf(arms);
        findings = findings == null ? List.of() : findings.stream().filter(Objects::nonNull).toList();
        command = command == null ? "" : command;
        version = version == null ? "" : version;
        provenance = provenance == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(provenance));
    }

    /** A context without warm-up. */
    public ReportContext(String experiment, String description, List<Arm> arms, List<String> findings,
                         String command, long seed, String version, int days, int replications,
                         Map<String, String> provenance) {
        this(experiment, description, arms, findings, command, seed, version, days, replications, provenance, 0);
    }

    /** A context without further provenance nor warm-up. */
    public ReportContext(String experiment, String description, List<Arm> arms, List<String> findings,
                         String command, long seed, String version, int days, int replications) {
        this(experiment, description, arms, findings, command, seed, version, days, replications, Map.of());
    }

    /** @return the arm names, in experiment order */
    public List<String> armNames() {
        return arms.stream().map(Arm::name).toList();
    }
}

package org.loyaltylab.experiment;

import org.loyaltylab.BadInputException;

/**
 * A problem in an experiment file or a command-line override, located precisely: file, line,
 * key, what is wrong and what is allowed. Its message is the one line users see.
 */
public final class ExperimentFileException extends BadInputException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;
    private final String key;
    private final String problem;
    private final String allowed;

    /**
     * @param file    the file (or "--set" for a command-line override)
     * @param line    the 1-based line, or 0 if not known
     * @param key     the key concerned, or null
     * @param problem what is wrong
     * @param allowed the allowed values in words, or null
     */
    public ExperimentFileException(String file, int line, String key, String problem, String allowed) {
        super(format(file, line, key, problem, allowed));
        this.file = file;
        this.line = line;
        this.key = key;
        this.problem = problem;
        this.allowed = allowed;
    }

    private static String format(String file, int line, String key, String problem, String allowed) {
        StringBuilder b = new StringBuilder(file);
        if (line > 0) {
            b.append(':').append(line);
        }
        b.append(": ");
        if (key != null) {
            b.append("key '").append(key).append("': ");
        }
        b.append(problem);
        if (allowed != null) {
            b.append("; allowed: ").append(allowed);
        }
        return b.toString();
    }

    /** @return the file, or "--set" */
    public String file() {
        return file;
    }

    /** @return the 1-based line, 0 if unknown */
    public int line() {
        return line;
    }

    /** @return the key concerned, or null */
    public String key() {
        return key;
    }

    /** @return what is wrong */
    public String problem() {
        return problem;
    }

    /** @return the allowed values in words, or null */
    public String allowed() {
        return allowed;
    }
}

package org.loyaltylab.experiment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The problems found in one input (an experiment file or a {@code --set} override), collected
 * so that {@code validate} can list every one of them, one line each, in the order of their lines.
 */
public final class Problems {
    private final String file;
    private final List<ExperimentFileException> found = new ArrayList<>();

    /** @param file the file (or "--set key=value") the problems are found in */
    public Problems(String file) {
        this.file = file;
    }

    /** Records a problem; the arguments are those of {@link ExperimentFileException}. */
    public void add(int line, String key, String problem, String allowed) {
        add(new ExperimentFileException(file, line, key, problem, allowed));
    }

    /** Records a problem found by a step that stops at its first. */
    public void add(ExperimentFileException problem) {
        found.add(problem);
    }

    /** @return the file (or override) the problems are found in */
    public String file() {
        return file;
    }

    /** @return the number of problems recorded so far */
    public int count() {
        return found.size();
    }

    /** @return true if nothing is wrong */
    public boolean isEmpty() {
        return found.isEmpty();
    }

    /** @return every problem, by line (problems of the whole file, line 0, first) */
    public List<ExperimentFileException> all() {
        return found.stream().sorted(Comparator.comparingInt(ExperimentFileException::line)).toList();
    }

    /** @throws ExperimentFileException the first problem by line, if there is one */
    public void throwFirst() {
        if (!found.isEmpty()) {
            throw all().get(0);
        }
    }
}

package org.loyaltylab;

/**
 * Input the user can correct: an experiment file, a command-line option or override, a
 * parameter value, an output folder. Every subclass is reported in one line without a stack
 * trace and ends the command with exit code 2; any other exception is a bug in Loyalty Lab.
 * Subclasses: {@code model.param.InvalidParameterException} (a parameter key or value),
 * {@code experiment.ExperimentFileException} (a file or {@code --set}, located by line and key);
 * the command line throws this class itself for options and folders.
 */
public class BadInputException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** @param message the one line the user sees */
    public BadInputException(String message) {
        super(message);
    }

    /** @return the one line the user sees; subclasses add what they locate (key, allowed values) */
    public String userMessage() {
        return getMessage();
    }
}

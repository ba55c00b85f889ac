package org.loyaltylab.model.param;

import org.loyaltylab.BadInputException;

/** Thrown when a parameter key is unknown or a value is of the wrong type or out of range. */
public final class InvalidParameterException extends BadInputException {
    private static final long serialVersionUID = 1L;

    private final String key;
    private final String allowed;

    /**
     * @param key     the parameter key concerned
     * @param problem what is wrong, in words
     * @param allowed the allowed values in words (a range, the names, or the known keys)
     */
    public InvalidParameterException(String key, String problem, String allowed) {
        super(problem);
        this.key = key;
        this.allowed = allowed;
    }

    /** @return the parameter key concerned */
    public String key() {
        return key;
    }

    /** @return the allowed values, in words */
    public String allowed() {
        return allowed;
    }

    @Override
    public String userMessage() {
        return "key '" + key + "': " + getMessage() + "; allowed: " + allowed;
    }
}

package org.loyaltylab.model.param;

/** The value kinds a model parameter can take. */
public enum ParameterType {
    /** A whole number within [min, max]. */
    INTEGER("integer"),
    /** A real number within [min, max]. */
    REAL("number"),
    /** One of a fixed list of names. */
    CHOICE("one of the listed names");

    private final String description;

    ParameterType(String description) {
        this.description = description;
    }

    /** @return the kind in words, as error messages show it */
    public String description() {
        return description;
    }
}

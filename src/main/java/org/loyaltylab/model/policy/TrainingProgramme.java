package org.loyaltylab.model.policy;

/** The agents' training programme (Christofi, paradox 1; Pop Up English's six steps; docs/REFERENCES.md). */
public enum TrainingProgramme {
    /** No programme. */
    NONE,
    /** Product, tools and process training. */
    BASIC,
    /** Basic training plus an empathy programme. */
    EMPATHY;

    /** @return the value named as in experiment files, e.g. {@code value-priority} */
    public static TrainingProgramme named(String name) {
        return PolicyNames.parse(TrainingProgramme.class, name);
    }
}

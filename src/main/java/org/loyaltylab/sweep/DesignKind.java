package org.loyaltylab.sweep;

/** The experimental designs a sweep can use. */
public enum DesignKind {
    /** Every combination of every factor's grid values. */
    GRID,
    /** Latin hypercube sample of the unit cube, mapped to the factors. */
    LATIN_HYPERCUBE,
    /** Sobol low-discrepancy sequence (Commons Math), mapped to the factors. */
    SOBOL,
    /** Saltelli's scheme (matrices A, B and A_B^i from a Sobol sequence) for Sobol indices. */
    SALTELLI;

    /** @return the name as experiment files and manifests write it, e.g. {@code latin-hypercube} */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}

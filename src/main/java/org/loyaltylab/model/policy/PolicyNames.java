package org.loyaltylab.model.policy;

import java.util.Locale;

/** Maps file names of policy values ({@code value-priority}) to enum constants and back. */
public final class PolicyNames {
    private PolicyNames() {
    }

    /** @return the constant of {@code type} whose file name is {@code name} */
    public static <E extends Enum<E>> E parse(Class<E> type, String name) {
        return Enum.valueOf(type, name.toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    /** @return the file name of a constant, e.g. {@code special-for-high-value} */
    public static String nameOf(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}

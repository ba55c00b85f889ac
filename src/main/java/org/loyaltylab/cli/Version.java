package org.loyaltylab.cli;

import picocli.CommandLine.IVersionProvider;

/** The tool's version, from the jar manifest ("dev" when run from classes). */
public final class Version implements IVersionProvider {
    /** @return the version string */
    public static String current() {
        String v = LoyaltyLab.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"loyaltylab " + current()};
    }
}

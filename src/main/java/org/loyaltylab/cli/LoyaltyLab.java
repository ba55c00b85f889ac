package org.loyaltylab.cli;

/** Placeholder entry point, replaced by the picocli command. */
public final class LoyaltyLab {
    private LoyaltyLab() { }

    public static void main(String[] args) { }
}

package org.loyaltylab.experiment;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 digests in hexadecimal, as manifests and sweep fingerprints record them. */
public final class Sha256 {
    private Sha256() {
    }

    /** @return the SHA-256 of {@code bytes}, 64 lower-case hex digits */
    public static String hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}

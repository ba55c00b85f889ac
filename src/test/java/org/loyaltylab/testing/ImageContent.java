package org.loyaltylab.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.HashSet;
import java.util.Set;

/** Samples an image on a regular grid to tell a drawn picture from a blank or flat one. */
public final class ImageContent {
    private ImageContent() {
    }

    /**
     * Asserts that the image, sampled every {@code step} pixels, has more than {@code minColours}
     * distinct colours and more than {@code minNonWhite} samples that are not pure white.
     *
     * @param image       the image
     * @param step        the sampling stride in pixels
     * @param minColours  distinct colours needed, exclusive
     * @param minNonWhite non-white samples needed, exclusive
     * @param what        what the image shows, for the failure message
     */
    public static void assertDrawn(BufferedImage image, int step, int minColours, int minNonWhite, String what) {
        Set<Integer> colours = new HashSet<>();
        int nonWhite = 0;
        for (int y = 0; y < image.getHeight(); y += step) {
            for (int x = 0; x < image.getWidth(); x += step) {
                int rgb = image.getRGB(x, y) & 0xFFFFFF;
                colours.add(rgb);
                nonWhite += rgb == 0xFFFFFF ? 0 : 1;
            }
        }
        assertTrue(colours.size() > minColours, what + " has " + colours.size() + " colours");
        assertTrue(nonWhite > minNonWhite, what + " is not blank (" + nonWhite + " non-white samples)");
    }
}

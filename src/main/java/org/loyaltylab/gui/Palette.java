package org.loyaltylab.gui;

import java.awt.Color;

/** Colour scales of the live view: colour-blind-safe, matching the charts' Okabe-Ito palette. */
final class Palette {
    private static final Color[] VIRIDIS = {new Color(68, 1, 84), new Color(59, 82, 139), new Color(33, 145, 140),
        new Color(94, 201, 98), new Color(253, 231, 37)};
    private static final Color[] STRESS = {new Color(0x56, 0xB4, 0xE9), new Color(0xE6, 0x9F, 0x00),
        new Color(0xD5, 0x5E, 0x00)};
    static final Color CHURNED = new Color(200, 200, 200, 90);
    static final Color GOOD_STORY = new Color(0x00, 0x9E, 0x73);
    static final Color BAD_STORY = new Color(0xD5, 0x5E, 0x00);
    static final Color LINK = new Color(120, 120, 120, 40);

    private Palette() {
    }

    /** @return the loyalty colour: dark purple (0) through teal to yellow (1), viridis */
    static Color loyalty(double l) {
        return ramp(VIRIDIS, l);
    }

    /** @return the stress colour: sky blue (calm) through orange to vermillion (burnout) */
    static Color stress(double s) {
        return ramp(STRESS, s);
    }

    private static Color ramp(Color[] stops, double x) {
        double t = Math.max(0, Math.min(1, x)) * (stops.length - 1);
        int i = Math.min(stops.length - 2, (int) t);
        double f = t - i;
        Color a = stops[i];
        Color b = stops[i + 1];
        return new Color((int) (a.getRed() + f * (b.getRed() - a.getRed())),
                (int) (a.getGreen() + f * (b.getGreen() - a.getGreen())),
                (int) (a.getBlue() + f * (b.getBlue() - a.getBlue())));
    }
}

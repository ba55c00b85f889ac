package org.loyaltylab.gui;

import java.awt.Color;

/**
 * Colours of the service floor: colour-blind-safe scales that stay clear of the arms' Okabe-Ito
 * colours (arms are told apart by colour in the charts and by panel and name on the floor), so
 * that an orange agent is never mistaken for the orange arm.
 */
final class Palette {
    private static final Color[] VIRIDIS = {new Color(68, 1, 84), new Color(59, 82, 139), new Color(33, 145, 140),
        new Color(94, 201, 98), new Color(253, 231, 37)};
    private static final Color[] STRESS = {new Color(0xD0, 0xD0, 0xD0), new Color(0xBF, 0x81, 0x2D),
        new Color(0x54, 0x30, 0x05)};
    /** A customer who left the firm. */
    static final Color CHURNED = new Color(0xCC, 0xCC, 0xCC);
    /** The ring (kind) or square (defensive) around an agent answering an angry customer. */
    static final Color ANSWER = new Color(0x22, 0x22, 0x22);
    /** The queue's dots. */
    static final Color QUEUE = new Color(0x55, 0x55, 0x55);
    static final Color GOOD_STORY = new Color(0x00, 0x9E, 0x73);
    static final Color BAD_STORY = new Color(0xD5, 0x5E, 0x00);

    private Palette() {
    }

    /** @return the loyalty colour: dark purple (0) through teal to yellow (1), viridis */
    static Color loyalty(double l) {
        return ramp(VIRIDIS, l);
    }

    /** @return the stress colour: light grey (calm) through tan to dark brown (burnout) */
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

package org.loyaltylab.output.charts;

import java.awt.Color;
import org.loyaltylab.model.customer.ExitReason;

/**
 * The fixed colours of categories (why customers left, what became of a first failure, spend and
 * temperament tiers), kept apart from the arms' Okabe-Ito colours so that a colour means one
 * thing in every chart, the report and the live view. Hues come from Paul Tol's colour-blind-safe
 * "muted" scheme (2021, personal.sron.nl/~pault), chosen for the hues Okabe-Ito leaves free
 * (indigo, wine, olive, sand, dark green): no category colour equals an arm colour, and the
 * failure groups (indigo, wine, dark grey) stay at least 22 CIE L*a*b* units from every arm colour
 * in normal, deuteranope and protanope vision. Tiers are ordered, so they get one purple lightness
 * ramp with line styles (dotted, dashed, solid: light to dark), readable in grey print too; a tier's
 * colour means its rank (low spend and calm temperament are both the first rank). A category that
 * is also a churn reason keeps its colour: "unresolved" is wine in both.
 */
public final class Categories {
    /** Never failed, the reference line of the recovery charts: dark grey, dashed. */
    public static final Color NEVER_FAILED = new Color(0x55, 0x55, 0x55);
    /** A first failure recovered: Tol indigo. */
    public static final Color RECOVERED = new Color(0x33, 0x22, 0x88);
    /** A first failure, or a complaint, left unresolved: Tol wine. */
    public static final Color UNRESOLVED = new Color(0x88, 0x22, 0x55);
    /** A published figure a model is compared with (calibration targets). */
    public static final Color PUBLISHED = new Color(0x22, 0x22, 0x22);
    /** One evaluated parameter set of a calibration (many points, drawn faintly). */
    public static final Color EVALUATION = new Color(0x99, 0x99, 0x99);
    private static final Color[] TIERS = {new Color(0xC2, 0xA5, 0xCF), new Color(0x99, 0x70, 0xAB),
        new Color(0x76, 0x2A, 0x83)};

    private Categories() {
    }

    /** @return the colour of a reason for leaving, the same in every chart and the live view */
    public static Color reason(ExitReason reason) {
        return switch (reason) {
            case INDIFFERENCE -> new Color(0xDD, 0xCC, 0x77); // Tol sand
            case POOR_HANDLING -> new Color(0x11, 0x77, 0x33); // Tol green, dark
            case UNRESOLVED -> UNRESOLVED;
            case COMPETITOR -> new Color(0x99, 0x99, 0x33); // Tol olive
            case NATURAL -> new Color(0xBB, 0xBB, 0xBB); // pale grey: what no policy changes
            case TURNED_AWAY -> new Color(0xCC, 0x66, 0x77); // Tol rose
            case QUIET_EXIT -> new Color(0x22, 0x55, 0x55); // Tol dark cyan: the silent exit after a failure
        };
    }

    /** @return the colour of tier {@code rank} (0 lowest, 2 highest) of an ordered segmentation */
    public static Color tier(int rank) {
        return TIERS[Math.max(0, Math.min(TIERS.length - 1, rank))];
    }

    /** @return the line of tier {@code rank}: dotted for the lowest, dashed, solid for the highest */
    public static ChartStyle.Dash tierDash(int rank) {
        return rank <= 0 ? ChartStyle.Dash.DOTTED : rank == 1 ? ChartStyle.Dash.DASHED : ChartStyle.Dash.SOLID;
    }
}

package org.loyaltylab.gui;

import org.loyaltylab.output.charts.ChartStyle;

/**
 * How large the live view draws its text and lines: normal for a desk, large for a projector
 * (every text at least {@value #PROJECTOR_PX} px at 1920 x 1080, so that the back of a seminar room
 * can read it: charts at the slides' scale, Swing fonts of the Console and inspector, the service
 * floor's labels).
 */
public enum TextSize {
    /** Desk size: charts at 62 % of the exported charts' sizes (tick labels of 15 px). */
    NORMAL(0.62, 25, 0, 16, 22, 3f),
    /** Projector size: tick labels of 28 px, every other text at least as large. */
    LARGE(ChartStyle.SLIDE_SCALE, 36, TextSize.PROJECTOR_PX, TextSize.PROJECTOR_PX, 36, 5f);

    /** The smallest text of large mode, pixels. */
    public static final int PROJECTOR_PX = 28;

    private final double chartScale;
    private final int chartTitlePx;
    private final int uiPx;
    private final int floorPx;
    private final int floorTitlePx;
    private final float linePx;

    TextSize(double chartScale, int chartTitlePx, int uiPx, int floorPx, int floorTitlePx, float linePx) {
        this.chartScale = chartScale;
        this.chartTitlePx = chartTitlePx;
        this.uiPx = uiPx;
        this.floorPx = floorPx;
        this.floorTitlePx = floorTitlePx;
        this.linePx = linePx;
    }

    /** @return the factor given to {@link ChartStyle#apply} (1 = the exported charts' sizes) */
    double chartScale() {
        return chartScale;
    }

    /** @return the size of chart titles, pixels (capped: a live chart is narrower than an exported one) */
    int chartTitlePx() {
        return chartTitlePx;
    }

    /** @return the least size of Swing text, pixels; 0 keeps the look and feel's own sizes */
    int uiPx() {
        return uiPx;
    }

    /** @return the size of the service floor's labels at the display's opening zoom, pixels */
    int floorPx() {
        return floorPx;
    }

    /** @return the size of the arm names above the service floor, pixels */
    int floorTitlePx() {
        return floorTitlePx;
    }

    /** @return the width of chart lines, pixels */
    float linePx() {
        return linePx;
    }
}

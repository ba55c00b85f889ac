package org.loyaltylab.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.function.DoubleFunction;

/**
 * The legend under the service floor, drawn with the same marks as the panels: line one for
 * customers (the loyalty scale, grey for those who left, the colours of good and bad stories),
 * line two for agents (the stress scale, a ring while serving a customer, a square while
 * answering defensively)
 * and the day.
 */
final class FloorLegend {
    private final Graphics2D g;
    private final double unit;

    /**
     * @param g    where to draw, its font already set
     * @param unit pixels per field unit
     */
    FloorLegend(Graphics2D g, double unit) {
        this.g = g;
        this.unit = unit;
    }

    /** Draws the legend with its first line's baseline at {@code baseline} and the second 7 units below. */
    void draw(double x, double baseline, int day) {
        double s = unit;
        double at = ramp("Customers: loyalty 0", "1", x, baseline, Palette::loyalty) + 4 * s;
        at = marker(new Ellipse2D.Double(at, baseline - 3 * s, 2.6 * s, 2.6 * s), Palette.CHURNED, true);
        at = text("left", at + 1.2 * s, baseline) + 4 * s;
        at = story(Palette.GOOD_STORY, "good story", at, baseline) + 4 * s;
        story(Palette.BAD_STORY, "bad story", at, baseline);
        double second = baseline + 7 * s;
        at = ramp("Agents: calm", "burnt out", x, second, Palette::stress) + 4 * s;
        at = marker(new Ellipse2D.Double(at, second - 3.2 * s, 3 * s, 3 * s), Palette.ANSWER, false);
        at = text("serving", at + 1.2 * s, second) + 4 * s;
        at = marker(new Rectangle2D.Double(at, second - 3.2 * s, 3 * s, 3 * s), Palette.ANSWER, false);
        at = text("defending", at + 1.2 * s, second) + 4 * s;
        Font plain = g.getFont();
        g.setFont(plain.deriveFont(Font.BOLD));
        String today = "Day " + day;
        text(today, Math.max(at, x + (2 * FloorLayout.PANEL_WIDTH - 6) * s - g.getFontMetrics().stringWidth(today)),
                second);
        g.setFont(plain);
    }

    private double marker(java.awt.Shape shape, Color colour, boolean fill) {
        g.setColor(colour);
        if (fill) {
            g.fill(shape);
        } else {
            g.setStroke(new BasicStroke((float) Math.max(2, 0.6 * unit)));
            g.draw(shape);
        }
        return shape.getBounds2D().getMaxX();
    }

    private double story(Color colour, String label, double x, double baseline) {
        g.setColor(colour);
        g.setStroke(new BasicStroke((float) Math.max(2, 0.6 * unit)));
        g.draw(new Line2D.Double(x, baseline - 1.3 * unit, x + 6 * unit, baseline - 1.3 * unit));
        return text(label, x + 7 * unit, baseline);
    }

    private double text(String label, double x, double baseline) {
        g.setColor(Color.BLACK);
        g.drawString(label, (float) x, (float) baseline);
        return x + g.getFontMetrics().stringWidth(label);
    }

    private double ramp(String low, String high, double x, double baseline, DoubleFunction<Color> colour) {
        double start = text(low, x, baseline) + 1.5 * unit;
        for (int i = 0; i < 12; i++) {
            g.setColor(colour.apply(i / 11.0));
            g.fill(new Rectangle2D.Double(start + i * unit, baseline - 3.4 * unit, 1.05 * unit, 3.6 * unit));
        }
        return text(high, start + 13 * unit, baseline);
    }
}

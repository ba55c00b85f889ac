package org.loyaltylab.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Map;
import org.loyaltylab.model.LoyaltyModel;
import org.loyaltylab.model.centre.Agent;
import org.loyaltylab.model.centre.ContactCentre;
import org.loyaltylab.model.centre.Story;
import org.loyaltylab.model.customer.CustomerBase;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.FieldPortrayal2D;

/**
 * Draws the service floor and the customer base of each arm, side by side, in a MASON
 * {@link sim.display.Display2D}: agents as large circles coloured by stress, marked with their
 * current answer (a circle for kind, a square for defensive), the queue as a row of dots, and a
 * sample of customers as a field of dots coloured by loyalty that turn grey as they churn, with
 * the word-of-mouth links of customers who just told a story flashing green (good) or
 * vermillion (bad). Field units: each arm occupies a 100 x 100 panel.
 */
final class FloorPortrayal extends FieldPortrayal2D {
    static final double PANEL = 100;
    /** Width of the field the display shows: room for two arms' panels side by side. */
    static final double FIELD_WIDTH = 2 * PANEL;
    /** Height of the field, matching the display's 1100 x 800 aspect so scales agree. */
    static final double FIELD_HEIGHT = FIELD_WIDTH * 800 / 1100;
    private static final int COLUMNS = 50;
    private static final double CUSTOMER_TOP = 36;
    private static final double CELL = 94.0 / COLUMNS;

    private List<LiveArm> arms = List.of();
    private int[][] sample = new int[0][];
    private Map<Integer, Story>[] flashes;

    /**
     * Sets what to draw (at each start of a run).
     *
     * @param newArms   the arms
     * @param newSample per arm, the customer ids shown, ascending
     */
    void setScene(List<LiveArm> newArms, int[][] newSample) {
        this.arms = List.copyOf(newArms);
        this.sample = newSample;
        this.flashes = null;
    }

    /** Sets the stories to flash in the next frame, per arm. */
    void setFlashes(Map<Integer, Story>[] stories) {
        this.flashes = stories;
    }

    @Override
    public void draw(Object object, Graphics2D g, DrawInfo2D info) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        if (arms.isEmpty()) {
            return;
        }
        double scale = info.draw.width / FIELD_WIDTH;
        g.setColor(Color.WHITE);
        g.fill(new Rectangle2D.Double(info.draw.x, info.draw.y, info.draw.width, info.draw.height));
        for (int a = 0; a < arms.size(); a++) {
            double x0 = info.draw.x + a * PANEL * scale;
            drawArm(g, arms.get(a), a, x0, info.draw.y, scale);
        }
        drawLegend(g, info.draw.x, info.draw.y + 94 * scale, scale);
    }

    /** Explains the colours: the loyalty scale of customers, the stress scale of agents, churn and stories. */
    private static void drawLegend(Graphics2D g, double x, double y, double s) {
        g.setFont(new Font("DejaVu Sans", Font.PLAIN, (int) Math.max(10, 2.8 * s)));
        double baseline = y + 3.6 * s;
        double at = x + 3 * s;
        at = ramp(g, "Loyalty  0", "1", at, y, s, Palette::loyalty);
        at = ramp(g, "Agent stress  calm", "burnout", at, y, s, Palette::stress);
        g.setColor(Palette.CHURNED.darker());
        g.fill(new Ellipse2D.Double(at, y + 1.2 * s, 2.5 * s, 2.5 * s));
        at = text(g, "left the firm", at + 3.5 * s, baseline) + 4 * s;
        at = story(g, Palette.GOOD_STORY, "good story", at, y, s) + 4 * s;
        story(g, Palette.BAD_STORY, "bad story", at, y, s);
    }

    private static double story(Graphics2D g, Color colour, String label, double x, double y, double s) {
        g.setColor(colour);
        g.setStroke(new BasicStroke((float) Math.max(2, 0.5 * s)));
        g.draw(new Line2D.Double(x, y + 2.5 * s, x + 6 * s, y + 2.5 * s));
        return text(g, label, x + 7 * s, y + 3.6 * s);
    }

    private static double text(Graphics2D g, String label, double x, double baseline) {
        g.setColor(Color.BLACK);
        g.drawString(label, (float) x, (float) baseline);
        return x + g.getFontMetrics().stringWidth(label);
    }

    private static double ramp(Graphics2D g, String low, String high, double x, double y, double s,
                               java.util.function.DoubleFunction<Color> colour) {
        double start = text(g, low, x, y + 3.6 * s) + 1.5 * s;
        for (int i = 0; i < 20; i++) {
            g.setColor(colour.apply(i / 19.0));
            g.fill(new Rectangle2D.Double(start + i * 1.0 * s, y + 0.8 * s, 1.05 * s, 3.2 * s));
        }
        return text(g, high, start + 21 * s, y + 3.6 * s) + 5 * s;
    }

    private void drawArm(Graphics2D g, LiveArm arm, int a, double x0, double y0, double s) {
        LoyaltyModel m = arm.model();
        double day = Math.max(0, m.schedule.getTime());
        g.setColor(Color.BLACK);
        g.setFont(new Font("DejaVu Sans", Font.BOLD, (int) Math.max(12, 4.2 * s)));
        g.drawString(arm.name() + "   day " + (int) day, (float) (x0 + 3 * s), (float) (y0 + 6 * s));
        g.setFont(new Font("DejaVu Sans", Font.PLAIN, (int) Math.max(10, 3 * s)));
        ContactCentre centre = m.centre();
        if (centre == null) {
            return;
        }
        g.drawString("Agents (colour = stress; circle = kind, square = defensive answer)", (float) (x0 + 3 * s),
                (float) (y0 + 11 * s));
        List<Agent> agents = centre.agents();
        int positions = centre.positions();
        double size = Math.min(12, 90.0 / Math.max(1, positions)) * s;
        for (int i = 0; i < positions; i++) {
            double cx = x0 + (4 + i * (94.0 / Math.max(1, positions))) * s;
            double cy = y0 + 14 * s;
            Ellipse2D body = new Ellipse2D.Double(cx, cy, size * 0.8, size * 0.8);
            if (i >= agents.size()) {
                g.setColor(new Color(230, 230, 230));
                g.fill(body);
                g.setColor(Color.GRAY);
                g.drawString("vacant", (float) cx, (float) (cy + size));
                continue;
            }
            Agent agent = agents.get(i);
            g.setColor(Palette.stress(centre.stressOf(agent, day)));
            g.fill(body);
            if (agent.current() != null && agent.current().outcome() != null) {
                boolean defensive = agent.current().outcome().defensive();
                g.setColor(defensive ? Palette.BAD_STORY : Palette.GOOD_STORY);
                g.setStroke(new BasicStroke((float) Math.max(2, 0.8 * s)));
                double m2 = size * 0.2;
                if (defensive) {
                    g.draw(new Rectangle2D.Double(cx - m2, cy - m2, size * 0.8 + 2 * m2, size * 0.8 + 2 * m2));
                } else {
                    g.draw(new Ellipse2D.Double(cx - m2, cy - m2, size * 0.8 + 2 * m2, size * 0.8 + 2 * m2));
                }
            }
        }
        g.setColor(Color.BLACK);
        int waiting = centre.waiting();
        g.drawString("Queue: " + waiting + " waiting", (float) (x0 + 3 * s), (float) (y0 + 30 * s));
        g.setColor(new Color(0x00, 0x72, 0xB2));
        for (int k = 0; k < Math.min(waiting, 40); k++) {
            g.fill(new Ellipse2D.Double(x0 + (30 + k * 1.7) * s, y0 + 28 * s, 1.4 * s, 1.4 * s));
        }
        drawCustomers(g, a, m, x0, y0, s, day);
    }

    private void drawCustomers(Graphics2D g, int a, LoyaltyModel m, double x0, double y0, double s, double day) {
        CustomerBase base = m.customers();
        int[] ids = sample[a];
        double cell = 94.0 / COLUMNS;
        g.setColor(Color.BLACK);
        g.drawString("Customers (sample; colour = loyalty, grey = left)", (float) (x0 + 3 * s),
                (float) (y0 + (CUSTOMER_TOP - 1.5) * s));
        Map<Integer, Story> stories = flashes == null ? Map.of() : flashes[a];
        for (int k = 0; k < ids.length; k++) {
            int id = ids[k];
            if (id >= base.count()) {
                continue;
            }
            double cx = x0 + (3 + (k % COLUMNS) * cell) * s;
            double cy = y0 + (CUSTOMER_TOP + (k / COLUMNS) * cell) * s;
            boolean active = base.isActive(id);
            g.setColor(active ? Palette.loyalty(m.dynamics().loyaltyOn(id, day)) : Palette.CHURNED);
            g.fill(new Ellipse2D.Double(cx, cy, cell * 0.8 * s, cell * 0.8 * s));
            Story story = stories.get(id);
            if (story != null) {
                g.setColor(story == Story.GOOD ? Palette.GOOD_STORY : Palette.BAD_STORY);
                g.setStroke(new BasicStroke((float) Math.max(1.5, 0.4 * s)));
                for (int j = 0; j < m.network().degree(); j++) {
                    int friend = m.network().contact(id, j);
                    int pos = indexOf(ids, friend);
                    double fx = pos < 0 ? cx + (j - 2.5) * 2 * cell * s : x0 + (3 + (pos % COLUMNS) * cell) * s;
                    double fy = pos < 0 ? cy - 2 * cell * s : y0 + (CUSTOMER_TOP + (pos / COLUMNS) * cell) * s;
                    g.draw(new Line2D.Double(cx + cell * 0.4 * s, cy + cell * 0.4 * s, fx + cell * 0.4 * s,
                            fy + cell * 0.4 * s));
                }
            }
        }
    }

    /** @return where the {@code k}-th shown customer of arm {@code a} sits, in field units */
    static sim.util.Double2D customerPosition(int a, int k) {
        return new sim.util.Double2D(a * PANEL + 3 + (k % COLUMNS) * CELL + CELL * 0.4,
                CUSTOMER_TOP + (k / COLUMNS) * CELL + CELL * 0.4);
    }

    private static int indexOf(int[] ids, int id) {
        int i = java.util.Arrays.binarySearch(ids, id);
        return i >= 0 ? i : -1;
    }
}

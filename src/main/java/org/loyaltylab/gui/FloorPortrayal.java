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
import org.loyaltylab.output.charts.ChartStyle;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.FieldPortrayal2D;
import sim.util.Double2D;

/**
 * Draws the service floor and the customer base of each arm in a MASON
 * {@link sim.display.Display2D}, one panel an arm placed by {@link FloorLayout}: the arm's name
 * beside a line in its colour (as in the charts' legends), agents as large circles coloured by
 * stress, ringed while they answer a customer (a square when the answer is defensive),
 * the queue as a row of dots, and a sample of customers as a field of dots coloured by loyalty
 * that turn grey as they churn, with the word-of-mouth links of customers who just told a story
 * flashing green (good) or vermillion (bad). Text is sized by {@link TextSize} at the display's
 * opening zoom and scales with it.
 */
final class FloorPortrayal extends FieldPortrayal2D {
    private FloorLayout layout = new FloorLayout(1);
    private TextSize textSize = TextSize.NORMAL;
    private List<LiveArm> arms = List.of();
    private int[][] sample = new int[0][];
    private Map<Integer, Story>[] flashes;

    /** @param size the text size of the next frames */
    void setTextSize(TextSize size) {
        this.textSize = size;
    }

    /**
     * Sets what to draw (at each start of a run).
     *
     * @param newLayout where the panels go
     * @param newArms   the arms
     * @param newSample per arm, the customer ids shown, ascending
     */
    void setScene(FloorLayout newLayout, List<LiveArm> newArms, int[][] newSample) {
        this.layout = newLayout;
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
        double s = info.draw.width / layout.width();
        g.setColor(Color.WHITE);
        g.fill(new Rectangle2D.Double(info.draw.x, info.draw.y, info.draw.width, info.draw.height));
        for (int a = 0; a < arms.size(); a++) {
            Double2D o = layout.origin(a);
            drawArm(g, arms.get(a), a, info.draw.x + o.x * s, info.draw.y + o.y * s, s);
        }
        g.setFont(font(textSize.floorPx(), Font.PLAIN, s));
        int day = (int) Math.max(0, arms.get(0).model().schedule.getTime());
        new FloorLegend(g, s).draw(info.draw.x + 3 * s, info.draw.y + (layout.legendTop() + 6) * s, day);
    }

    /** @return a font of {@code px} pixels at the opening zoom, scaled to the current one */
    private static Font font(int px, int style, double s) {
        return new Font("DejaVu Sans", style, (int) Math.round(px * s / FloorLayout.PIXELS_PER_UNIT));
    }

    private void drawArm(Graphics2D g, LiveArm arm, int a, double x0, double y0, double s) {
        LoyaltyModel m = arm.model();
        double day = Math.max(0, m.schedule.getTime());
        g.setColor(ChartStyle.colour(arm.position()));
        g.setStroke(ChartStyle.line(ChartStyle.Dash.SOLID, (float) (1.2 * s)));
        g.draw(new Line2D.Double(x0 + 3 * s, y0 + 4.5 * s, x0 + 10 * s, y0 + 4.5 * s));
        g.setColor(Color.BLACK);
        g.setFont(font(textSize.floorTitlePx(), Font.BOLD, s));
        g.drawString(arm.name(), (float) (x0 + 12 * s), (float) (y0 + 7 * s));
        g.setFont(font(textSize.floorPx(), Font.PLAIN, s));
        ContactCentre centre = m.centre();
        if (centre != null) {
            drawAgents(g, centre, x0, y0, s, day);
            drawQueue(g, centre.waiting(), x0, y0, s);
        }
        g.setColor(Color.BLACK);
        g.drawString("Customers (a sample of " + String.format("%,d", sample[a].length) + ")",
                (float) (x0 + 3 * s), (float) (y0 + (FloorLayout.GRID_TOP - 1.5) * s));
        drawCustomers(g, a, m, x0 - layout.origin(a).x * s, y0 - layout.origin(a).y * s, s, day);
    }

    private static void drawAgents(Graphics2D g, ContactCentre centre, double x0, double y0, double s, double day) {
        List<Agent> agents = centre.agents();
        int positions = centre.positions();
        double size = Math.min(12, 90.0 / Math.max(1, positions)) * s;
        for (int i = 0; i < positions; i++) {
            double cx = x0 + (4 + i * (94.0 / Math.max(1, positions))) * s;
            double cy = y0 + 12 * s;
            Ellipse2D body = new Ellipse2D.Double(cx, cy, size * 0.8, size * 0.8);
            if (i >= agents.size()) {
                g.setColor(new Color(240, 240, 240));
                g.fill(body);
                g.setColor(Color.GRAY);
                g.drawString("vacant", (float) cx, (float) (cy + size));
                continue;
            }
            Agent agent = agents.get(i);
            g.setColor(Palette.stress(centre.stressOf(agent, day)));
            g.fill(body);
            g.setColor(Color.GRAY);
            g.setStroke(new BasicStroke(1f));
            g.draw(body);
            if (agent.current() != null && agent.current().outcome() != null) {
                g.setColor(Palette.ANSWER);
                g.setStroke(new BasicStroke((float) Math.max(2, 0.6 * s)));
                double m2 = size * 0.15;
                Rectangle2D around = new Rectangle2D.Double(cx - m2, cy - m2, size * 0.8 + 2 * m2, size * 0.8 + 2 * m2);
                g.draw(agent.current().outcome().defensive() ? around
                        : new Ellipse2D.Double(around.getX(), around.getY(), around.getWidth(), around.getHeight()));
            }
        }
    }

    private static void drawQueue(Graphics2D g, int waiting, double x0, double y0, double s) {
        g.setColor(Color.BLACK);
        String label = "Queue: " + waiting + " waiting";
        g.drawString(label, (float) (x0 + 3 * s), (float) (y0 + 31 * s));
        double start = x0 + 3 * s + g.getFontMetrics().stringWidth(label) + 2 * s;
        g.setColor(Palette.QUEUE);
        int room = (int) Math.max(0, (x0 + 97 * s - start) / (1.7 * s));
        for (int k = 0; k < Math.min(waiting, room); k++) {
            g.fill(new Ellipse2D.Double(start + k * 1.7 * s, y0 + 28.6 * s, 1.4 * s, 1.4 * s));
        }
    }

    /** Draws arm {@code a}'s customers; {@code fx, fy} is the field's origin in pixels. */
    private void drawCustomers(Graphics2D g, int a, LoyaltyModel m, double fx, double fy, double s, double day) {
        CustomerBase base = m.customers();
        int[] ids = sample[a];
        double cell = FloorLayout.CELL * s;
        Map<Integer, Story> stories = flashes == null ? Map.of() : flashes[a];
        for (int k = 0; k < ids.length; k++) {
            int id = ids[k];
            if (id >= base.count()) {
                continue;
            }
            Double2D at = layout.cell(a, k);
            double cx = fx + at.x * s;
            double cy = fy + at.y * s;
            g.setColor(base.isActive(id) ? Palette.loyalty(m.dynamics().loyaltyOn(id, day)) : Palette.CHURNED);
            g.fill(new Ellipse2D.Double(cx, cy, cell * 0.8, cell * 0.8));
            Story story = stories.get(id);
            if (story != null) {
                g.setColor(story == Story.GOOD ? Palette.GOOD_STORY : Palette.BAD_STORY);
                g.setStroke(new BasicStroke((float) Math.max(1.5, 0.4 * s)));
                for (int j = 0; j < m.network().degree(); j++) {
                    int pos = java.util.Arrays.binarySearch(ids, m.network().contact(id, j));
                    Double2D friend = pos >= 0 ? layout.cell(a, pos)
                            : new Double2D(at.x + (j - 2.5) * 2 * FloorLayout.CELL, at.y - 2 * FloorLayout.CELL);
                    g.draw(new Line2D.Double(cx + cell * 0.4, cy + cell * 0.4, fx + friend.x * s + cell * 0.4,
                            fy + friend.y * s + cell * 0.4));
                }
            }
        }
    }

    /** @return the least text size drawn at the opening zoom, pixels (for tests) */
    int smallestTextPx() {
        return Math.min(textSize.floorPx(), textSize.floorTitlePx());
    }
}

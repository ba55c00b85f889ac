package org.loyaltylab.gui;

import java.awt.Color;
import java.awt.Component;
import java.awt.Container;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import sim.display.Console;

/**
 * Pictures of the live view for slides and tests, as a 1920 x 1080 screen would show the
 * windows: {@code OUT.png} with the service floor (left) and the charts (right: all four, 2 x 2,
 * in normal text; the first two, stacked, in large text, where four do not fit),
 * {@code OUT-charts.png} with the four charts filling the screen, and {@code OUT-console.png} with
 * the Console on its Model tab (the policies a trainer changes live, half a screen wide). Also
 * prints what a test checks: the points each arm's charts hold and the smallest text on screen.
 */
final class GuiScreenshot {
    static final int WIDTH = 1920;
    static final int HEIGHT = 1080;
    private static final int FLOOR_WIDTH = 1120;

    private GuiScreenshot() {
    }

    /** Saves the pictures of {@code gui}, whose run has ended, and prints the checks. */
    static void save(LoyaltyLabGui gui, Console console, Path out) throws IOException, InterruptedException,
            java.lang.reflect.InvocationTargetException {
        SwingUtilities.invokeAndWait(() -> {
            javax.swing.JTabbedPane tabs = console.getTabPane();
            for (int i = 0; i < tabs.getTabCount(); i++) {
                if ("Model".equals(tabs.getTitleAt(i))) {
                    tabs.setSelectedIndex(i);
                }
            }
            console.setSize(WIDTH / 2, HEIGHT);
            console.validate();
        });
        Thread.sleep(300);
        BufferedImage[] images = new BufferedImage[3];
        SwingUtilities.invokeAndWait(() -> {
            images[0] = composite(gui.displayFrame(), gui.chartFrames(), gui.textSize() == TextSize.LARGE);
            images[1] = charts(gui.chartFrames());
            images[2] = picture(console, WIDTH / 2, HEIGHT);
        });
        Path target = out.toAbsolutePath();
        Files.createDirectories(target.getParent());
        ImageIO.write(images[0], "png", target.toFile());
        String name = target.getFileName().toString().replaceFirst("\\.png$", "");
        ImageIO.write(images[1], "png", target.resolveSibling(name + "-charts.png").toFile());
        ImageIO.write(images[2], "png", target.resolveSibling(name + "-console.png").toFile());
        for (LiveArm arm : gui.liveArms()) {
            System.out.println("chart-points arm=" + arm.name() + " n=" + gui.chartPoints(arm.index()));
        }
        Map.Entry<Float, String> ui = UiFonts.smallestText(console);
        System.out.println("smallest-text console px=" + Math.round(ui.getKey()) + " in=" + ui.getValue());
        System.out.println("smallest-text charts px=" + Math.round(gui.smallestChartTextPx()));
        System.out.println("smallest-text floor px=" + gui.smallestFloorTextPx());
    }

    /** @return the display (left) and the charts (right: four two by two, or the first two stacked) */
    private static BufferedImage composite(JFrame display, List<JFrame> charts, boolean large) {
        BufferedImage image = blank();
        Graphics2D g = image.createGraphics();
        paint(g, display.getContentPane(), 0, 0, FLOOR_WIDTH, HEIGHT);
        int columns = large ? 1 : 2;
        int w = (WIDTH - FLOOR_WIDTH) / columns;
        for (int i = 0; i < 2 * columns; i++) {
            paint(g, charts.get(i).getContentPane(), FLOOR_WIDTH + i % columns * w, i / columns * (HEIGHT / 2), w,
                    HEIGHT / 2);
        }
        g.setColor(Color.LIGHT_GRAY);
        g.drawLine(FLOOR_WIDTH, 0, FLOOR_WIDTH, HEIGHT);
        g.dispose();
        return image;
    }

    /** @return the four charts, two by two, filling the screen */
    private static BufferedImage charts(List<JFrame> charts) {
        BufferedImage image = blank();
        Graphics2D g = image.createGraphics();
        for (int i = 0; i < charts.size(); i++) {
            paint(g, charts.get(i).getContentPane(), i % 2 * (WIDTH / 2), i / 2 * (HEIGHT / 2), WIDTH / 2, HEIGHT / 2);
        }
        g.dispose();
        return image;
    }

    private static BufferedImage blank() {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.dispose();
        return image;
    }

    private static BufferedImage picture(JFrame frame, int w, int h) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        paint(g, frame.getRootPane(), 0, 0, w, h);
        g.dispose();
        return image;
    }

    private static void paint(Graphics2D g, Container content, int x, int y, int w, int h) {
        content.setSize(w, h);
        layoutAll(content);
        Graphics2D sub = (Graphics2D) g.create(x, y, w, h);
        content.printAll(sub);
        sub.dispose();
    }

    private static void layoutAll(Container c) {
        c.doLayout();
        for (Component child : c.getComponents()) {
            if (child instanceof Container container) {
                layoutAll(container);
            }
        }
    }
}

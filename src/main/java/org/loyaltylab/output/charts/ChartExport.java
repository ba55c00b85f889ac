package org.loyaltylab.output.charts;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.pdf.PDFDocument;
import org.jfree.pdf.PDFGraphics2D;
import org.jfree.pdf.Page;
import org.jfree.svg.SVGGraphics2D;
import org.loyaltylab.output.io.AtomicFiles;

/**
 * Draws a figure (one chart, or several as a grid of panels) to PNG, SVG and PDF at
 * 1600 x 900, and to an SVG element for inline use in the HTML report. Files are atomic.
 */
public final class ChartExport {
    private ChartExport() {
    }

    /** Something that draws itself into a rectangle of a Graphics2D. */
    @FunctionalInterface
    public interface Figure {
        /** Draws the figure. */
        void draw(Graphics2D g, Rectangle2D area);
    }

    /** @return a figure of one chart */
    public static Figure of(JFreeChart chart) {
        return (g, area) -> chart.draw(g, area);
    }

    /** @return a figure of charts laid out in a grid with {@code columns} columns */
    public static Figure grid(List<JFreeChart> charts, int columns) {
        return (g, area) -> {
            int rows = (charts.size() + columns - 1) / columns;
            double w = area.getWidth() / columns;
            double h = area.getHeight() / rows;
            for (int i = 0; i < charts.size(); i++) {
                double x = area.getX() + (i % columns) * w;
                double y = area.getY() + (i / columns) * h;
                charts.get(i).draw(g, new Rectangle2D.Double(x, y, w, h));
            }
        };
    }

    /** Writes {@code base}.png, .svg and .pdf. */
    public static void write(Figure figure, Path base) throws IOException {
        int w = ChartStyle.WIDTH;
        int h = ChartStyle.HEIGHT;
        Rectangle2D area = new Rectangle2D.Double(0, 0, w, h);
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(java.awt.Color.WHITE);
        g.fill(area);
        figure.draw(g, area);
        g.dispose();
        AtomicFiles.writeBytes(sibling(base, ".png"), out -> ImageIO.write(image, "png", out));
        String svg = svg(figure, base.getFileName().toString(), false);
        AtomicFiles.writeBytes(sibling(base, ".svg"), out -> out.write(
                ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svg).getBytes(StandardCharsets.UTF_8)));
        PDFDocument pdf = new PDFDocument();
        pdf.setTitle(base.getFileName().toString());
        Page page = pdf.createPage(new Rectangle2D.Double(0, 0, w, h));
        PDFGraphics2D pg = page.getGraphics2D();
        figure.draw(pg, area);
        AtomicFiles.writeBytes(sibling(base, ".pdf"), out -> out.write(pdf.getPDFBytes()));
    }

    /**
     * @param figure the figure
     * @param idPrefix a prefix making the SVG's internal ids unique within a page
     * @param inline   true for an element that scales to its container (viewBox, no fixed size)
     * @return the figure as an {@code <svg>} element
     */
    public static String svg(Figure figure, String idPrefix, boolean inline) {
        SVGGraphics2D g = new SVGGraphics2D(ChartStyle.WIDTH, ChartStyle.HEIGHT);
        g.setDefsKeyPrefix(idPrefix.replaceAll("[^A-Za-z0-9]", "") + "-");
        g.setGeomDoubleConverter(ChartExport::oneDecimal);
        g.setTransformDoubleConverter(ChartExport::threeDecimals);
        figure.draw(g, new Rectangle2D.Double(0, 0, ChartStyle.WIDTH, ChartStyle.HEIGHT));
        return g.getSVGElement(null, !inline,
                inline ? new org.jfree.svg.ViewBox(0, 0, ChartStyle.WIDTH, ChartStyle.HEIGHT) : null, null, null);
    }

    /** Coordinates to a tenth of a pixel: invisible, and SVG files a third the size. */
    private static String oneDecimal(double v) {
        return trim(String.format(java.util.Locale.ROOT, "%.1f", v));
    }

    private static String threeDecimals(double v) {
        return trim(String.format(java.util.Locale.ROOT, "%.3f", v));
    }

    private static String trim(String s) {
        if (s.indexOf('.') < 0) {
            return s;
        }
        String t = s.replaceAll("0+$", "");
        return t.endsWith(".") ? t.substring(0, t.length() - 1) : t;
    }

    private static Path sibling(Path base, String extension) {
        return base.resolveSibling(base.getFileName() + extension);
    }
}

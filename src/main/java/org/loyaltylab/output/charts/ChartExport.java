package org.loyaltylab.output.charts;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.block.RectangleConstraint;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Size2D;
import org.jfree.pdf.PDFDocument;
import org.jfree.pdf.PDFGraphics2D;
import org.jfree.pdf.Page;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;
import org.loyaltylab.output.io.AtomicFiles;

/**
 * Draws a figure (one chart, or several as a grid of panels under one title and one legend) to
 * PNG, SVG and PDF at 1600 x 900, and to an SVG element for inline use in the HTML report.
 * Files are written atomically.
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

    /**
     * A figure of panels under one title, with one legend for all of them at the bottom (so that
     * every panel's plot has the same size).
     *
     * @param title    the figure's title in the house style, or null
     * @param subtitle a line under the title, or null
     * @param charts  the panels, filled row by row
     * @param columns the number of columns
     * @param legend  the shared legend, or null
     * @return the figure
     */
    public static Figure grid(String title, String subtitle, List<JFreeChart> charts, int columns,
                              LegendTitle legend) {
        return grid(title, subtitle, charts, columns, legend, 1);
    }

    /** As {@link #grid(String, String, List, int, LegendTitle)}, title and subtitle fonts grown by {@code scale}. */
    public static Figure grid(String title, String subtitle, List<JFreeChart> charts, int columns,
                              LegendTitle legend, double scale) {
        return (g, area) -> {
            double top = area.getY();
            double bottom = area.getMaxY();
            if (title != null) {
                TextTitle t = new TextTitle(title, ChartStyle.fitted(ChartStyle.font(ChartStyle.TITLE_PX, scale, true),
                        title, area.getWidth() - 80));
                t.setPaint(Color.BLACK);
                t.setMargin(14, 0, 6, 0);
                top = drawAt(g, t, area, top);
            }
            if (subtitle != null) {
                TextTitle t = new TextTitle(subtitle, ChartStyle.font(ChartStyle.SUBTITLE_PX, scale, false));
                t.setPaint(new Color(0x22, 0x22, 0x22));
                t.setMargin(0, 0, 6, 0);
                top = drawAt(g, t, area, top);
            }
            if (legend != null) {
                Size2D size = legend.arrange(g, widthAtMost(area.getWidth() - 40));
                double h = size.height + 8;
                legend.draw(g, new Rectangle2D.Double(area.getX() + (area.getWidth() - size.width) / 2,
                        bottom - h, size.width, size.height));
                bottom -= h;
            }
            int rows = (charts.size() + columns - 1) / columns;
            double w = area.getWidth() / columns;
            double h = (bottom - top) / rows;
            for (int i = 0; i < charts.size(); i++) {
                double x = area.getX() + (i % columns) * w;
                double y = top + (i / columns) * h;
                charts.get(i).draw(g, new Rectangle2D.Double(x, y, w, h));
            }
        };
    }

    /** Draws a title across the area at height {@code top}; returns the height below it. */
    private static double drawAt(Graphics2D g, TextTitle title, Rectangle2D area, double top) {
        Size2D size = title.arrange(g, widthAtMost(area.getWidth()));
        title.draw(g, new Rectangle2D.Double(area.getX(), top, area.getWidth(), size.height));
        return top + size.height;
    }

    private static RectangleConstraint widthAtMost(double width) {
        return new RectangleConstraint(width, new org.jfree.data.Range(0, width),
                org.jfree.chart.block.LengthConstraintType.RANGE, 0, null,
                org.jfree.chart.block.LengthConstraintType.NONE);
    }

    /** Writes {@code base}.png, .svg and .pdf, each 1600 x 900. */
    public static void write(Figure figure, Path base) throws IOException {
        AtomicFiles.writeBytes(sibling(base, ".png"), out -> ImageIO.write(png(figure), "png", out));
        String svg = svg(figure, base.getFileName().toString(), false);
        AtomicFiles.writeBytes(sibling(base, ".svg"), out -> out.write(
                ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svg + "\n").getBytes(StandardCharsets.UTF_8)));
        AtomicFiles.writeBytes(sibling(base, ".pdf"), out -> out.write(pdf(figure, base.getFileName().toString())));
    }

    /** @return the figure drawn on a white 1600 x 900 image */
    public static BufferedImage png(Figure figure) {
        return png(figure, ChartStyle.WIDTH, ChartStyle.HEIGHT);
    }

    /** Writes the figure as a PNG of {@code w} x {@code h} pixels (slides). */
    public static void writePng(Figure figure, Path file, int w, int h) throws IOException {
        AtomicFiles.writeBytes(file, out -> ImageIO.write(png(figure, w, h), "png", out));
    }

    /** @return the figure drawn on a white image of {@code w} x {@code h} pixels */
    public static BufferedImage png(Figure figure, int w, int h) {
        Rectangle2D area = new Rectangle2D.Double(0, 0, w, h);
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setColor(Color.WHITE);
        g.fill(area);
        figure.draw(g, area);
        g.dispose();
        return image;
    }

    /** @return the figure as a one-page PDF of 1600 x 900 points, text drawn as outlines */
    public static byte[] pdf(Figure figure, String title) {
        PDFDocument pdf = new PDFDocument();
        pdf.setTitle(title);
        pdf.setAuthor("Loyalty Lab");
        Page page = pdf.createPage(new Rectangle2D.Double(0, 0, ChartStyle.WIDTH, ChartStyle.HEIGHT));
        PDFGraphics2D pg = page.getGraphics2D();
        // text as outlines: the PDF viewer's substitute for DejaVu Sans would break the layout
        pg.setRenderingHint(org.jfree.pdf.PDFHints.KEY_DRAW_STRING_TYPE,
                org.jfree.pdf.PDFHints.VALUE_DRAW_STRING_TYPE_VECTOR);
        pg.setColor(Color.WHITE);
        pg.fill(new Rectangle2D.Double(0, 0, ChartStyle.WIDTH, ChartStyle.HEIGHT));
        figure.draw(pg, new Rectangle2D.Double(0, 0, ChartStyle.WIDTH, ChartStyle.HEIGHT));
        return pdf.getPDFBytes();
    }

    /**
     * @param figure   the figure
     * @param idPrefix a prefix making the SVG's internal ids unique within a page
     * @param inline   true for an element to embed in HTML: scales to its container (viewBox, no
     *                 fixed size), with only the SVG namespace declared
     * @return the figure as an {@code <svg>} element
     */
    public static String svg(Figure figure, String idPrefix, boolean inline) {
        SVGGraphics2D g = new SVGGraphics2D(ChartStyle.WIDTH, ChartStyle.HEIGHT);
        String prefix = idPrefix.replaceAll("[^A-Za-z0-9]", "") + "-";
        g.setDefsKeyPrefix(prefix);
        g.setGeomDoubleConverter(ChartExport::oneDecimal);
        g.setTransformDoubleConverter(ChartExport::threeDecimals);
        g.setFontFunction(family -> family.equals(ChartStyle.font(10, false).getFamily())
                ? ChartStyle.SVG_FONT_STACK : "\"" + family + "\", sans-serif");
        g.setColor(Color.WHITE);
        g.fill(new Rectangle2D.Double(0, 0, ChartStyle.WIDTH, ChartStyle.HEIGHT));
        figure.draw(g, new Rectangle2D.Double(0, 0, ChartStyle.WIDTH, ChartStyle.HEIGHT));
        String svg = g.getSVGElement(null, !inline,
                inline ? new ViewBox(0, 0, ChartStyle.WIDTH, ChartStyle.HEIGHT) : null, null, null);
        return SvgStyleSheet.compact(inline ? unusedNamespacesRemoved(svg) : svg, prefix);
    }

    /** Drops the xlink and jfreesvg namespace declarations when nothing in the element uses them. */
    static String unusedNamespacesRemoved(String svg) {
        int end = svg.indexOf('>');
        String head = svg.substring(0, end);
        String body = svg.substring(end);
        for (String prefix : new String[] {"xlink", "jfreesvg"}) {
            if (!body.contains(prefix + ":")) {
                head = head.replaceAll("\\s+xmlns:" + prefix + "=(['\"])[^'\"]*\\1", "");
            }
        }
        return head + body;
    }

    /** Coordinates to a tenth of a pixel: invisible, and SVG files a third the size. */
    private static String oneDecimal(double v) {
        return trim(String.format(Locale.ROOT, "%.1f", v));
    }

    private static String threeDecimals(double v) {
        return trim(String.format(Locale.ROOT, "%.3f", v));
    }

    private static String trim(String s) {
        if (s.indexOf('.') < 0) {
            return s;
        }
        String t = s.replaceAll("0+$", "");
        t = t.endsWith(".") ? t.substring(0, t.length() - 1) : t;
        return t.equals("-0") ? "0" : t;
    }

    private static Path sibling(Path base, String extension) {
        return base.resolveSibling(base.getFileName() + extension);
    }
}

package org.loyaltylab.output.charts.experiment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.loyaltylab.output.charts.ChartExport;
import org.loyaltylab.output.charts.ChartStyle;

/**
 * Every chart again for a projector, into {@code charts/slides/} as PNG of 1920 x 1080: tick
 * labels of 28 px and the rest in proportion ({@link ChartStyle#SLIDE_SCALE}), the finding in
 * words as the title, at most three panels a slide side by side (a figure of more panels becomes
 * several slides of as many panels each as can be, {@code NAME-1.png}, {@code NAME-2.png}...; arms
 * on a category axis are named by the legend), value axes from zero, and bands
 * left out of a plot where they overlap ({@link SlideStyle}).
 */
final class SlideDeck {
    /** Panels on one slide at most. */
    static final int MAX_PANELS = 3;

    /**
     * One slide.
     *
     * @param name   file base name in {@code charts/slides/}
     * @param title  the slide's title
     * @param figure the drawing
     * @param panels the charts on it
     */
    record Slide(String name, String title, ChartExport.Figure figure, List<JFreeChart> panels) {
    }

    private SlideDeck() {
    }

    /**
     * @param drawn charts drawn for this deck only: their panels are restyled in place
     * @return the slides of the charts, in order
     */
    static List<Slide> slides(List<ExperimentCharts.Drawn> drawn) {
        List<Slide> slides = new ArrayList<>();
        for (ExperimentCharts.Drawn d : drawn) {
            ExperimentCharts.Parts parts = d.parts();
            if (parts.panels().size() == 1 && parts.note() == null) {
                JFreeChart chart = parts.panels().get(0);
                chart.setTitle(parts.finding());
                boolean hidden = SlideStyle.apply(chart, false);
                if (hidden) {
                    chart.addSubtitle(new TextTitle(Character.toUpperCase(SlideStyle.BANDS_HIDDEN.charAt(0))
                            + SlideStyle.BANDS_HIDDEN.substring(1)));
                    ChartStyle.apply(chart, ChartStyle.SLIDE_SCALE);
                }
                slides.add(new Slide(d.name(), parts.finding(), ChartExport.of(chart), List.of(chart)));
                continue;
            }
            int count = parts.panels().size();
            int n = (count + MAX_PANELS - 1) / MAX_PANELS;
            int per = (count + n - 1) / n; // even slides: four panels make two of two, not three and one
            for (int i = 0; i < n; i++) {
                List<JFreeChart> chunk = parts.panels().subList(i * per, Math.min(count, (i + 1) * per));
                boolean hidden = false;
                for (JFreeChart p : chunk) {
                    p.removeLegend();
                    hidden |= SlideStyle.apply(p, true);
                    if (parts.legend() != null && p.getPlot() instanceof CategoryPlot cat) {
                        cat.getDomainAxis().setTickLabelsVisible(false); // arms named by the legend, not wrapped
                        cat.getDomainAxis().setUpperMargin(0.2); // room for the value beside the last point
                    }
                }
                LegendTitle legend = parts.legend() == null ? null
                        : ChartStyle.sharedLegend(parts.legend(), ChartStyle.SLIDE_SCALE);
                String title = parts.finding() + (n > 1 ? " (" + (i + 1) + " of " + n + ")" : "");
                String note = parts.note() + (hidden ? "; " + SlideStyle.BANDS_HIDDEN : "");
                slides.add(new Slide(d.name() + (n > 1 ? "-" + (i + 1) : ""), title, ChartExport.grid(title, note,
                        chunk, chunk.size(), legend, ChartStyle.SLIDE_SCALE), chunk));
            }
        }
        return slides;
    }

    /** Writes the slides into {@code dir} as PNG, replacing the slides of an earlier run. */
    static void write(List<Slide> slides, Path dir) throws IOException {
        Files.createDirectories(dir);
        try (var old = Files.list(dir)) {
            for (Path p : old.filter(f -> f.getFileName().toString().endsWith(".png")).toList()) {
                Files.delete(p);
            }
        }
        for (Slide s : slides) {
            ChartExport.writePng(s.figure(), dir.resolve(s.name() + ".png"), ChartStyle.SLIDE_WIDTH,
                    ChartStyle.SLIDE_HEIGHT);
        }
    }
}

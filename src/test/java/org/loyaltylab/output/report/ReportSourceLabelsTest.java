package org.loyaltylab.output.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loyaltylab.testing.Slow;
import org.loyaltylab.testing.SourceLabels;

/**
 * The report of a run, with every chart inline (titles, subtitles, legends and captions as SVG
 * text), names no source "seed" and calls the survival band a confidence band, not a Greenwood
 * band.
 */
@Slow
class ReportSourceLabelsTest {
    @TempDir
    Path tmp;

    @Test
    void theReportAndItsChartsNameNoSeedAndNoGreenwoodBand() throws IOException {
        Path out = ReportFixture.run(tmp);
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("The claim (Solomon, CustomerThink)"), "the complaints chart's subtitle is in the page");
        assertTrue(html.contains("95 % confidence band"), "the survival band in plain words");
        SourceLabels.assertAbsent(SourceLabels.SEED_LABEL, html, "report.html");
        SourceLabels.assertAbsent(SourceLabels.GREENWOOD, html, "report.html");
    }
}

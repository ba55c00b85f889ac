package org.loyaltylab.output.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loyaltylab.output.charts.experiment.ExperimentCharts;
import org.loyaltylab.output.report.ReportBuilder;
import org.loyaltylab.output.report.ReportContext;
import org.loyaltylab.testing.Slow;

/** The report of synthetic tables: one self-contained page with every chart inline and the context in words. */
@Slow
class ReportSelfContainedTest {
    @TempDir
    static Path tmp;
    static Path out;
    static String html;

    @BeforeAll
    static void build() throws IOException {
        out = SyntheticResults.write(tmp.resolve("run"));
        Path report = ReportBuilder.build(out, SyntheticResults.context(List.of("defensive", "kind")));
        assertEquals(out.resolve("report.html"), report);
        html = Files.readString(report);
    }

    @Test
    void everyChartIsInlineSvgAndTheFilesAreWritten() {
        for (String chart : ExperimentCharts.ALL) {
            assertTrue(html.contains("<figure id=\"" + chart + "\"><svg "), chart + " inline");
            for (String ext : List.of(".png", ".svg", ".pdf")) {
                assertTrue(Files.exists(out.resolve("charts").resolve(chart + ext)), chart + ext);
            }
        }
        assertEquals(ExperimentCharts.ALL.size(), count(html, "<svg "), "one svg per chart");
        assertEquals(count(html, "<svg "), count(html, "</svg>"), "every svg closed");
    }

    @Test
    void nothingIsFetchedFromOutside() {
        Matcher urls = Pattern.compile("https?://[^\\s\"'<>)]*").matcher(html);
        while (urls.find()) {
            assertEquals("http://www.w3.org/2000/svg", urls.group(), "only the SVG namespace may be a URL");
        }
        Matcher refs = Pattern.compile("(?:src|href)\\s*=\\s*[\"']([^\"']*)[\"']").matcher(html);
        while (refs.find()) {
            assertTrue(refs.group(1).startsWith("#"), "only in-page links: " + refs.group(1));
        }
        assertFalse(html.contains("<script"), "no script");
        assertFalse(html.contains("<link"), "no stylesheet link");
        assertFalse(html.contains("<img"), "no image to fetch");
        assertFalse(html.contains("@import") || html.contains("url(http"), "no CSS import");
    }

    @Test
    void theSvgIdsAreUniqueAcrossCharts() {
        Matcher ids = Pattern.compile("\\sid=['\"]([^'\"]+)['\"]").matcher(html);
        java.util.Set<String> seen = new java.util.HashSet<>();
        while (ids.find()) {
            assertTrue(seen.add(ids.group(1)), "duplicate id " + ids.group(1));
        }
    }

    @Test
    void thePageSaysWhatWasAskedWhatDiffersWhatWasFoundAndHowToReproduce() {
        assertTrue(html.contains("Does kind handling keep more customers than defensive handling?"), "the question");
        assertTrue(html.contains("Kind handling keeps 1,240 more customers after 730 days (95 % CI 1,110 to 1,370)"),
                "the findings");
        assertTrue(html.contains("policies.handling = kind"), "what differs, in the arms table");
        assertTrue(html.contains("<code>policies.handling</code>"), "the parameter table");
        assertTrue(html.contains("(baseline)"), "the baseline is named");
        assertTrue(html.contains("Agents listen, acknowledge &amp; apologise &lt;kindly&gt;."), "text is escaped");
        assertTrue(html.contains("loyaltylab run experiments/kind-vs-defensive.yaml --seed 7"), "the command");
        assertTrue(html.contains("Master seed") && html.contains("<code>7</code>"), "the seed");
        assertTrue(html.contains("0.1.0-test"), "the version");
        assertTrue(html.contains("Results at a glance") && html.contains("Difference from the baseline"),
                "the headline table");
        for (String colour : List.of("#0072B2", "#E69F00")) {
            assertTrue(html.contains("background:" + colour), "arm swatch " + colour);
        }
    }

    @Test
    void withoutFindingsOrOptionalTablesThePageStillBuilds() throws IOException {
        Path dir = SyntheticResults.write(tmp.resolve("bare"), List.of("only"), 2, 21, false);
        ReportContext ctx = new ReportContext("bare", "", List.of(new ReportContext.Arm("only", null, null)),
                List.of(), "", 1, "", 21, 2);
        String page = Files.readString(ReportBuilder.build(dir, ctx));
        assertTrue(page.contains("No findings in words for this run"), "says there are no findings");
        assertTrue(page.contains("<figure id=\"active-customers\"><svg "));
        assertFalse(page.contains("<figure id=\"survival\""), "no survival table, no survival chart");
    }

    private static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }
}

package org.loyaltylab.output.report;

import static org.loyaltylab.output.report.ReportPage.esc;

import java.util.Locale;
import org.apache.commons.csv.CSVRecord;
import org.loyaltylab.output.charts.Table;
import org.loyaltylab.stats.ConfidenceInterval;
import org.loyaltylab.stats.IntervalRounding;

/** The report's table of {@code roi.csv}: each policy's extra profit, extra spending, ROI and break-even day. */
final class PaybackTable {
    private PaybackTable() {
    }

    static void html(StringBuilder b, Table roi, String currency) {
        if (roi == null || roi.rows().isEmpty()) {
            return;
        }
        b.append("<h3 id=\"roi\">Return on spending and break-even (roi.csv)</h3>\n<p>Each arm against the baseline, "
                + "then each declared pair against its other arm, paired by replication. Extra spending: every cost but the goods sold (wages, training, hiring, "
                + "gestures, special treatment, follow-ups, marketing). ROI: extra profit per unit of extra spending "
                + "(Fieller's 95 % interval); none where the arm spends no more. Break-even: the first day from which "
                + "the 95 % lower bound of the cumulative profit difference stays above zero (in brackets: the same "
                + "for the mean). Money in ").append(esc(currency)).append(".</p>\n");
        b.append("<div class=\"scroll\"><table><thead><tr><th>Arm</th><th class=\"num\">Extra profit</th>"
                + "<th class=\"num\">Extra spending</th><th class=\"num\">ROI</th><th class=\"num\">Break-even day"
                + "</th></tr></thead><tbody>\n");
        for (CSVRecord r : roi.rows()) {
            b.append("<tr><td>").append(esc(Table.text(r, "arm") + " vs " + Table.text(r, "against")))
                    .append("</td>");
            cell(b, r, "extra_profit", true);
            cell(b, r, "extra_spend", true);
            cell(b, r, "roi", false);
            double day = Table.number(r, "break_even_day");
            double mean = Table.number(r, "break_even_day_mean");
            b.append("<td class=\"num\">").append(Double.isNaN(day) ? "not by the horizon"
                    : String.format(Locale.ROOT, "%.0f", day)).append(Double.isNaN(mean) ? ""
                    : String.format(Locale.ROOT, " (%.0f)", mean)).append("</td></tr>\n");
        }
        b.append("</tbody></table></div>\n");
    }

    private static void cell(StringBuilder b, CSVRecord r, String column, boolean signed) {
        double mean = Table.number(r, column);
        if (Double.isNaN(mean)) {
            b.append("<td class=\"num\">&ndash;</td>");
            return;
        }
        double lo = Table.number(r, column + "_ci_low");
        double hi = Table.number(r, column + "_ci_high");
        ConfidenceInterval ci = new ConfidenceInterval(mean, lo, hi, (hi - lo) / 2, (int) Table.number(r, "n"), 0.95);
        IntervalRounding round = IntervalRounding.of(ci);
        b.append("<td class=\"num").append(lo > 0 || hi < 0 ? " strong" : "").append("\">")
                .append(esc(signed ? round.signed(mean) : round.format(mean)));
        if (!Double.isNaN(lo) && !Double.isNaN(hi)) {
            b.append("<span class=\"ci\">").append(esc((signed ? round.signed(lo) : round.format(lo)) + " to "
                    + (signed ? round.signed(hi) : round.format(hi)))).append("</span>");
        }
        b.append("</td>");
    }
}

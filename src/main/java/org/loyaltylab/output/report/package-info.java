/**
 * The experiment report: {@link org.loyaltylab.output.report.ReportBuilder#build(java.nio.file.Path,
 * org.loyaltylab.output.report.ReportContext)} reads the CSV tables of a results directory, draws
 * every chart into {@code charts/} (PNG 1600 x 900, SVG, PDF; see {@code org.loyaltylab.output.charts})
 * and writes {@code report.html}, one self-contained page (inline SVG and CSS, no script, no network)
 * for a manager: the question, the arms and what differs, the findings in words, the results at a
 * glance with 95 % confidence intervals, the charts with captions, the parameters that differ from
 * the defaults, and how to reproduce the run. {@link org.loyaltylab.output.report.WorldsReport}
 * writes the shorter page of a {@code --worlds} or {@code --ablation} run from its results in
 * memory ({@link org.loyaltylab.output.report.ShortReport}).
 */
package org.loyaltylab.output.report;

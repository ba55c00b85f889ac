/**
 * Charts in one house style ({@link org.loyaltylab.output.charts.ChartStyle}: fonts readable at the
 * back of a seminar room at 1600 x 900, the Okabe-Ito palette with arm i always in colour i, 4 px
 * lines, translucent 95 % bands), exported as PNG, SVG and PDF by
 * {@link org.loyaltylab.output.charts.ChartExport}, with the result tables read back
 * ({@link org.loyaltylab.output.charts.Table}, {@link org.loyaltylab.output.charts.ArmEstimates}).
 * {@link org.loyaltylab.output.charts.experiment.ExperimentCharts} draws an experiment's charts from
 * its CSV tables, one class per chart; {@link org.loyaltylab.output.charts.SweepCharts} a sweep's;
 * {@code org.loyaltylab.output.charts.worlds} those of {@code --worlds} and {@code --ablation} runs.
 */
package org.loyaltylab.output.charts;

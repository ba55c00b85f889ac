/**
 * The charts of an experiment, one class per chart, drawn from the tables of its results
 * directory; {@link org.loyaltylab.output.charts.experiment.ExperimentCharts} lists and draws them
 * all. The numbers they draw are prepared in {@code org.loyaltylab.analysis}
 * ({@link org.loyaltylab.analysis.ArmSeries}, {@link org.loyaltylab.analysis.WindowStatistic},
 * {@link org.loyaltylab.analysis.ComplaintsByValue}).
 */
package org.loyaltylab.output.charts.experiment;

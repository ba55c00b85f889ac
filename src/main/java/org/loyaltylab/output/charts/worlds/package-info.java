/**
 * Charts of a {@code run --worlds} (the gain in every world, the Sobol indices of each gain) and
 * of a {@code run --ablation} (the share of each gain each mechanism carries), in the house style
 * of {@link org.loyaltylab.output.charts.ChartStyle}.
 */
package org.loyaltylab.output.charts.worlds;

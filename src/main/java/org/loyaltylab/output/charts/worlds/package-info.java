/**
 * Charts of a {@code run --worlds}, one set per contrast (its value in every world, the PRIM box
 * where it fails, its Sobol indices, its ablation bars), and of a {@code run --ablation} (the
 * share of each contrast each mechanism carries), in the house style of
 * {@link org.loyaltylab.output.charts.ChartStyle}.
 */
package org.loyaltylab.output.charts.worlds;

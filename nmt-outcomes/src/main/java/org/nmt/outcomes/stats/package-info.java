/**
 * Mergeable accumulators and the statistics computed from them: exact moments, value counts kept to
 * a resolution (quantiles and the Wilcoxon signed-rank test), paired change with effect sizes and
 * tests, Wilson intervals for proportions, and the Kaplan–Meier estimator.
 *
 * <p>Every accumulator merges with another of its kind, and merging is associative and commutative:
 * the statistics of a merged accumulator are equal, bit for bit, to those of one accumulator fed
 * all the values, so partitions of a cohort can be analysed separately and combined. Distributions
 * and tests come from Apache Commons Statistics; the formulas are in {@code docs/OUTCOMES.md}.
 */
package org.nmt.outcomes.stats;

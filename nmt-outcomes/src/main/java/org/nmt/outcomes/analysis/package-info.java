/**
 * Cohort outcome analysis: {@link org.nmt.outcomes.analysis.OutcomeAnalysis} configures what is
 * analysed and by which subgroups, {@link org.nmt.outcomes.analysis.OutcomeAccumulator} takes
 * client records one at a time (and merges with the accumulators of other partitions), and {@link
 * org.nmt.outcomes.analysis.OutcomeReport} holds the immutable result, with tidy tables for CSV and
 * a JSON-ready tree.
 */
package org.nmt.outcomes.analysis;

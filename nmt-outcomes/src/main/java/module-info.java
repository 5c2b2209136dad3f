/**
 * Cohort outcome analysis for researchers: mergeable accumulators of paired change, effect sizes,
 * responders, paired tests and Kaplan–Meier estimates.
 */
module org.nmt.outcomes {
  requires transitive org.nmt.core;
  requires org.apache.commons.statistics.distribution;
  requires org.apache.commons.statistics.inference;
  requires static org.immutables.value.annotations;

  exports org.nmt.outcomes.stats;
}

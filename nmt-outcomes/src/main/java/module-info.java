/**
 * Cohort outcome analysis for researchers: per outcome measure the paired change from baseline with
 * confidence intervals, effect sizes, responders and paired tests; per stage the clients reaching
 * it, the time spent in it, overrides and regressions; time to discharge as a Kaplan–Meier
 * estimate; by subgroup, in accumulators that merge. Also a seeded synthetic cohort for tests,
 * benchmarks and demos.
 */
module org.nmt.outcomes {
  requires transitive org.nmt.core;
  requires transitive org.nmt.protocol;
  requires org.apache.commons.statistics.distribution;
  requires org.apache.commons.statistics.inference;
  requires static org.immutables.value.annotations;

  exports org.nmt.outcomes.analysis;
  exports org.nmt.outcomes.cohort;
  exports org.nmt.outcomes.stats;
}

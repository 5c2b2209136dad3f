/**
 * A deterministic, seeded synthetic cohort of plausible clients and courses for tests, benchmarks
 * and demos: {@link org.nmt.outcomes.cohort.SyntheticCohort}.
 */
package org.nmt.outcomes.cohort;

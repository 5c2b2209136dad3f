/**
 * NDJSON cohorts: many client records, one compact client-record document per line, read and
 * written as streams in constant memory. The line format is described in {@code docs/FORMAT.md}.
 */
package org.nmt.io.cohort;

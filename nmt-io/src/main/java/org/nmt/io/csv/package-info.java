/**
 * CSV export of client records in tidy long form, one row per measurement, readable as-is by R and
 * pandas. The entry point is {@link org.nmt.io.csv.CsvExport}; the columns, measure ids and units
 * are defined in {@code docs/FORMAT.md}.
 */
package org.nmt.io.csv;

/**
 * The HTML progress report: one self-contained page with charts drawn by XChart, tables and a body
 * map of trigger point sites ({@link org.nmt.cli.report.HtmlReport}).
 */
package org.nmt.cli.report;

/**
 * Validation of recorded client records ({@link org.nmt.protocol.validation.RecordValidator}) and
 * treatment plans ({@link org.nmt.protocol.validation.PlanValidator}) into findings: a severity, a
 * stable code, a JSON Pointer into the document and a message without free text. Every code is
 * documented with its source in {@code docs/FINDINGS.md}.
 */
package org.nmt.protocol.validation;

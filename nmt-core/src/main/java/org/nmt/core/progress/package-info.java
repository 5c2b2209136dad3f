/**
 * Per-client progress derived from a client record without mutation: pain trajectory, trigger point
 * inventory, pressure pain threshold, range of motion, strength, endurance and questionnaire
 * change, each figure with the sessions and assessments it came from.
 *
 * <p>The entry point is {@link
 * org.nmt.core.progress.ProgressReport#of(org.nmt.core.record.ClientRecord)}.
 */
package org.nmt.core.progress;

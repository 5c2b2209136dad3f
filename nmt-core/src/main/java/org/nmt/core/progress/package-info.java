/**
 * Per-client progress derived from a client record without mutation: pain trajectory, trigger point
 * inventory, pressure pain threshold, range of motion, strength, endurance and questionnaire
 * change, each figure with the sessions and assessments it came from.
 */
package org.nmt.core.progress;

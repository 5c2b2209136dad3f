/**
 * Assessments: pain, pressure pain threshold, range of motion with its norms, strength, endurance,
 * structural evaluation of posture, and questionnaire scores.
 */
package org.nmt.core.assessment;

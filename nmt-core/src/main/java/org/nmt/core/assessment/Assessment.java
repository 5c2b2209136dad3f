package org.nmt.core.assessment;

import java.time.Instant;
import org.nmt.core.id.AssessmentId;

/**
 * One assessment of a client: a pain rating, a pressure pain threshold, a range of motion, a
 * strength grade, an endurance test, a structural evaluation or a questionnaire score.
 *
 * <p>A closed hierarchy; every implementation is immutable and thread-safe.
 */
public sealed interface Assessment
    permits PainRating,
        PressurePainThresholdReading,
        RangeOfMotionMeasurement,
        StrengthGrade,
        EnduranceTest,
        StructuralEvaluation,
        QuestionnaireScore {

  /** The assessment's id, unique within a client record. */
  AssessmentId id();

  /** When the assessment was taken. */
  Instant takenAt();
}

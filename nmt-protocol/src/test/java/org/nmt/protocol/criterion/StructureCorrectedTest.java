package org.nmt.protocol.criterion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nmt.core.assessment.PosturalDeviation.HEAD_TILT;
import static org.nmt.core.assessment.PosturalDeviation.LEG_LENGTH_DIFFERENCE;
import static org.nmt.core.assessment.PosturalDeviation.LUMBAR_LORDOSIS;
import static org.nmt.core.assessment.PosturalDeviation.PELVIC_TILT;
import static org.nmt.core.assessment.PosturalDeviation.SCOLIOSIS;
import static org.nmt.core.assessment.PosturalDeviation.SHOULDER_HEIGHT_ASYMMETRY;
import static org.nmt.core.assessment.PosturalDeviation.THORACIC_KYPHOSIS;
import static org.nmt.protocol.TestRecords.assessmentIds;
import static org.nmt.protocol.TestRecords.at;
import static org.nmt.protocol.TestRecords.day;
import static org.nmt.protocol.TestRecords.evening;
import static org.nmt.protocol.TestRecords.finding;
import static org.nmt.protocol.TestRecords.record;
import static org.nmt.protocol.TestRecords.structure;

import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.nmt.core.anatomy.Side;
import org.nmt.core.assessment.Assessment;
import org.nmt.core.assessment.NormalRange;
import org.nmt.core.assessment.Plane;
import org.nmt.core.stage.Stage;

class StructureCorrectedTest {
  private static final StructureCorrected FIVE = StructureCorrected.of(5);

  private static CriterionResult evaluate(Instant asOf, Assessment... assessments) {
    return FIVE.evaluate(
        StageContext.of(
            record().addAssessments(assessments).build(),
            Stage.STRUCTURAL_CORRECTION,
            day(1),
            asOf));
  }

  private static CriterionResult evaluate(Assessment... assessments) {
    return evaluate(evening(9), assessments);
  }

  @Test
  void noEvaluationIsNotAssessable() {
    CriterionResult result = evaluate();
    assertEquals(Outcome.NOT_ASSESSABLE, result.outcome());
    assertEquals("no structural evaluation", result.observed());
    assertEquals(
        "structural evaluation in all three planes; every deviation within its normal range or"
            + " improved by >= 5.0",
        result.required());
  }

  @Test
  void aMissingPlaneIsNotMetAndListed() {
    CriterionResult result =
        evaluate(
            structure(
                "e1", at(1, 11), EnumSet.of(Plane.SAGITTAL, Plane.CORONAL), finding(SCOLIOSIS, 4)));
    assertEquals(Outcome.NOT_MET, result.outcome());
    assertEquals("planes not evaluated: transverse", result.observed());
    assertEquals(assessmentIds("e1"), result.assessments());
  }

  @Test
  void planesAddUpOverEvaluations() {
    CriterionResult result =
        evaluate(
            structure("e1", at(1, 11), EnumSet.of(Plane.SAGITTAL, Plane.CORONAL)),
            structure("e2", at(2, 11), EnumSet.of(Plane.TRANSVERSE)));
    assertEquals(Outcome.MET, result.outcome());
    assertEquals("all planes evaluated; 0 deviations normal or improved", result.observed());
    assertEquals(assessmentIds("e1", "e2"), result.assessments());
  }

  @Test
  void scoliosisOfTenIsNotNormalAndTwoDegreesAreNoImprovement() {
    // Scoliosis is a Cobb angle of 10 degrees or more: 10 is outside the normal range below 10,
    // and 12 -> 10 improves by 2 < 5.
    CriterionResult result =
        evaluate(
            structure("e1", at(1, 11), finding(SCOLIOSIS, 12)),
            structure("e2", at(5, 11), finding(SCOLIOSIS, 10)));
    assertEquals(Outcome.NOT_MET, result.outcome());
    assertEquals("not corrected: [scoliosis 10.0]", result.observed());
    assertEquals(assessmentIds("e1", "e2"), result.assessments());
  }

  @Test
  void scoliosisBackWithinNormalIsMet() {
    CriterionResult result =
        evaluate(
            structure("e1", at(1, 11), finding(SCOLIOSIS, 12)),
            structure("e2", at(5, 11), finding(SCOLIOSIS, 7)));
    assertEquals(Outcome.MET, result.outcome());
    assertEquals("all planes evaluated; 1 deviations normal or improved", result.observed());
  }

  @Test
  void aDeviationMeasuredOnceOutsideNormalIsNotMet() {
    CriterionResult result = evaluate(structure("e1", at(1, 11), finding(SCOLIOSIS, 12)));
    assertEquals(Outcome.NOT_MET, result.outcome());
    assertEquals("not corrected: [scoliosis 12.0]", result.observed());
  }

  @Test
  void anImprovementOfExactlyTheMinimumIsMet() {
    // Kyphosis normal 20-45: 55 is 10 outside, 50 is 5 outside, 51 is 6 outside.
    assertEquals(
        Outcome.MET,
        evaluate(
                structure("e1", at(1, 11), finding(THORACIC_KYPHOSIS, 55)),
                structure("e2", at(5, 11), finding(THORACIC_KYPHOSIS, 50)))
            .outcome());
    CriterionResult short1 =
        evaluate(
            structure("e1", at(1, 11), finding(THORACIC_KYPHOSIS, 55)),
            structure("e2", at(5, 11), finding(THORACIC_KYPHOSIS, 51)));
    assertEquals(Outcome.NOT_MET, short1.outcome());
    assertEquals("not corrected: [thoracic-kyphosis 51.0]", short1.observed());
  }

  @Test
  void lordosisAndPelvicTiltWithoutARangeAreNotJudged() {
    CriterionResult result =
        evaluate(
            structure("e1", at(1, 11), finding(LUMBAR_LORDOSIS, 80), finding(PELVIC_TILT, 20)),
            structure("e2", at(5, 11), finding(LUMBAR_LORDOSIS, 80), finding(PELVIC_TILT, 20)));
    assertEquals(Outcome.MET, result.outcome());
    assertEquals("all planes evaluated; 2 deviations normal or improved", result.observed());
  }

  @Test
  void lordosisWithAGivenRangeIsJudged() {
    NormalRange range = NormalRange.between(31, 50);
    CriterionResult result =
        evaluate(
            structure("e1", at(1, 11), finding(LUMBAR_LORDOSIS, 80, range)),
            structure("e2", at(5, 11), finding(LUMBAR_LORDOSIS, 78, range)));
    assertEquals(Outcome.NOT_MET, result.outcome());
    assertEquals("not corrected: [lumbar-lordosis 78.0]", result.observed());
  }

  @Test
  void aRangeGivenOnlyAtTheLatestEvaluationJudgesBothMeasurements() {
    // The first measurement had no range to judge it by; the latest's range judges both:
    // 80 and 70 lie 30 and 20 above 31-50, an improvement of 10.
    NormalRange range = NormalRange.between(31, 50);
    CriterionResult result =
        evaluate(
            structure("e1", at(1, 11), finding(LUMBAR_LORDOSIS, 80)),
            structure("e2", at(5, 11), finding(LUMBAR_LORDOSIS, 70, range)));
    assertEquals(Outcome.MET, result.outcome());
  }

  @Test
  void tiltsAndAsymmetriesAreJudgedFromZero() {
    assertEquals(
        Outcome.MET,
        evaluate(
                structure("e1", at(1, 11), finding(HEAD_TILT, 4)),
                structure("e2", at(5, 11), finding(HEAD_TILT, 0)))
            .outcome());
    CriterionResult result =
        evaluate(
            structure("e1", at(1, 11), finding(HEAD_TILT, 4)),
            structure("e2", at(5, 11), finding(HEAD_TILT, -3)));
    assertEquals(Outcome.NOT_MET, result.outcome());
    assertEquals("not corrected: [head-tilt -3.0]", result.observed());
  }

  @Test
  void findingsAreTrackedPerSide() {
    // 15 mm high on the left corrected to 5 (improved by 10); first seen high on the right at 8.
    CriterionResult result =
        evaluate(
            structure("e1", at(1, 11), finding(SHOULDER_HEIGHT_ASYMMETRY, 15, Side.LEFT)),
            structure(
                "e2",
                at(5, 11),
                finding(SHOULDER_HEIGHT_ASYMMETRY, 5, Side.LEFT),
                finding(SHOULDER_HEIGHT_ASYMMETRY, 8, Side.RIGHT)));
    assertEquals(Outcome.NOT_MET, result.outcome());
    assertEquals("not corrected: [shoulder-height-asymmetry/right 8.0]", result.observed());
  }

  @Test
  void theBoundOfAnInclusiveRangeIsNormal() {
    // Leg length difference normal up to 6 mm inclusive.
    assertEquals(
        Outcome.MET,
        evaluate(structure("e1", at(1, 11), finding(LEG_LENGTH_DIFFERENCE, 6))).outcome());
  }

  @Test
  void evaluationsAfterAsOfAreInvisible() {
    CriterionResult result =
        evaluate(
            evening(4),
            structure("e1", at(1, 11), finding(SCOLIOSIS, 12)),
            structure("e2", at(5, 11), finding(SCOLIOSIS, 7)));
    assertEquals(Outcome.NOT_MET, result.outcome());
    assertEquals(assessmentIds("e1"), result.assessments());
    assertTrue(evaluate(evening(5), structure("e1", at(5, 11))).isMet());
  }

  @Test
  void minimumImprovementMustBeWithinZeroAndNinety() {
    assertEquals("structure-corrected", FIVE.id());
    assertEquals(90.0, StructureCorrected.of(90).minimumImprovement());
    assertEquals(
        "structure-corrected: minimumImprovement must be within (0, 90]: 0.0",
        assertThrows(IllegalArgumentException.class, () -> StructureCorrected.of(0)).getMessage());
    assertEquals(
        "structure-corrected: minimumImprovement must be within (0, 90]: 90.5",
        assertThrows(IllegalArgumentException.class, () -> StructureCorrected.of(90.5))
            .getMessage());
  }
}

package org.nmt.protocol.criterion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.nmt.core.anatomy.Side.LEFT;
import static org.nmt.core.anatomy.Side.MIDLINE;
import static org.nmt.core.anatomy.Side.RIGHT;
import static org.nmt.core.assessment.Joint.CERVICAL;
import static org.nmt.core.assessment.Joint.HIP;
import static org.nmt.core.assessment.Joint.KNEE;
import static org.nmt.core.assessment.Joint.SHOULDER;
import static org.nmt.core.assessment.Movement.EXTENSION;
import static org.nmt.core.assessment.Movement.FLEXION;
import static org.nmt.protocol.TestRecords.assessmentIds;
import static org.nmt.protocol.TestRecords.at;
import static org.nmt.protocol.TestRecords.day;
import static org.nmt.protocol.TestRecords.evening;
import static org.nmt.protocol.TestRecords.record;
import static org.nmt.protocol.TestRecords.rom;

import org.junit.jupiter.api.Test;
import org.nmt.core.assessment.Assessment;
import org.nmt.core.assessment.MotionMode;
import org.nmt.core.assessment.RangeOfMotionMeasurement;
import org.nmt.core.id.AssessmentId;
import org.nmt.core.stage.Stage;

class RangeOfMotionRestoredTest {
  private static final RangeOfMotionRestored STANDARD =
      RangeOfMotionRestored.builder().percentOfNorm(90).sideDifferencePercent(10).build();

  private static CriterionResult evaluate(RangeOfMotionRestored criterion, Assessment... all) {
    return criterion.evaluate(
        StageContext.of(
            record().addAssessments(all).build(), Stage.FLEXIBILITY, day(1), evening(9)));
  }

  private static CriterionResult evaluate(Assessment... all) {
    return evaluate(STANDARD, all);
  }

  @Test
  void ninetyPercentOfNormIsMet() {
    // Cervical flexion norm 50 degrees.
    CriterionResult result = evaluate(rom("r1", at(2, 11), CERVICAL, FLEXION, MIDLINE, 45));
    assertEquals(Outcome.MET, result.outcome());
    assertEquals("1 movements restored", result.observed());
    assertEquals(
        "every measured joint at >= 90.0 % of norm, or within 10.0 % of a restored other side",
        result.required());
    assertEquals(assessmentIds("r1"), result.assessments());
  }

  @Test
  void justBelowNinetyPercentIsNotMet() {
    CriterionResult result = evaluate(rom("r1", at(2, 11), CERVICAL, FLEXION, MIDLINE, 44.5));
    assertEquals(Outcome.NOT_MET, result.outcome());
    assertEquals("below target: [cervical flexion midline active 89 %]", result.observed());
    assertEquals(assessmentIds("r1"), result.assessments());
  }

  @Test
  void theLatestMeasurementCounts() {
    CriterionResult result =
        evaluate(
            rom("r1", at(1, 11), CERVICAL, FLEXION, MIDLINE, 30),
            rom("r2", at(5, 11), CERVICAL, FLEXION, MIDLINE, 48));
    assertEquals(Outcome.MET, result.outcome());
    assertEquals(assessmentIds("r2"), result.assessments());
  }

  @Test
  void aSideCloseToARestoredOtherSideIsMetBelowTheNorm() {
    // Shoulder flexion norm 180: 150 (83 %) lies 9.1 % below 165 (92 %), which is restored.
    CriterionResult result =
        evaluate(
            rom("r1", at(2, 11), SHOULDER, FLEXION, LEFT, 150),
            rom("r2", at(2, 11), SHOULDER, FLEXION, RIGHT, 165));
    assertEquals(Outcome.MET, result.outcome());
    assertEquals("2 movements restored", result.observed());
    assertEquals(assessmentIds("r1", "r2"), result.assessments());
  }

  @Test
  void twoSidesCloseToEachOtherButBothRestrictedAreNotMet() {
    // 150 (83 %) and 160 (89 %) lie 6.25 % apart, but neither side reaches 90 % of the norm.
    CriterionResult result =
        evaluate(
            rom("r1", at(2, 11), SHOULDER, FLEXION, LEFT, 150),
            rom("r2", at(2, 11), SHOULDER, FLEXION, RIGHT, 160));
    assertEquals(Outcome.NOT_MET, result.outcome());
    assertEquals(
        "below target: [shoulder flexion left active 83 %, shoulder flexion right active 89 %]",
        result.observed());
    assertEquals(assessmentIds("r1", "r2"), result.assessments());
  }

  @Test
  void symmetricRestrictionIsNotRestored() {
    // 40 degrees of shoulder flexion on both sides: no difference at all, and 22 % of the norm.
    CriterionResult result =
        evaluate(
            rom("r1", at(2, 11), SHOULDER, FLEXION, LEFT, 40),
            rom("r2", at(2, 11), SHOULDER, FLEXION, RIGHT, 40));
    assertEquals(Outcome.NOT_MET, result.outcome());
    assertEquals(
        "below target: [shoulder flexion left active 22 %, shoulder flexion right active 22 %]",
        result.observed());
  }

  @Test
  void noMotionOnEitherSideIsNotRestored() {
    CriterionResult result =
        evaluate(
            rom("r1", at(2, 11), SHOULDER, FLEXION, LEFT, 0),
            rom("r2", at(2, 11), SHOULDER, FLEXION, RIGHT, 0));
    assertEquals(Outcome.NOT_MET, result.outcome());
    assertEquals(
        "below target: [shoulder flexion left active 0 %, shoulder flexion right active 0 %]",
        result.observed());
  }

  @Test
  void theOtherSideCountsFromExactlyTheNormPercentage() {
    // 162 is exactly 90 % of 180; 146 lies 9.9 % below it. 161 (89.4 %) is not restored, so 146
    // (1.3 % below it) is not either.
    assertEquals(
        Outcome.MET,
        evaluate(
                rom("r1", at(2, 11), SHOULDER, FLEXION, LEFT, 162),
                rom("r2", at(2, 11), SHOULDER, FLEXION, RIGHT, 146))
            .outcome());
    CriterionResult result =
        evaluate(
            rom("r1", at(2, 11), SHOULDER, FLEXION, LEFT, 161),
            rom("r2", at(2, 11), SHOULDER, FLEXION, RIGHT, 146));
    assertEquals(Outcome.NOT_MET, result.outcome());
    assertEquals(
        "below target: [shoulder flexion left active 89 %, shoulder flexion right active 81 %]",
        result.observed());
  }

  @Test
  void aSideFarBelowTheOtherIsNotMet() {
    // 120 (67 %) against 180 (100 %): 33 % apart.
    CriterionResult result =
        evaluate(
            rom("r1", at(2, 11), SHOULDER, FLEXION, LEFT, 120),
            rom("r2", at(2, 11), SHOULDER, FLEXION, RIGHT, 180));
    assertEquals(Outcome.NOT_MET, result.outcome());
    assertEquals("below target: [shoulder flexion left active 67 %]", result.observed());
  }

  @Test
  void theSideDifferenceBoundaryIsInclusive() {
    // 153 (85 %) against a restored 170 (94 %) lies exactly 10 % of the better side below it;
    // 152 lies 10.6 % below.
    assertEquals(
        Outcome.MET,
        evaluate(
                rom("r1", at(2, 11), SHOULDER, FLEXION, LEFT, 170),
                rom("r2", at(2, 11), SHOULDER, FLEXION, RIGHT, 153))
            .outcome());
    assertEquals(
        Outcome.NOT_MET,
        evaluate(
                rom("r1", at(2, 11), SHOULDER, FLEXION, LEFT, 170),
                rom("r2", at(2, 11), SHOULDER, FLEXION, RIGHT, 152))
            .outcome());
  }

  @Test
  void oneSideBelowTheNormWithoutTheOtherMeasuredIsNotMet() {
    CriterionResult result = evaluate(rom("r1", at(2, 11), SHOULDER, FLEXION, LEFT, 150));
    assertEquals(Outcome.NOT_MET, result.outcome());
    assertEquals("below target: [shoulder flexion left active 83 %]", result.observed());
  }

  @Test
  void activeAndPassiveAreSeparateMovements() {
    RangeOfMotionMeasurement passive =
        RangeOfMotionMeasurement.builder()
            .id(AssessmentId.of("r2"))
            .takenAt(at(2, 12))
            .joint(CERVICAL)
            .movement(FLEXION)
            .side(MIDLINE)
            .degrees(50)
            .mode(MotionMode.PASSIVE)
            .build();
    CriterionResult result =
        evaluate(rom("r1", at(2, 11), CERVICAL, FLEXION, MIDLINE, 40), passive);
    assertEquals(Outcome.NOT_MET, result.outcome());
    assertEquals("below target: [cervical flexion midline active 80 %]", result.observed());
    assertEquals(assessmentIds("r1", "r2"), result.assessments());
  }

  @Test
  void theJointsFilterLimitsWhatCounts() {
    RangeOfMotionRestored hips =
        RangeOfMotionRestored.builder()
            .addJoints(HIP)
            .percentOfNorm(90)
            .sideDifferencePercent(10)
            .build();
    CriterionResult result =
        evaluate(
            hips,
            rom("r1", at(2, 11), CERVICAL, FLEXION, MIDLINE, 10),
            rom("r2", at(2, 11), HIP, FLEXION, LEFT, 110));
    assertEquals(Outcome.MET, result.outcome());
    assertEquals(assessmentIds("r2"), result.assessments());
    assertEquals(
        "joints hip at >= 90.0 % of norm, or within 10.0 % of a restored other side",
        result.required());
    CriterionResult none = evaluate(hips, rom("r1", at(2, 11), CERVICAL, FLEXION, MIDLINE, 10));
    assertEquals(Outcome.NOT_ASSESSABLE, none.outcome());
    assertEquals("no range of motion measured", none.observed());
  }

  @Test
  void aMovementWithoutANormIsIgnored() {
    // The standard table has no norm for knee extension.
    CriterionResult only = evaluate(rom("r1", at(2, 11), KNEE, EXTENSION, LEFT, 0));
    assertEquals(Outcome.NOT_ASSESSABLE, only.outcome());
    CriterionResult result =
        evaluate(
            rom("r1", at(2, 11), KNEE, EXTENSION, LEFT, 0),
            rom("r2", at(2, 11), CERVICAL, FLEXION, MIDLINE, 50));
    assertEquals(Outcome.MET, result.outcome());
    assertEquals(assessmentIds("r2"), result.assessments());
  }

  @Test
  void noMeasurementIsNotAssessable() {
    assertEquals(Outcome.NOT_ASSESSABLE, evaluate().outcome());
  }

  @Test
  void parametersAreValidated() {
    assertEquals("range-of-motion-restored", STANDARD.id());
    assertEquals(
        "range-of-motion-restored: percentOfNorm must be within (0, 200]: 0.0",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    RangeOfMotionRestored.builder()
                        .percentOfNorm(0)
                        .sideDifferencePercent(10)
                        .build())
            .getMessage());
    assertEquals(
        "range-of-motion-restored: percentOfNorm must be within (0, 200]: 201.0",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    RangeOfMotionRestored.builder()
                        .percentOfNorm(201)
                        .sideDifferencePercent(10)
                        .build())
            .getMessage());
    assertEquals(
        "range-of-motion-restored: sideDifferencePercent must be within 0..100: 100.5",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    RangeOfMotionRestored.builder()
                        .percentOfNorm(90)
                        .sideDifferencePercent(100.5)
                        .build())
            .getMessage());
    assertEquals(
        "range-of-motion-restored: sideDifferencePercent must be within 0..100: -1.0",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    RangeOfMotionRestored.builder()
                        .percentOfNorm(90)
                        .sideDifferencePercent(-1)
                        .build())
            .getMessage());
  }
}

package org.nmt.protocol.criterion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.nmt.core.anatomy.Side.LEFT;
import static org.nmt.core.anatomy.Side.RIGHT;
import static org.nmt.protocol.TestRecords.GASTROCNEMIUS;
import static org.nmt.protocol.TestRecords.TRAPEZIUS;
import static org.nmt.protocol.TestRecords.assessmentIds;
import static org.nmt.protocol.TestRecords.at;
import static org.nmt.protocol.TestRecords.day;
import static org.nmt.protocol.TestRecords.evening;
import static org.nmt.protocol.TestRecords.record;
import static org.nmt.protocol.TestRecords.strength;

import org.junit.jupiter.api.Test;
import org.nmt.core.assessment.Assessment;
import org.nmt.core.assessment.Joint;
import org.nmt.core.assessment.Movement;
import org.nmt.core.stage.Stage;

class StrengthRestoredTest {
  private static final StrengthRestored FIVE = StrengthRestored.of(5);

  private static CriterionResult evaluate(StrengthRestored criterion, Assessment... all) {
    return criterion.evaluate(
        StageContext.of(record().addAssessments(all).build(), Stage.STRENGTH, day(1), evening(9)));
  }

  private static CriterionResult evaluate(Assessment... all) {
    return evaluate(FIVE, all);
  }

  @Test
  void everythingAtTheGradeIsMet() {
    CriterionResult result =
        evaluate(
            strength("g1", at(2, 11), TRAPEZIUS, LEFT, 5),
            strength("g2", at(2, 11), Joint.SHOULDER, Movement.ABDUCTION, RIGHT, 5));
    assertEquals(Outcome.MET, result.outcome());
    assertEquals("2 graded at target", result.observed());
    assertEquals("MRC grade >= 5 in everything graded", result.required());
    assertEquals(assessmentIds("g1", "g2"), result.assessments());
  }

  @Test
  void aGradeBelowIsNotMet() {
    CriterionResult result =
        evaluate(
            strength("g1", at(2, 11), TRAPEZIUS, LEFT, 4),
            strength("g2", at(2, 11), Joint.SHOULDER, Movement.ABDUCTION, RIGHT, 3));
    assertEquals(Outcome.NOT_MET, result.outcome());
    assertEquals(
        "below grade: [upper-trapezius left 4, shoulder abduction right 3]", result.observed());
    assertEquals(assessmentIds("g1", "g2"), result.assessments());
  }

  @Test
  void theLatestGradeCountsPerSide() {
    CriterionResult result =
        evaluate(
            strength("g1", at(2, 11), TRAPEZIUS, LEFT, 3),
            strength("g2", at(2, 11), TRAPEZIUS, RIGHT, 5),
            strength("g3", at(5, 11), TRAPEZIUS, LEFT, 5));
    assertEquals(Outcome.MET, result.outcome());
    assertEquals(assessmentIds("g3", "g2"), result.assessments());
  }

  @Test
  void theMusclesFilterLimitsWhatCounts() {
    StrengthRestored calves = StrengthRestored.builder().grade(5).addMuscles(GASTROCNEMIUS).build();
    CriterionResult result =
        evaluate(
            calves,
            strength("g1", at(2, 11), TRAPEZIUS, LEFT, 2),
            strength("g2", at(2, 11), Joint.ANKLE, Movement.PLANTARFLEXION, LEFT, 2),
            strength("g3", at(2, 11), GASTROCNEMIUS, LEFT, 5));
    assertEquals(Outcome.MET, result.outcome());
    assertEquals("MRC grade >= 5 in [gastrocnemius]", result.required());
    assertEquals(assessmentIds("g3"), result.assessments());
    CriterionResult none = evaluate(calves, strength("g1", at(2, 11), TRAPEZIUS, LEFT, 5));
    assertEquals(Outcome.NOT_ASSESSABLE, none.outcome());
    assertEquals("no strength graded", none.observed());
  }

  @Test
  void aLowerGradeTargetIsMetByIt() {
    assertEquals(
        Outcome.MET,
        evaluate(StrengthRestored.of(4), strength("g1", at(2, 11), TRAPEZIUS, LEFT, 4)).outcome());
  }

  @Test
  void nothingGradedIsNotAssessable() {
    CriterionResult result = evaluate();
    assertEquals(Outcome.NOT_ASSESSABLE, result.outcome());
    assertEquals("no strength graded", result.observed());
  }

  @Test
  void gradeMustBeWithinZeroToFive() {
    assertEquals("strength-restored", FIVE.id());
    assertEquals(0, StrengthRestored.of(0).grade());
    assertEquals(
        "strength-restored: grade must be within 0..5: 6",
        assertThrows(IllegalArgumentException.class, () -> StrengthRestored.of(6)).getMessage());
    assertEquals(
        "strength-restored: grade must be within 0..5: -1",
        assertThrows(IllegalArgumentException.class, () -> StrengthRestored.of(-1)).getMessage());
  }
}

package org.nmt.protocol.criterion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.nmt.core.anatomy.Side.LEFT;
import static org.nmt.core.anatomy.Side.MIDLINE;
import static org.nmt.core.anatomy.Side.RIGHT;
import static org.nmt.core.assessment.EnduranceTestKind.BIERING_SORENSEN;
import static org.nmt.core.assessment.EnduranceTestKind.DEEP_NECK_FLEXOR;
import static org.nmt.core.assessment.EnduranceTestKind.SIDE_PLANK;
import static org.nmt.protocol.TestRecords.assessmentIds;
import static org.nmt.protocol.TestRecords.at;
import static org.nmt.protocol.TestRecords.day;
import static org.nmt.protocol.TestRecords.endurance;
import static org.nmt.protocol.TestRecords.evening;
import static org.nmt.protocol.TestRecords.record;

import com.google.common.collect.ImmutableMap;
import org.junit.jupiter.api.Test;
import org.nmt.core.assessment.Assessment;
import org.nmt.core.stage.Stage;

class EnduranceReachedTest {
  private static final EnduranceReached STANDARD = EnduranceReached.standard();

  private static CriterionResult evaluate(EnduranceReached criterion, Assessment... all) {
    return criterion.evaluate(
        StageContext.of(record().addAssessments(all).build(), Stage.ENDURANCE, day(1), evening(9)));
  }

  private static CriterionResult evaluate(Assessment... all) {
    return evaluate(STANDARD, all);
  }

  @Test
  void standardTargets() {
    assertEquals(
        ImmutableMap.of(BIERING_SORENSEN, 176.0, DEEP_NECK_FLEXOR, 39.0), STANDARD.targets());
    assertEquals(
        "every endurance test at its target (biering-sorensen >= 176.0 seconds, deep-neck-flexor"
            + " >= 39.0 seconds), or improved where none is set",
        STANDARD.requirement());
  }

  @Test
  void aTargetReachedIsMet() {
    CriterionResult result =
        evaluate(
            endurance("t1", at(2, 11), BIERING_SORENSEN, MIDLINE, 176),
            endurance("t2", at(2, 12), DEEP_NECK_FLEXOR, MIDLINE, 39));
    assertEquals(Outcome.MET, result.outcome());
    assertEquals("2 tests at target or improved", result.observed());
    assertEquals(assessmentIds("t1", "t2"), result.assessments());
  }

  @Test
  void aTargetMissedIsNotMet() {
    CriterionResult result =
        evaluate(
            endurance("t1", at(2, 11), BIERING_SORENSEN, MIDLINE, 175.5),
            endurance("t2", at(2, 12), DEEP_NECK_FLEXOR, MIDLINE, 40));
    assertEquals(Outcome.NOT_MET, result.outcome());
    assertEquals("below target: [biering-sorensen midline 175.5]", result.observed());
    assertEquals(assessmentIds("t1", "t2"), result.assessments());
  }

  @Test
  void theLatestResultCounts() {
    CriterionResult result =
        evaluate(
            endurance("t1", at(2, 11), BIERING_SORENSEN, MIDLINE, 180),
            endurance("t2", at(5, 11), BIERING_SORENSEN, MIDLINE, 150));
    assertEquals(Outcome.NOT_MET, result.outcome());
    assertEquals("below target: [biering-sorensen midline 150.0]", result.observed());
    assertEquals(assessmentIds("t2"), result.assessments());
  }

  @Test
  void withoutATargetImprovementIsRequired() {
    CriterionResult improved =
        evaluate(
            endurance("t1", at(2, 11), SIDE_PLANK, LEFT, 30),
            endurance("t2", at(2, 11), SIDE_PLANK, RIGHT, 40),
            endurance("t3", at(5, 11), SIDE_PLANK, LEFT, 45),
            endurance("t4", at(5, 11), SIDE_PLANK, RIGHT, 41));
    assertEquals(Outcome.MET, improved.outcome());
    assertEquals("2 tests at target or improved", improved.observed());
    assertEquals(assessmentIds("t3", "t4"), improved.assessments());
    CriterionResult same =
        evaluate(
            endurance("t1", at(2, 11), SIDE_PLANK, LEFT, 30),
            endurance("t3", at(5, 11), SIDE_PLANK, LEFT, 30));
    assertEquals(Outcome.NOT_MET, same.outcome());
    assertEquals("below target: [side-plank left 30.0]", same.observed());
  }

  @Test
  void withoutATargetOneResultIsNotAssessable() {
    CriterionResult once = evaluate(endurance("t1", at(2, 11), SIDE_PLANK, LEFT, 30));
    assertEquals(Outcome.NOT_ASSESSABLE, once.outcome());
    assertEquals("no target and done only once: [side-plank left]", once.observed());
  }

  @Test
  void aCustomTargetReplacesImprovement() {
    EnduranceReached plank = EnduranceReached.builder().putTarget(SIDE_PLANK, 60.0).build();
    assertEquals(
        Outcome.MET, evaluate(plank, endurance("t1", at(2, 11), SIDE_PLANK, LEFT, 60)).outcome());
    assertEquals(
        Outcome.NOT_MET,
        evaluate(
                plank,
                endurance("t1", at(2, 11), SIDE_PLANK, LEFT, 30),
                endurance("t2", at(5, 11), SIDE_PLANK, LEFT, 59))
            .outcome());
  }

  @Test
  void noTestIsNotAssessable() {
    CriterionResult result = evaluate();
    assertEquals(Outcome.NOT_ASSESSABLE, result.outcome());
    assertEquals("no endurance test", result.observed());
  }

  @Test
  void targetsMustBeWithinTheTestsRange() {
    assertEquals("endurance-reached", STANDARD.id());
    assertEquals(
        "endurance-reached: target of biering-sorensen must be within 0..240.0: 241.0",
        assertThrows(
                IllegalArgumentException.class,
                () -> EnduranceReached.builder().putTarget(BIERING_SORENSEN, 241.0).build())
            .getMessage());
    assertEquals(
        "endurance-reached: target of side-plank must be within 0..600.0: -1.0",
        assertThrows(
                IllegalArgumentException.class,
                () -> EnduranceReached.builder().putTarget(SIDE_PLANK, -1.0).build())
            .getMessage());
  }
}

package org.nmt.protocol.criterion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nmt.core.anatomy.Side.BILATERAL;
import static org.nmt.core.anatomy.Side.LEFT;
import static org.nmt.core.anatomy.Side.RIGHT;
import static org.nmt.core.trigger.TriggerPointStatus.ACTIVE;
import static org.nmt.core.trigger.TriggerPointStatus.LATENT;
import static org.nmt.core.trigger.TriggerPointStatus.NOT_CONFIRMED;
import static org.nmt.protocol.TestRecords.GASTROCNEMIUS;
import static org.nmt.protocol.TestRecords.TRAPEZIUS;
import static org.nmt.protocol.TestRecords.day;
import static org.nmt.protocol.TestRecords.evening;
import static org.nmt.protocol.TestRecords.exam;
import static org.nmt.protocol.TestRecords.record;
import static org.nmt.protocol.TestRecords.session;
import static org.nmt.protocol.TestRecords.sessionIds;
import static org.nmt.protocol.TestRecords.treatment;

import org.junit.jupiter.api.Test;
import org.nmt.core.session.Session;
import org.nmt.core.stage.Stage;

class NoActiveTriggerPointsTest {
  private static final NoActiveTriggerPoints CRITERION = NoActiveTriggerPoints.of();

  /** Evaluated in stage 1, entered on day 1, as of the evening of day 9. */
  private static CriterionResult evaluate(Session... sessions) {
    return CRITERION.evaluate(
        StageContext.of(record(sessions), Stage.PAIN_ELIMINATION, day(1), evening(9)));
  }

  @Test
  void latestExaminationNotActiveIsMet() {
    CriterionResult result =
        evaluate(
            session("s1", 1)
                .addTechniques(treatment(TRAPEZIUS, LEFT))
                .addTriggerPointExaminations(exam(TRAPEZIUS, LEFT, ACTIVE))
                .build(),
            session("s2", 2)
                .addTechniques(treatment(TRAPEZIUS, LEFT))
                .addTriggerPointExaminations(exam(TRAPEZIUS, LEFT, LATENT))
                .build());
    assertEquals(Outcome.MET, result.outcome());
    assertEquals("1 examined sites, none active", result.observed());
    assertEquals(
        "no active trigger point in a treated muscle at its latest examination", result.required());
    assertEquals(sessionIds("s2"), result.sessions());
  }

  @Test
  void latestExaminationActiveIsNotMet() {
    CriterionResult result =
        evaluate(
            session("s1", 1)
                .addTechniques(treatment(TRAPEZIUS, LEFT), treatment(GASTROCNEMIUS, RIGHT))
                .addTriggerPointExaminations(
                    exam(TRAPEZIUS, LEFT, LATENT), exam(GASTROCNEMIUS, RIGHT, ACTIVE))
                .build(),
            session("s2", 2).addTriggerPointExaminations(exam(TRAPEZIUS, LEFT, ACTIVE)).build());
    assertEquals(Outcome.NOT_MET, result.outcome());
    assertEquals("2 active: upper-trapezius/left, gastrocnemius/right", result.observed());
    assertEquals(sessionIds("s1", "s2"), result.sessions());
  }

  @Test
  void activeBeatsUnexamined() {
    CriterionResult result =
        evaluate(
            session("s1", 1)
                .addTechniques(treatment(TRAPEZIUS, LEFT), treatment(GASTROCNEMIUS, LEFT))
                .addTriggerPointExaminations(exam(TRAPEZIUS, LEFT, ACTIVE))
                .build());
    assertEquals(Outcome.NOT_MET, result.outcome());
    assertEquals("1 active: upper-trapezius/left", result.observed());
  }

  @Test
  void aTreatedMuscleNeverExaminedIsNotAssessable() {
    CriterionResult result =
        evaluate(
            session("s1", 1)
                .addTechniques(treatment(TRAPEZIUS, LEFT), treatment(GASTROCNEMIUS, RIGHT))
                .addTriggerPointExaminations(exam(TRAPEZIUS, LEFT, LATENT))
                .build());
    assertEquals(Outcome.NOT_ASSESSABLE, result.outcome());
    assertEquals("treated but never examined: [gastrocnemius/right]", result.observed());
    assertTrue(result.sessions().isEmpty());
  }

  @Test
  void theOtherSideIsAnotherMuscle() {
    CriterionResult result =
        evaluate(
            session("s1", 1)
                .addTechniques(treatment(TRAPEZIUS, RIGHT))
                .addTriggerPointExaminations(exam(TRAPEZIUS, LEFT, NOT_CONFIRMED))
                .build());
    assertEquals(Outcome.NOT_ASSESSABLE, result.outcome());
    assertEquals("treated but never examined: [upper-trapezius/right]", result.observed());
  }

  @Test
  void examinationsOutsideTheStageOnlyAreNotAssessable() {
    CriterionResult result =
        evaluate(
            session("s0", 0)
                .addTechniques(treatment(TRAPEZIUS, LEFT))
                .addTriggerPointExaminations(exam(TRAPEZIUS, LEFT, LATENT))
                .build(),
            session("s1", 1).addTechniques(treatment(TRAPEZIUS, LEFT)).build());
    assertEquals(Outcome.NOT_ASSESSABLE, result.outcome());
    assertEquals("no trigger point examination in the stage", result.observed());
  }

  @Test
  void examinationsAfterAsOfAreInvisible() {
    CriterionResult result =
        CRITERION.evaluate(
            StageContext.of(
                record(
                    session("s1", 1).addTechniques(treatment(TRAPEZIUS, LEFT)).build(),
                    session("s2", 2)
                        .addTriggerPointExaminations(exam(TRAPEZIUS, LEFT, LATENT))
                        .build()),
                Stage.PAIN_ELIMINATION,
                day(1),
                evening(1)));
    assertEquals(Outcome.NOT_ASSESSABLE, result.outcome());
  }

  @Test
  void noMuscleTreatedIsNotAssessable() {
    CriterionResult result =
        evaluate(
            session("s1", 1).addTriggerPointExaminations(exam(TRAPEZIUS, LEFT, LATENT)).build());
    assertEquals(Outcome.NOT_ASSESSABLE, result.outcome());
    assertEquals("no muscle treated", result.observed());
  }

  @Test
  void anActivePointInAnUntreatedMuscleDoesNotCount() {
    CriterionResult result =
        evaluate(
            session("s0", 0).addTriggerPointExaminations(exam(GASTROCNEMIUS, LEFT, ACTIVE)).build(),
            session("s1", 1)
                .addTechniques(treatment(TRAPEZIUS, LEFT))
                .addTriggerPointExaminations(exam(TRAPEZIUS, LEFT, NOT_CONFIRMED))
                .build());
    assertEquals(Outcome.MET, result.outcome());
    assertEquals("2 examined sites, none active", result.observed());
    assertEquals(sessionIds("s0", "s1"), result.sessions());
  }

  @Test
  void anActivePointBeforeTheStageResolvedWithinItIsMet() {
    CriterionResult result =
        evaluate(
            session("s0", 0)
                .addTechniques(treatment(TRAPEZIUS, LEFT))
                .addTriggerPointExaminations(exam(TRAPEZIUS, LEFT, ACTIVE))
                .build(),
            session("s1", 1).addTriggerPointExaminations(exam(TRAPEZIUS, LEFT, LATENT)).build());
    assertEquals(Outcome.MET, result.outcome());
    assertEquals(sessionIds("s1"), result.sessions());
  }

  @Test
  void aBilateralTreatmentIsExaminedSideBySide() {
    CriterionResult latent =
        evaluate(
            session("s1", 1)
                .addTechniques(treatment(TRAPEZIUS, BILATERAL))
                .addTriggerPointExaminations(
                    exam(TRAPEZIUS, LEFT, LATENT), exam(TRAPEZIUS, RIGHT, NOT_CONFIRMED))
                .build());
    assertEquals(Outcome.MET, latent.outcome());
    assertEquals("2 examined sites, none active", latent.observed());
    CriterionResult active =
        evaluate(
            session("s1", 1)
                .addTechniques(treatment(TRAPEZIUS, BILATERAL))
                .addTriggerPointExaminations(
                    exam(TRAPEZIUS, LEFT, LATENT), exam(TRAPEZIUS, RIGHT, ACTIVE))
                .build());
    assertEquals(Outcome.NOT_MET, active.outcome());
    assertEquals("1 active: upper-trapezius/right", active.observed());
    CriterionResult oneSide =
        evaluate(
            session("s1", 1)
                .addTechniques(treatment(TRAPEZIUS, BILATERAL))
                .addTriggerPointExaminations(exam(TRAPEZIUS, LEFT, LATENT))
                .build());
    assertEquals(Outcome.NOT_ASSESSABLE, oneSide.outcome());
    assertEquals("treated but never examined: [upper-trapezius/right]", oneSide.observed());
  }

  @Test
  void aBilateralExaminationCoversBothTreatedSides() {
    CriterionResult result =
        evaluate(
            session("s1", 1)
                .addTechniques(treatment(TRAPEZIUS, LEFT), treatment(TRAPEZIUS, RIGHT))
                .addTriggerPointExaminations(exam(TRAPEZIUS, BILATERAL, ACTIVE))
                .build(),
            session("s2", 2).addTriggerPointExaminations(exam(TRAPEZIUS, LEFT, LATENT)).build());
    assertEquals(Outcome.NOT_MET, result.outcome());
    assertEquals("1 active: upper-trapezius/right", result.observed());
    assertEquals(sessionIds("s1"), result.sessions());
  }

  @Test
  void id() {
    assertEquals("no-active-trigger-points", CRITERION.id());
    assertEquals(CRITERION, NoActiveTriggerPoints.of());
  }
}

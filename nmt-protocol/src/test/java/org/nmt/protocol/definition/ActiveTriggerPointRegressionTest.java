package org.nmt.protocol.definition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nmt.core.anatomy.Side.BILATERAL;
import static org.nmt.core.anatomy.Side.LEFT;
import static org.nmt.core.anatomy.Side.RIGHT;
import static org.nmt.core.stage.Stage.FLEXIBILITY;
import static org.nmt.core.stage.Stage.STRUCTURAL_CORRECTION;
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

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.nmt.core.record.ClientRecord;
import org.nmt.core.session.Session;
import org.nmt.core.stage.Stage;
import org.nmt.protocol.criterion.StageContext;

class ActiveTriggerPointRegressionTest {
  private static final ActiveTriggerPointRegression RULE =
      ActiveTriggerPointRegression.of(Stage.PAIN_ELIMINATION);

  /** Checked in stage 3, entered on day 2; day 1 lies in stage 2. */
  private static Optional<RegressionTrigger> check(Session... sessions) {
    return RULE.check(StageContext.of(record(sessions), Stage.FLEXIBILITY, day(2), evening(9)));
  }

  @Test
  void aLatentPointTurnedActiveInTheStageFires() {
    RegressionTrigger trigger =
        check(
                session("s1", 1, STRUCTURAL_CORRECTION)
                    .addTriggerPointExaminations(exam(TRAPEZIUS, LEFT, LATENT))
                    .build(),
                session("s2", 2, FLEXIBILITY)
                    .addTriggerPointExaminations(exam(TRAPEZIUS, LEFT, NOT_CONFIRMED))
                    .build(),
                session("s3", 3, FLEXIBILITY)
                    .addTriggerPointExaminations(
                        exam(GASTROCNEMIUS, RIGHT, LATENT), exam(TRAPEZIUS, LEFT, ACTIVE))
                    .build())
            .get();
    assertEquals(RULE, trigger.rule());
    assertEquals("active trigger point at upper-trapezius/left", trigger.observed());
    assertEquals(sessionIds("s3"), trigger.sessions());
  }

  @Test
  void aPointNeverExaminedBeforeFoundActiveFires() {
    RegressionTrigger trigger =
        check(
                session("s3", 3, FLEXIBILITY)
                    .addTriggerPointExaminations(exam(GASTROCNEMIUS, LEFT, ACTIVE))
                    .build())
            .get();
    assertEquals("active trigger point at gastrocnemius/left", trigger.observed());
  }

  @Test
  void aPointStillActiveIsNotNew() {
    assertTrue(
        check(
                session("s1", 1, STRUCTURAL_CORRECTION)
                    .addTriggerPointExaminations(exam(TRAPEZIUS, LEFT, ACTIVE))
                    .build(),
                session("s3", 3, FLEXIBILITY)
                    .addTriggerPointExaminations(exam(TRAPEZIUS, LEFT, ACTIVE))
                    .build())
            .isEmpty());
  }

  @Test
  void anActivePointBeforeTheStageDoesNotFire() {
    assertTrue(
        check(
                session("s1", 1, STRUCTURAL_CORRECTION)
                    .addTriggerPointExaminations(exam(TRAPEZIUS, LEFT, ACTIVE))
                    .build(),
                session("s3", 3, FLEXIBILITY)
                    .addTriggerPointExaminations(exam(TRAPEZIUS, LEFT, LATENT))
                    .build())
            .isEmpty());
  }

  @Test
  void anActivePointAfterAsOfIsInvisible() {
    ClientRecord record =
        record(
            session("s2", 2, FLEXIBILITY)
                .addTriggerPointExaminations(exam(TRAPEZIUS, LEFT, LATENT))
                .build(),
            session("s3", 3, FLEXIBILITY)
                .addTriggerPointExaminations(exam(TRAPEZIUS, LEFT, ACTIVE))
                .build());
    assertTrue(
        RULE.check(StageContext.of(record, Stage.FLEXIBILITY, day(2), evening(2))).isEmpty());
    assertTrue(
        RULE.check(StageContext.of(record, Stage.FLEXIBILITY, day(2), evening(3))).isPresent());
  }

  /** Checked in stage 2, entered on day 2; day 1 lies in stage 1. */
  private static Optional<RegressionTrigger> checkInStageTwo(Session... sessions) {
    return RULE.check(StageContext.of(record(sessions), STRUCTURAL_CORRECTION, day(2), evening(9)));
  }

  @Test
  void aPointActiveOnBothSidesIsNotNewOnOne() {
    // Both sides active in stage 1, then the left side still active in stage 2.
    assertTrue(
        checkInStageTwo(
                session("s1", 1)
                    .addTriggerPointExaminations(exam(TRAPEZIUS, BILATERAL, ACTIVE))
                    .build(),
                session("s3", 3, STRUCTURAL_CORRECTION)
                    .addTriggerPointExaminations(exam(TRAPEZIUS, LEFT, ACTIVE))
                    .build())
            .isEmpty());
  }

  @Test
  void aPointLatentOnBothSidesThenActiveOnOneIsNew() {
    // Left active in stage 1, both sides latent at the start of stage 2, then the left side
    // active again: the bilateral examination was the left side's previous one.
    RegressionTrigger trigger =
        checkInStageTwo(
                session("s1", 1).addTriggerPointExaminations(exam(TRAPEZIUS, LEFT, ACTIVE)).build(),
                session("s2", 2, STRUCTURAL_CORRECTION)
                    .addTriggerPointExaminations(exam(TRAPEZIUS, BILATERAL, LATENT))
                    .build(),
                session("s3", 3, STRUCTURAL_CORRECTION)
                    .addTriggerPointExaminations(exam(TRAPEZIUS, LEFT, ACTIVE))
                    .build())
            .get();
    assertEquals("active trigger point at upper-trapezius/left", trigger.observed());
    assertEquals(sessionIds("s3"), trigger.sessions());
  }

  @Test
  void aBilateralActiveFindingNamesTheSideWhereThePointIsNew() {
    // Left active and right latent in stage 1; both active in stage 2: new on the right only.
    RegressionTrigger trigger =
        checkInStageTwo(
                session("s1", 1)
                    .addTriggerPointExaminations(
                        exam(TRAPEZIUS, LEFT, ACTIVE), exam(TRAPEZIUS, RIGHT, LATENT))
                    .build(),
                session("s3", 3, STRUCTURAL_CORRECTION)
                    .addTriggerPointExaminations(exam(TRAPEZIUS, BILATERAL, ACTIVE))
                    .build())
            .get();
    assertEquals("active trigger point at upper-trapezius/right", trigger.observed());
    assertEquals(sessionIds("s3"), trigger.sessions());
  }

  @Test
  void id() {
    assertEquals("new-active-trigger-point", RULE.id());
    assertEquals(Stage.PAIN_ELIMINATION, RULE.returnTo());
  }
}

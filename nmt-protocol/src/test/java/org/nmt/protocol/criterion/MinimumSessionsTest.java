package org.nmt.protocol.criterion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nmt.protocol.TestRecords.day;
import static org.nmt.protocol.TestRecords.evening;
import static org.nmt.protocol.TestRecords.record;
import static org.nmt.protocol.TestRecords.session;
import static org.nmt.protocol.TestRecords.sessionIds;

import org.junit.jupiter.api.Test;
import org.nmt.core.record.ClientRecord;
import org.nmt.core.stage.Stage;

class MinimumSessionsTest {
  private static final MinimumSessions THREE = MinimumSessions.of(3);

  /** s0 before the stage (entered day 1), s1 to s3 in it. */
  private static final ClientRecord RECORD =
      record(session("s0", 0, 5), session("s1", 1, 5), session("s2", 2, 4), session("s3", 3, 3));

  private static CriterionResult evaluate(int asOfDay) {
    return THREE.evaluate(
        StageContext.of(RECORD, Stage.PAIN_ELIMINATION, day(1), evening(asOfDay)));
  }

  @Test
  void metWithEnoughSessionsInTheStage() {
    CriterionResult result = evaluate(3);
    assertEquals(Outcome.MET, result.outcome());
    assertEquals("3 sessions", result.observed());
    assertEquals("at least 3 sessions in the stage", result.required());
    assertEquals(sessionIds("s1", "s2", "s3"), result.sessions());
    assertTrue(result.assessments().isEmpty());
    assertEquals(THREE, result.criterion());
  }

  @Test
  void sessionsBeforeTheStageDoNotCount() {
    CriterionResult result = evaluate(2);
    assertEquals(Outcome.NOT_MET, result.outcome());
    assertEquals("2 sessions", result.observed());
    assertEquals(sessionIds("s1", "s2"), result.sessions());
  }

  @Test
  void aSessionOfTheNextStageAtTheTransitionInstantDoesNotCount() {
    // s3 starts at 09:00 on day 3, the instant the course advanced to stage 2, and is recorded
    // there: it counts for stage 2 only, so stage 1 has two sessions, not three.
    ClientRecord record =
        record(
            session("s1", 1, 5),
            session("s2", 2, 4),
            session("s3", 3, Stage.STRUCTURAL_CORRECTION, 3));
    CriterionResult stageOne =
        THREE.evaluate(StageContext.of(record, Stage.PAIN_ELIMINATION, day(1), day(3)));
    assertEquals(Outcome.NOT_MET, stageOne.outcome());
    assertEquals("2 sessions", stageOne.observed());
    assertEquals(sessionIds("s1", "s2"), stageOne.sessions());
    CriterionResult stageTwo =
        MinimumSessions.of(1)
            .evaluate(StageContext.of(record, Stage.STRUCTURAL_CORRECTION, day(3), evening(3)));
    assertEquals(Outcome.MET, stageTwo.outcome());
    assertEquals(sessionIds("s3"), stageTwo.sessions());
  }

  @Test
  void noSessionIsNotMetNotUnassessable() {
    // A count of zero is a definite observation, not missing data.
    CriterionResult result =
        THREE.evaluate(StageContext.of(RECORD, Stage.PAIN_ELIMINATION, day(4), evening(4)));
    assertEquals(Outcome.NOT_MET, result.outcome());
    assertEquals("0 sessions", result.observed());
    assertTrue(result.sessions().isEmpty());
  }

  @Test
  void idAndToString() {
    assertEquals("minimum-sessions", THREE.id());
    assertEquals(
        "minimum-sessions: met (observed 3 sessions; required at least 3 sessions in the stage)",
        evaluate(3).toString());
  }

  @Test
  void sessionsMustBeWithinOneToHundred() {
    assertEquals(1, MinimumSessions.of(1).sessions());
    assertEquals(100, MinimumSessions.of(100).sessions());
    assertEquals(
        "minimum-sessions: sessions must be within 1..100: 0",
        assertThrows(IllegalArgumentException.class, () -> MinimumSessions.of(0)).getMessage());
    assertEquals(
        "minimum-sessions: sessions must be within 1..100: 101",
        assertThrows(IllegalArgumentException.class, () -> MinimumSessions.of(101)).getMessage());
  }
}

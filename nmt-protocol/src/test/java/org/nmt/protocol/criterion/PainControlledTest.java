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
import org.nmt.core.session.Session;
import org.nmt.core.stage.Stage;

class PainControlledTest {
  private static final PainControlled CONTROLLED = PainControlled.of(3, 2);

  /**
   * Evaluated in stage 2, entered on day 1, as of the evening of day 9; sessions of day 0 lie
   * before the stage and set the course's baseline.
   */
  private static CriterionResult evaluate(Session... sessions) {
    return CONTROLLED.evaluate(
        StageContext.of(record(sessions), Stage.STRUCTURAL_CORRECTION, day(1), evening(9)));
  }

  /** A session of stage 2 on day {@code day} with pain {@code pain} at its start. */
  private static Session inStage(String id, int day, int pain) {
    return session(id, day, Stage.STRUCTURAL_CORRECTION, pain);
  }

  @Test
  void lastSessionsAtMostTheMaximumAreMet() {
    CriterionResult result =
        evaluate(inStage("s1", 1, 6), inStage("s2", 2, 3), inStage("s3", 3, 2));
    assertEquals(Outcome.MET, result.outcome());
    assertEquals("last 2 sessions: 3, 2", result.observed());
    assertEquals(
        "NPRS <= 3 before each of the last 2 sessions, or reduced from baseline by the MCID (2"
            + " points) or 30 %",
        result.required());
    assertEquals(sessionIds("s2", "s3"), result.sessions());
    assertTrue(result.assessments().isEmpty());
  }

  @Test
  void sessionsWithoutPainAreSkipped() {
    CriterionResult result =
        evaluate(
            inStage("s1", 1, 3),
            session("s2", 2, Stage.STRUCTURAL_CORRECTION).build(),
            inStage("s3", 3, 2));
    assertEquals(Outcome.MET, result.outcome());
    assertEquals("last 2 sessions: 3, 2", result.observed());
    assertEquals(sessionIds("s1", "s3"), result.sessions());
  }

  @Test
  void oneOfTheLastSessionsAboveTheMaximumWithoutReductionIsNotMet() {
    CriterionResult result =
        evaluate(inStage("s1", 1, 4), inStage("s2", 2, 3), inStage("s3", 3, 4));
    assertEquals(Outcome.NOT_MET, result.outcome());
    assertEquals("last sessions: 3, 4; baseline 4 to 4", result.observed());
    assertEquals(sessionIds("s2", "s3"), result.sessions());
  }

  @Test
  void aReductionByTheMcidMeetsItDespiteTheMaximum() {
    // 8 before the stage, 6 at the last session: 2 points, the NPRS MCID.
    CriterionResult result =
        evaluate(session("s0", 0, 8), inStage("s1", 1, 5), inStage("s2", 2, 6));
    assertEquals(Outcome.MET, result.outcome());
    assertEquals("last sessions: 5, 6; baseline 8 to 6", result.observed());
    assertEquals(sessionIds("s0", "s2"), result.sessions());
  }

  @Test
  void fewerThanTheSessionsButAnMcidReductionIsMet() {
    CriterionResult result = evaluate(session("s0", 0, 7), inStage("s1", 1, 5));
    assertEquals(Outcome.MET, result.outcome());
    assertEquals("last sessions: 5; baseline 7 to 5", result.observed());
    assertEquals(sessionIds("s0", "s1"), result.sessions());
  }

  @Test
  void fewerThanTheSessionsButAThirtyPercentReductionIsMet() {
    // 3 to 2 is one point (below the 2-point MCID) but 33 % (above the relative MCID of 30 %).
    CriterionResult result = evaluate(session("s0", 0, 3), inStage("s1", 1, 2));
    assertEquals(Outcome.MET, result.outcome());
    assertEquals("last sessions: 2; baseline 3 to 2", result.observed());
    assertEquals(sessionIds("s0", "s1"), result.sessions());
  }

  @Test
  void fewerThanTheSessionsWithoutReductionIsNotAssessable() {
    // 5 to 4: one point, 20 %. One session at or below 3 would not be enough either.
    CriterionResult result = evaluate(session("s0", 0, 5), inStage("s1", 1, 4));
    assertEquals(Outcome.NOT_ASSESSABLE, result.outcome());
    assertEquals("last sessions: 4; baseline 5 to 4", result.observed());
    assertEquals(sessionIds("s1"), result.sessions());
    CriterionResult low = evaluate(inStage("s1", 1, 1));
    assertEquals(Outcome.NOT_ASSESSABLE, low.outcome());
    assertEquals("last sessions: 1; baseline 1 to 1", low.observed());
  }

  @Test
  void sessionsOfAnotherStageAreNotAmongTheLastSessions() {
    // s2, recorded in stage 1 though it lies within stage 2, is not one of stage 2's sessions.
    CriterionResult result =
        evaluate(inStage("s1", 1, 3), session("s2", 2, 8), inStage("s3", 3, 2));
    assertEquals(Outcome.MET, result.outcome());
    assertEquals("last 2 sessions: 3, 2", result.observed());
    assertEquals(sessionIds("s1", "s3"), result.sessions());
  }

  @Test
  void noPainRecordedInTheStageIsNotAssessable() {
    CriterionResult result =
        evaluate(session("s0", 0, 8), session("s1", 1, Stage.STRUCTURAL_CORRECTION).build());
    assertEquals(Outcome.NOT_ASSESSABLE, result.outcome());
    assertEquals("no pain recorded in the stage", result.observed());
    assertTrue(result.sessions().isEmpty());
  }

  @Test
  void sessionsAfterAsOfAreInvisible() {
    CriterionResult result =
        CONTROLLED.evaluate(
            StageContext.of(
                record(inStage("s1", 1, 3), inStage("s2", 2, 2), inStage("s3", 3, 9)),
                Stage.STRUCTURAL_CORRECTION,
                day(1),
                evening(2)));
    assertEquals(Outcome.MET, result.outcome());
    assertEquals(sessionIds("s1", "s2"), result.sessions());
  }

  @Test
  void parametersAreValidated() {
    assertEquals("pain-controlled", CONTROLLED.id());
    assertEquals(
        "pain-controlled: maximum must be within 0..10: 11",
        assertThrows(IllegalArgumentException.class, () -> PainControlled.of(11, 2)).getMessage());
    assertEquals(
        "pain-controlled: maximum must be within 0..10: -1",
        assertThrows(IllegalArgumentException.class, () -> PainControlled.of(-1, 2)).getMessage());
    assertEquals(
        "pain-controlled: sessions must be within 1..20: 0",
        assertThrows(IllegalArgumentException.class, () -> PainControlled.of(3, 0)).getMessage());
    assertEquals(
        "pain-controlled: sessions must be within 1..20: 21",
        assertThrows(IllegalArgumentException.class, () -> PainControlled.of(3, 21)).getMessage());
    assertEquals(PainControlled.of(0, 20), PainControlled.of(0, 20));
  }
}
